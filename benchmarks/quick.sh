#!/usr/bin/env bash
# Quick mode of the pipeline benchmarks, for CI: proves they build and run, in well under 3 minutes.
#   1. builds the benchmarks (Release);
#   2. checks that SocialRank, the LINQ OrderBy baseline and the MathNet Ranks baseline give the same places,
#      totals, final places and zones on generated pages (25, 1,000, 10,000 and 100,000 pages; the last on both
#      cores and through the long-table totals sort);
#   3. runs the pipeline benchmarks as a BenchmarkDotNet dry job (one invocation each) on 25 and 1,000 pages.
# Exits non-zero on any failure. Needs only the .NET SDK (no pandas). The full run is manual: benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=benchmarks/SocialRank.Benchmarks
artifacts="${QUICK_ARTIFACTS:-artifacts/benchmarks-quick}"

echo "==> build benchmarks (Release)"
dotnet build "$project" -c Release -warnaserror

echo "==> agreement: SocialRank = LINQ OrderBy = MathNet Ranks"
dotnet run --project "$project" -c Release --no-build -- pipeline-verify --pages 25,1000,10000,100000

echo "==> BenchmarkDotNet dry job, 25 and 1,000 pages"
SOCIALRANK_PIPELINE_SIZES=25,1000 dotnet run --project "$project" -c Release --no-build -- \
  --filter '*PipelineBenchmarks*' --job dry --artifacts "$artifacts"
echo "quick: pipeline benchmarks build, agree and run"
