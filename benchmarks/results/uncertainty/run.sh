#!/usr/bin/env bash
# Issue 14's uncertainty benchmark: 1,000 weight-perturbation runs, re-ranking the totals, against Evaluate per run.
#   bash benchmarks/results/uncertainty/run.sh
# 25 pages with BenchmarkDotNet's short job; 1,000,000 pages with its dry job (one operation: a run of 1,000 takes
# minutes on a shared machine, so warm-up and repeats would take most of an hour; the per-run correlations, whose
# tau-b sorts a million pairs a run, are measured on 25 pages only). The load average is logged beside.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
project=benchmarks/SocialRank.Benchmarks
dotnet build "$project" -c Release -warnaserror
uname -a > "$here/machine.txt"
(while true; do echo "$(date -u +%H:%M:%S) $(cat /proc/loadavg)"; sleep 10; done) > "$here/load-average.log" &
logger=$!
trap 'kill $logger' EXIT
SOCIALRANK_UNCERTAINTY_SIZES=25 dotnet run --project "$project" -c Release --no-build -- \
  --filter '*UncertaintyBenchmarks*' --job short --artifacts "$here/short"
SOCIALRANK_UNCERTAINTY_SIZES=1000000 dotnet run --project "$project" -c Release --no-build -- \
  --filter '*UncertaintyBenchmarks.Reranked' '*UncertaintyBenchmarks.EvaluatePerRun' --job dry --artifacts "$here/dry"
# Outside BenchmarkDotNet, the wall of whole analyses of 100 and 1,000 runs (2 threads) and the marginal cost of a run.
dotnet "$project/bin/Release/net10.0/SocialRank.Benchmarks.dll" uncertainty-time --pages 1000000 --runs 100,1000 --threads 2 | tee "$here/uncertainty-time.txt"
cp "$here"/short/results/*-report-github.md "$here/25-pages-report-github.md"
cp "$here"/dry/results/*-report-github.md "$here/1000000-pages-report-github.md"
rm -rf "$here/short" "$here/dry"
