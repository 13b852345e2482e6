#!/usr/bin/env bash
# Aligns every pair of a dev-style folder (hi/, en/, gold/) and scores it against the gold.
# usage: bench/dev-eval.sh [DATA_DIR] [OUT_DIR] [extra align options...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$here/../shared/data/dev}
out=${2:-$(mktemp -d)}
shift 2 || true
dll=$here/src/AlignCorpus.Cli/bin/Release/net10.0/aligncorpus.dll
dotnet build "$here/src/AlignCorpus.Cli" -c Release -v q >/dev/null
mkdir -p "$out"
for f in "$data"/gold/*; do
  n=$(basename "$f")
  dotnet "$dll" align "$data/hi/$n" "$data/en/$n" --format beads -o "$out/$n" "$@" || echo "($n: not aligned)" >&2
done
dotnet "$dll" eval "$data/gold" "$out" --by-type
