#!/usr/bin/env bash
# Benchmark of `aligncorpus batch` on generated corpora (bench/make-corpus.py): documents/s and
# peak memory at 1 thread and at all threads, for 10k and 40k article pairs, and the start-up
# time of a single `align`, for paragraph pairs and for sentence pairs (--units sentences: paragraphs
# first, then sentences inside them), run one after the other on the same corpus. Prints a
# Markdown table for the README.
# usage: bench/run-benchmark.sh [SMALL=10000] [LARGE=40000]     (work folder: $BENCH_DIR or /tmp/aligncorpus-bench)
#        UNITS="paragraphs" bench/run-benchmark.sh ...          (only some of: paragraphs sentences both)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
small=${1:-10000}
large=${2:-40000}
work=${BENCH_DIR:-/tmp/aligncorpus-bench}
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 1; }

# The published tool, ReadyToRun-compiled as it would be installed.
dotnet publish "$here/src/AlignCorpus.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" -v q >/dev/null
tool="$work/tool/aligncorpus"

for n in "$small" "$large"; do
  [ -f "$work/c$n/manifest.tsv" ] || python3 "$here/bench/make-corpus.py" "$work/c$n" "$n"
done

dict=$([ -f /usr/share/dictd/freedict-eng-hin.index ] && echo "FreeDict" || echo "none")
echo "| documents | threads | units | documents/s | peak memory (MB) |"
echo "| --- | --- | --- | --- | --- |"
for n in "$small" "$large"; do
  for t in 1 "$(nproc)"; do
    for u in ${UNITS:-paragraphs sentences}; do
      /usr/bin/time -f "%M" -o "$work/rss" "$tool" batch --manifest "$work/c$n/manifest.tsv" -o "$work/out.tsv" \
        --threads "$t" --units "$u" --summary "$work/summary.json" -q
      rate=$(python3 -c "import json;print(json.load(open('$work/summary.json'))['documents_per_second'])")
      rss=$(( $(tail -1 "$work/rss") / 1024 ))
      echo "| $n | $t | $u | $rate | $rss |"
    done
  done
done

# Start-up: one seed pair, ten runs, mean wall time.
start=$(date +%s%N)
for _ in 1 2 3 4 5 6 7 8 9 10; do
  "$tool" align "$here/seeds/000_92b70e2d4c997702.txt" "$here/seeds/003_fe1a0f1f72c2912e.txt" >/dev/null
done
end=$(date +%s%N)
echo
echo "start-up (align of the seed pair, mean of 10 runs): $(( (end - start) / 10000000 )) ms; dictionary: $dict; cores: $(nproc)"
