#!/usr/bin/env bash
# Time and peak memory of one `align` over long documents: the seed pair's 12 paragraph pairs
# repeated (with a running number) to 1k, 5k and 20k paragraphs per side. Prints a Markdown table.
# usage: bench/long-documents.sh [SIZES...]      (default: 1000 5000 20000)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/aligncorpus-long}
mkdir -p "$work"
dll="$here/src/AlignCorpus.Cli/bin/Release/net10.0/aligncorpus.dll"
dotnet build "$here/src/AlignCorpus.Cli" -c Release -v q >/dev/null
sizes=${*:-1000 5000 20000}
echo "| paragraphs per side | time (s) | peak memory (MB) | 1-1 beads on the diagonal |"
echo "| --- | --- | --- | --- |"
for n in $sizes; do
  python3 - "$here" "$work" "$n" <<'PY'
import sys
here, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
hi = [l.strip() for l in open(here + "/seeds/000_92b70e2d4c997702.txt", encoding="utf-8") if l.strip()][:12]
en = [l.strip() for l in open(here + "/seeds/003_fe1a0f1f72c2912e.txt", encoding="utf-8") if l.strip()]
en = [en[0]] + en[4:15]
with open(f"{work}/hi-{n}.txt", "w", encoding="utf-8") as f:
    f.writelines(f"{hi[i % 12]} {i}\n" for i in range(n))
with open(f"{work}/en-{n}.txt", "w", encoding="utf-8") as f:
    f.writelines(f"{en[i % 12]} {i}\n" for i in range(n))
PY
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$dll" align "$work/hi-$n.txt" "$work/en-$n.txt" -o "$work/beads-$n.txt"
  read -r secs kb < "$work/time"
  diag=$(grep -cE '^\[([0-9]+)\]:\[\1\]$' "$work/beads-$n.txt" || true)
  echo "| $n | $secs | $((kb / 1024)) | $diag |"
done
