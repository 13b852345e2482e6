#!/usr/bin/env bash
# Fuzzes the loader, the aligner and the writers with AFL++ through SharpFuzz, for a bounded time.
# usage: bench/fuzz.sh [SECONDS=600]       (work folder: $FUZZ_DIR or /tmp/aligncorpus-fuzz)
# Crashing inputs land in $FUZZ_DIR/out/default/crashes; keep each as a regression test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-600}
work=${FUZZ_DIR:-/tmp/aligncorpus-fuzz}
mkdir -p "$work/in"
command -v afl-fuzz >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++; }
[ -x "$work/tool/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tool" >/dev/null
rm -rf "$work/bin"
dotnet publish "$here/bench/AlignCorpus.Fuzz" -c Release -o "$work/bin" -v q >/dev/null
"$work/tool/sharpfuzz" "$work/bin/AlignCorpus.Core.dll" >/dev/null

# Seeds: small real pairs (Hindi, 0xFF 0xFF, English) and a few bad inputs.
python3 - "$here" "$work/in" <<'PY'
import os, sys
here, out = sys.argv[1], sys.argv[2]
def pair(h, e, name):
    with open(os.path.join(out, name), "wb") as f:
        f.write(open(h, "rb").read()[:1500] + b"\xff\xff" + open(e, "rb").read()[:1500])
for s in sorted(os.listdir(os.path.join(here, "samples"))):
    d = os.path.join(here, "samples", s)
    pair(os.path.join(d, "hi.txt"), os.path.join(d, "en.txt"), s)
open(os.path.join(out, "bad-utf8"), "wb").write(b"\xe0\xa4\xff\xff\xffabc")
open(os.path.join(out, "crlf-bom"), "wb").write("\ufeffपुतिन 10\r\n\r\nरूस\r".encode() + b"\xff\xff" + b"Putin 10\r\nRussia\n")
open(os.path.join(out, "nul"), "wb").write(b"a\x00b\xff\xffc")
PY

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
rm -rf "$work/out"
timeout --preserve-status "$secs" afl-fuzz -i "$work/in" -o "$work/out" -t 10000 -m none -- dotnet "$work/bin/AlignCorpus.Fuzz.dll" >"$work/afl.log" 2>&1 || true
stats="$work/out/default/fuzzer_stats"
[ -f "$stats" ] && grep -E "^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time)" "$stats"
crashes=$(find "$work/out/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
echo "fuzzed for $secs s; crashing inputs: $crashes (in $work/out/default/crashes)"
