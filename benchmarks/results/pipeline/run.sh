#!/usr/bin/env bash
# The full pipeline run behind benchmarks/README.md (manual; about 20 minutes; needs Debian's python3-pandas).
#   1. BenchmarkDotNet: SocialRank, LINQ OrderBy and MathNet Ranks at 25 to 10,000,000 pages
#      (three warm-up and five measured iterations per case: the 10,000,000-page LINQ baseline takes about 25 s
#      per operation);
#   2. the pandas comparison over files written by benchmarks/pandas/generate.py (benchmarks/pandas/compare.sh);
#   3. the README's tables from both (pipeline-report).
# Reports land beside this script: the GitHub-markdown and JSON reports of BenchmarkDotNet, pandas/*.json and table.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=benchmarks/SocialRank.Benchmarks
artifacts=artifacts/pipeline-benchmarks

dotnet build "$project" -c Release -warnaserror
dotnet run --project "$project" -c Release --no-build -- pipeline-verify --pages 25,1000,10000
dotnet run --project "$project" -c Release --no-build -- --filter '*PipelineBenchmarks*' \
  --warmupCount 3 --iterationCount 5 --exporters github json --artifacts "$artifacts"
cp "$artifacts"/results/SocialRank.Benchmarks.Pipeline.PipelineBenchmarks-report-github.md \
   "$artifacts"/results/SocialRank.Benchmarks.Pipeline.PipelineBenchmarks-report-full-compressed.json "$here/"
SOCIALRANK_COMPARE_OUT="$here/pandas" bash benchmarks/pandas/compare.sh
dotnet run --project "$project" -c Release --no-build -- pipeline-report \
  --bdn-json "$here/SocialRank.Benchmarks.Pipeline.PipelineBenchmarks-report-full-compressed.json" \
  --pandas-dir "$here/pandas" --out "$here/table.md"
