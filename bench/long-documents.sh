#!/usr/bin/env bash
# Time and peak memory of one `align` over long documents (bench/make-long-documents.py makes them).
# Prints a Markdown table; with RUNS=k each case runs k times and the median wall time, CPU time
# (user + system: steadier than wall time on a busy machine) and peak memory are given.
# usage: bench/long-documents.sh [CASES...]      (default: 1000 5000 20000)
#   N                  the seed pair's 12 paragraph pairs repeated (with a running number), N lines a side
#   unbalanced:N:M     the same text, N Hindi lines against the first M English lines
#   unrelated:N        N lines a side of different articles (Hindi of one half of dev + real-dev,
#                      English of the other half, cycled)
#   oneline:MB         one line a side of about MB megabytes (the Hindi file; all dev and real-dev
#                      articles joined and repeated), aligned with --units sentences
# Each case runs with a time limit of $LIMIT seconds (default 1800).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/aligncorpus-long}
runs=${RUNS:-1}
limit=${LIMIT:-1800}
mkdir -p "$work"
# ALIGNCORPUS_DLL: measure another build (e.g. an older commit's) on the same documents.
dll=${ALIGNCORPUS_DLL:-"$here/src/AlignCorpus.Cli/bin/Release/net10.0/aligncorpus.dll"}
[ -n "${ALIGNCORPUS_DLL:-}" ] || dotnet build "$here/src/AlignCorpus.Cli" -c Release -v q >/dev/null
cases=${*:-1000 5000 20000}
echo "| case | lines hi / en | command | time (s) | CPU (s) | peak memory (MB) | pairs | 1-1 on the diagonal | bounded search |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for c in $cases; do
  name=${c//:/-}
  python3 "$here/bench/make-long-documents.py" "$here" "$work" "$c"
  hi="$work/hi-$name.txt" en="$work/en-$name.txt" out="$work/out-$name.txt"
  opts=()
  [[ $c == oneline:* ]] && opts=(--units sentences)
  : > "$work/times-$name"
  status=""
  for ((r = 0; r < runs; r++)); do
    if ! /usr/bin/time -f "%e %M %U %S" -o "$work/time" timeout "$limit" dotnet "$dll" align "$hi" "$en" -o "$out" "${opts[@]}" 2>"$work/err-$name"; then
      status="failed: $(tail -c 200 "$work/err-$name" | tr '\n' ' ')$(tail -1 "$work/time")"
      break
    fi
    tail -1 "$work/time" >> "$work/times-$name"
  done
  lines="$(wc -l < "$hi") / $(wc -l < "$en")"
  command="align hi en -o out${opts[*]:+ ${opts[*]}}"
  if [ -n "$status" ]; then
    echo "| $c | $lines | \`$command\` | $status | | | | | |"
    continue
  fi
  secs=$(cut -d' ' -f1 "$work/times-$name" | median)
  kb=$(cut -d' ' -f2 "$work/times-$name" | median)
  cpu=$(awk '{printf "%.2f\n", $3 + $4}' "$work/times-$name" | median)
  pairs=$(grep -cvE '^\[\]|\[\]$' "$out" || true)
  diag=$(grep -cE '^\[([0-9]+)\]:\[\1\]$' "$out" || true)
  bounded=$(grep -q "follow each other too loosely" "$work/err-$name" && echo yes || echo no)
  echo "| $c | $lines | \`$command\` | $secs | $cpu | $((kb / 1024)) | $pairs | $diag | $bounded |"
done
