#!/usr/bin/env bash
# Issue 16: the library against the tools users would pick instead, in one run. For each size: generate the pages once
# into one column file (`tools-file`), time pandas (benchmarks/pandas/pipeline.py, when Debian's pandas is installed)
# and Polars (benchmarks/polars/pipeline.js, nodejs-polars 0.25.2) over it in both modes, then `tools-compare` times
# the library (from PageStats objects) and DuckDB (hand-written SQL window functions, DuckDB.NET) in both modes, compares
# every tool's final places with the library's page by page, and writes results/tools/<size>/report.md.
#
#   bash benchmarks/results/tools/run.sh [SIZE ...]          default: 1000000
#
# Reports go to results/tools/<size>$SOCIALRANK_LABEL (e.g. SOCIALRANK_LABEL=-run3 keeps an earlier report).
# Data and final-place files go to $SOCIALRANK_DATA (default ${TMPDIR:-/tmp}/socialrank-tools), not committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=benchmarks/SocialRank.Benchmarks
dll="$project/bin/Release/net10.0/SocialRank.Benchmarks.dll"
data="${SOCIALRANK_DATA:-${TMPDIR:-/tmp}/socialrank-tools}"
minseconds="${SOCIALRANK_MIN_SECONDS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000)
mkdir -p "$data"

dotnet build "$project" -c Release -warnaserror -v q -nologo
[ -d benchmarks/polars/node_modules/nodejs-polars-linux-x64-gnu ] || (cd benchmarks/polars && npm ci --no-audit --no-fund)
havepandas=1
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { havepandas=0; echo "run.sh: pandas missing (apt-get install -y python3-pandas): left out" >&2; }
uname -a > "$here/machine.txt"
(while true; do echo "$(date -u +%H:%M:%S) $(cat /proc/loadavg)"; sleep 10; done) >> "$here/load-average.log" &
logger=$!
trap 'kill $logger' EXIT

for n in "${sizes[@]}"; do
  out="$here/$n${SOCIALRANK_LABEL:-}"
  mkdir -p "$out"
  file="$data/pages-$n.bin"
  echo "$(date -u +%H:%M:%S) size $n: start" >> "$here/load-average.log"
  dotnet "$dll" tools-file --pages "$n" --out "$file"
  for mode in exact as-published; do
    if [ "$havepandas" = 1 ]; then
      /usr/bin/python3 benchmarks/pandas/pipeline.py --data "$file" --compare "$mode" --min-seconds "$minseconds" \
        --json "$out/pandas-$mode.json" --places "$data/pandas-$mode-places.bin" | tee -a "$out/log.txt"
    fi
    node --expose-gc benchmarks/polars/pipeline.js --data "$file" --compare "$mode" --min-seconds "$minseconds" \
      --json "$out/polars-$mode.json" --places "$data/polars-$mode-places.bin" | tee -a "$out/log.txt"
  done
  dotnet "$dll" tools-compare --data "$file" --dir "$out" --places-dir "$data" --machine "$(uname -a)" \
    --min-seconds "$minseconds" | tee -a "$out/log.txt"
  echo "$(date -u +%H:%M:%S) size $n: end" >> "$here/load-average.log"
done
