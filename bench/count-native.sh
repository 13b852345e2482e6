#!/usr/bin/env bash
# Instructions per document of `aligncorpus batch` as shipped for batch jobs (Native AOT), under
# valgrind: a measure of CPU work that does not move with the machine's load, on fully optimised
# code (no JIT: bench/count-instructions.sh counts JIT-compiled code, about half of it compiled
# without optimisation under valgrind). (instructions on 600 documents - on 200) / 400.
# It sees instructions only: not cache misses, page faults or memory. Judge GC settings by real
# runs (turning concurrent GC off saved 1.2 % here but grew a batch's peak memory from 38 to 98 MB
# for no CPU gain), and expect a 1-3 % spread when the machine is loaded.
# With CALLGRIND=1 it also writes a callgrind profile of the 600-document run and prints the
# functions by their own and by their inclusive instructions: the binary keeps its symbol table
# (objcopy --strip-debug: valgrind 3.19 cannot read the DWARF 5 the AOT compiler writes).
# usage: bench/count-native.sh SOURCE_CHECKOUT OUT_DIR
#        CORPUS=DIR picks the bench/make-corpus.py corpus (default: $BENCH_DIR/c10000, made if missing).
# Needs valgrind and binutils (apt-get install valgrind binutils).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: bench/count-native.sh SOURCE_CHECKOUT OUT_DIR}
out=${2:?usage: bench/count-native.sh SOURCE_CHECKOUT OUT_DIR}
for tool in valgrind objcopy; do command -v $tool >/dev/null || { echo "needs $tool"; exit 1; }; done
work=${BENCH_DIR:-/tmp/aligncorpus-compare}
corpus=${CORPUS:-$work/c10000}
[ -f "$corpus/manifest.tsv" ] || python3 "$here/bench/make-corpus.py" "$corpus" 10000 >/dev/null
for n in 200 600; do head -$((n + 1)) "$corpus/manifest.tsv" > "$corpus/first-$n.tsv"; done
mkdir -p "$out"
dotnet publish "$src/src/AlignCorpus.Cli" -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=false \
  -o "$out/publish" -v q >/dev/null
objcopy --strip-debug "$out/publish/aligncorpus" "$out/aligncorpus"
cp "$out"/publish/*.so "$out/" 2>/dev/null || true
count() { # MANIFEST -> instructions
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$out/aligncorpus" batch --manifest "$1" -o "$out/out.tsv" --threads 1 -q 2>&1 \
    | sed -n 's/.*I *refs: *//p' | tr -d ,
}
a=$(count "$corpus/first-200.tsv"); b=$(count "$corpus/first-600.tsv")
echo "| build | instructions, 200 documents | 600 documents | per document |"
echo "| --- | --- | --- | --- |"
echo "| $src ($(git -C "$src" rev-parse --short HEAD)$(git -C "$src" diff --quiet HEAD -- src || echo "+changes")) | $a | $b | $(( (b - a) / 400 )) |"
if [ "${CALLGRIND:-0}" = 1 ]; then
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
    "$out/aligncorpus" batch --manifest "$corpus/first-600.tsv" -o "$out/out.tsv" --threads 1 -q >/dev/null 2>&1
  short() { sed -e 's/AlignCorpus_Core_AlignCorpus_Core_//g' -e 's/ \[[^]]*\]$//' | cut -c1-150; }
  echo; echo "Own instructions (callgrind, 600 documents, $out/callgrind.out):"
  callgrind_annotate "$out/callgrind.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n 2,41p | short
  echo; echo "Inclusive:"
  callgrind_annotate --inclusive=yes "$out/callgrind.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n 2,61p | short
fi
