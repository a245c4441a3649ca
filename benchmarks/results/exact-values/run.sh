#!/usr/bin/env bash
# The benchmark run of issue 11 (exact values): the whole pipeline at 1,000,000 and 10,000,000 pages, compared exactly
# and as published (the article's precisions, METHOD's rounding), with the MathNet baseline in the same run (the
# LINQ baseline is left out: 25 s per operation at 10,000,000 pages; manual; about 8 minutes). Reports land beside
# this script (or in the folder given), with the machine line, the commit and the load average.
#   bash benchmarks/results/exact-values/run.sh [output folder]
set -euo pipefail
here="$(cd "${1:-$(dirname "$0")}" && pwd)"
cd "$(dirname "$0")/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=benchmarks/SocialRank.Benchmarks
artifacts=artifacts/$(basename "$here")-benchmarks

uptime > "$here/load-average.log"
( while sleep 20; do uptime; done ) >> "$here/load-average.log" &
logger=$!
trap 'kill $logger 2>/dev/null || true' EXIT

git rev-parse --short HEAD > "$here/commit.txt"
dotnet build "$project" -c Release -warnaserror
dotnet run --project "$project" -c Release --no-build -- pipeline-verify --pages 25,1000,10000,100000,1000000
SOCIALRANK_PIPELINE_SIZES=1000000,10000000 dotnet run --project "$project" -c Release --no-build -- \
  --filter '*PipelineBenchmarks.SocialRank' '*PipelineBenchmarks.MathNetRanks' --warmupCount 3 --iterationCount 5 --exporters github json --artifacts "$artifacts"
cp "$artifacts"/results/SocialRank.Benchmarks.Pipeline.PipelineBenchmarks-report-github.md "$here/"
uptime >> "$here/load-average.log"
