#!/usr/bin/env bash
# issue 13's "a million rows" measurement: the socialrank tool (the Release build, started with dotnet) rating a
# generated pages file of 1,000,000 rows (the bundled columns, about 140 MB; `tool-file` of the benchmarks project)
# to csv, md and json files, each format run 3 times; GNU time gives the wall time and the peak resident set. With
# "10000000" as the first argument it rates a 10,000,000-row file too (about 1.4 GB; once per format). Writes report.md
# beside this script, with the machine, the commit and the load average. The generated files go to a temporary folder
# and are deleted.
#   bash benchmarks/results/tool-million/run.sh [10000000]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/SocialRank.Cli -c Release -warnaserror >/dev/null
dotnet build benchmarks/SocialRank.Benchmarks -c Release -warnaserror >/dev/null
tool=src/SocialRank.Cli/bin/Release/net10.0/SocialRank.Cli.dll
report="$here/report.md"
{
  echo "# socialrank rate on generated pages files"
  echo
  echo "commit $(git rev-parse --short HEAD); $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(dotnet --version) SDK"
  echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| rows | input | format | run | wall | peak RSS | RSS / input | input MB/s |"
  echo "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
} > "$report"
for rows in 1000000 ${1:-}; do
  input="$work/pages-$rows.csv"
  dotnet benchmarks/SocialRank.Benchmarks/bin/Release/net10.0/SocialRank.Benchmarks.dll tool-file --pages "$rows" --out "$input"
  bytes=$(stat -c %s "$input")
  runs=3; [ "$rows" -gt 1000000 ] && runs=1
  for format in csv md json; do
    for run in $(seq 1 "$runs"); do
      /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$tool" rate "$input" --out "$work/rating.$format" 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
      read -r wall kib < "$work/time"
      awk -v r="$rows" -v b="$bytes" -v f="$format" -v n="$run" -v w="$wall" -v k="$kib" 'BEGIN {
        printf "| %\047d | %.0f MB | %s | %d | %.2f s | %.0f MB | %.2f× | %.0f |\n", r, b / 1e6, f, n, w, k * 1024 / 1e6, k * 1024 / b, b / 1e6 / w }' >> "$report"
      rm -f "$work/rating.$format"
    done
  done
  rm -f "$input"
done
echo >> "$report"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$report"
cat "$report"
