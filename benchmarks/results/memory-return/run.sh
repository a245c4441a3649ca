#!/usr/bin/env bash
# Issue 16's long-running service: rate 10,000,000 generated pages three times, dropping each result, and compare the
# committed memory after a full GC with before the first evaluation (target: within 200 MB).
#   bash benchmarks/results/memory-return/run.sh
# Twice: with forced full collections (what a service gets from GC.Collect()), and with the aggressive mode that also
# gives freed memory back to the operating system. The load average is logged beside.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
project=benchmarks/SocialRank.Benchmarks
dotnet build "$project" -c Release -warnaserror -v q
uname -a > "$here/machine.txt"
(while true; do echo "$(date -u +%H:%M:%S) $(cat /proc/loadavg)"; sleep 10; done) > "$here/load-average.log" &
logger=$!
trap 'kill $logger' EXIT
for mode in forced aggressive; do
  dotnet "$project/bin/Release/net10.0/SocialRank.Benchmarks.dll" memory-return --pages 10000000 --evaluations 3 --collect "$mode" | tee "$here/$mode.txt" || true
done
