#!/usr/bin/env bash
# Whole-process CPU (user + sys, /usr/bin/time) of `aligncorpus batch` for two builds, interleaved
# runs after a warm-up, on a corpus of bench/make-corpus.py: the speed issue's measurement.
# Prints a Markdown table: per build and units, the median and all runs, CPU per 1,000 documents,
# peak memory; then start-up (align of the seed pair, mean of 10 runs, wall and user + sys).
# usage: bench/compare-builds.sh OLD_COMMIT [DOCUMENTS=10000] [RUNS=3] [THREADS=1]
#        UNITS="paragraphs sentences" (default) picks the units measured.
#        NATIVE=1 also measures the current code published as a native executable (-p:PublishAot=true).
#        Work folder: $BENCH_DIR or /tmp/aligncorpus-compare (builds, corpus, outputs).
#        Each run writes a new output file (the previous run's is removed first), as a batch job
#        writing a new corpus does; FRESH_OUTPUT=0 keeps it, and builds from 7ef8a95 on then stat
#        every input against it (an existing output could be one): two stat calls a document more.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: bench/compare-builds.sh OLD_COMMIT [DOCUMENTS] [RUNS] [THREADS]}
n=${2:-10000}
runs=${3:-3}
threads=${4:-1}
work=${BENCH_DIR:-/tmp/aligncorpus-compare}
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 1; }

# Both builds published the same way: ReadyToRun, framework-dependent, as bench/run-benchmark.sh does.
publish() { # SOURCE_DIR OUT_DIR
  dotnet publish "$1/src/AlignCorpus.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$2" -v q >/dev/null
}
rm -rf "$work/old-src"
git -C "$here" worktree add --detach "$work/old-src" "$old" >/dev/null 2>&1
trap 'git -C "$here" worktree remove --force "$work/old-src" >/dev/null 2>&1 || true' EXIT
publish "$work/old-src" "$work/old"
publish "$here" "$work/new"
builds="old new"
if [ "${NATIVE:-0}" = 1 ]; then
  dotnet publish "$here/src/AlignCorpus.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -v q >/dev/null
  builds="old new native"
fi
new_rev=$(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD -- src || echo "+changes")

[ -f "$work/c$n/manifest.tsv" ] || python3 "$here/bench/make-corpus.py" "$work/c$n" "$n" >/dev/null

one() { # BUILD UNITS -> "cpu_seconds peak_kb"
  [ "${FRESH_OUTPUT:-1}" = 0 ] || rm -f "$work/out-$1-$2.tsv"
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$work/$1/aligncorpus" batch --manifest "$work/c$n/manifest.tsv" \
    -o "$work/out-$1-$2.tsv" --threads "$threads" --units "$2" -q 2>/dev/null || true
  awk '{printf "%.2f %d\n", $1 + $2, $3}' "$work/time"
}

units=${UNITS:-paragraphs sentences}
declare -A cpu mem
for u in $units; do
  for b in $builds; do one "$b" "$u" >/dev/null; done   # warm-up (page cache, stem cache)
  for r in $(seq "$runs"); do
    for b in $builds; do
      read -r c m < <(one "$b" "$u")
      cpu[$b,$u]="${cpu[$b,$u]:-} $c"
      mem[$b,$u]="${mem[$b,$u]:-} $m"
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "| build | units | CPU (user + sys), median | runs | CPU per 1,000 documents | peak memory (MB) |"
echo "| --- | --- | --- | --- | --- | --- |"
label() { case $1 in old) echo "$old";; new) echo "$new_rev";; *) echo "$new_rev native";; esac; }
for u in $units; do
  for b in $builds; do
    label=$(label "$b")
    med=$(echo "${cpu[$b,$u]}" | median)
    peak=$(echo "${mem[$b,$u]}" | tr ' ' '\n' | grep -v '^$' | sort -n | tail -1)
    echo "| $label | $u | $med s | ${cpu[$b,$u]# } | $(awk -v c="$med" -v n="$n" 'BEGIN {printf "%.3f s", c * 1000 / n}') | $((peak / 1024)) |"
  done
done

for b in $builds; do
  "$work/$b/aligncorpus" align "$here/seeds/000_92b70e2d4c997702.txt" "$here/seeds/003_fe1a0f1f72c2912e.txt" >/dev/null
done
echo
echo "| build | start-up wall (mean of 10) | start-up user + sys (mean of 10) |"
echo "| --- | --- | --- |"
for b in $builds; do
  : > "$work/startup"
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    /usr/bin/time -f "%e %U %S" -a -o "$work/startup" "$work/$b/aligncorpus" align \
      "$here/seeds/000_92b70e2d4c997702.txt" "$here/seeds/003_fe1a0f1f72c2912e.txt" >/dev/null
  done
  label=$(label "$b")
  awk -v l="$label" '{w += $1; c += $2 + $3} END {printf "| %s | %.3f s | %.3f s |\n", l, w / NR, c / NR}' "$work/startup"
done
echo
echo "documents: $n; threads: $threads; runs: $runs interleaved after a warm-up; dictionary: $([ -f /usr/share/dictd/freedict-eng-hin.index ] && echo FreeDict || echo none); cores: $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
