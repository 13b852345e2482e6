#!/usr/bin/env bash
# Instructions per document of `aligncorpus batch` under valgrind: a measure of CPU work that does
# not move with the machine's load (wall and CPU times on a shared 2-core machine spread by up to
# 40 %; this count repeats to 0.01 % on an idle machine, within 2 % under load, where threads
# that spin while they wait run longer). The runtime runs without tiering and without ReadyToRun
# code (every method JIT-compiled once, fully optimised), so the count does not depend on when the
# tiering thread recompiles what; the JIT's own work cancels out as the difference of two runs:
# (instructions on 600 documents - instructions on 200) / 400. It is a proxy: it does not see
# cache misses or branch mispredictions, and that runtime mode keeps a few generic type checks the
# tiered code folds away, so compare builds with it, not with times.
# Caveat (measured in session 10): under valgrind the JIT gives up its optimising compile of about
# half the methods and compiles them again with minimal optimisation (DOTNET_JitDisasmSummary=1 on
# 5 documents: 2,147 methods MinOpts under valgrind, none natively; DOTNET_EnableAVX512F=0 does not
# change it). So the count weighs call overhead that optimised code inlines away: a saving on it
# may be smaller or larger in real runs. It still ranks builds; CPU time of real runs decides.
# usage: bench/count-instructions.sh PUBLISHED_DIR... (each holding an `aligncorpus` executable)
#        CORPUS=DIR picks the bench/make-corpus.py corpus (default: $BENCH_DIR/c10000, made if missing).
# Needs valgrind (apt-get install valgrind).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: bench/count-instructions.sh PUBLISHED_DIR..."; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)"; exit 1; }
work=${BENCH_DIR:-/tmp/aligncorpus-compare}
corpus=${CORPUS:-$work/c10000}
[ -f "$corpus/manifest.tsv" ] || python3 "$here/bench/make-corpus.py" "$corpus" 10000 >/dev/null
# The manifests sit beside the corpus: their paths are relative to their folder.
for n in 200 600; do head -$((n + 1)) "$corpus/manifest.tsv" > "$corpus/first-$n.tsv"; done
count() { # TOOL_DIR MANIFEST -> instructions
  DOTNET_TieredCompilation=0 DOTNET_ReadyToRun=0 DOTNET_EnableWriteXorExecute=0 \
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$1/aligncorpus" batch --manifest "$2" -o "$work/out-instructions.tsv" --threads 1 -q 2>&1 \
    | sed -n 's/.*I *refs: *//p' | tr -d ,
}
echo "| build | instructions, 200 documents | 600 documents | per document |"
echo "| --- | --- | --- | --- |"
for d in "$@"; do
  a=$(count "$d" "$corpus/first-200.tsv"); b=$(count "$d" "$corpus/first-600.tsv")
  echo "| $d | $a | $b | $(( (b - a) / 400 )) |"
done
