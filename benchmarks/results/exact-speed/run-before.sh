#!/usr/bin/env bash
# The same BenchmarkDotNet job for the code before the exact-values change (commit d59be8b, which has no Compare
# parameter: it measures as published only), on the same machine right after run.sh, so that the ratio to MathNet of
# the two codes is compared within one sitting. Reports land in before/ beside this script, or in the folder given second.
#   git worktree add --detach /tmp/before d59be8b && bash benchmarks/results/exact-speed/run-before.sh /tmp/before
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tree="${1:?the path of a worktree at d59be8b}"
out="${2:-$here/before}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
uptime > "$out/load-average.log"
( while sleep 20; do uptime; done ) >> "$out/load-average.log" &
logger=$!
trap 'kill $logger 2>/dev/null || true' EXIT
cd "$tree"
git rev-parse --short HEAD > "$out/commit.txt"
project=benchmarks/SocialRank.Benchmarks
dotnet build "$project" -c Release
SOCIALRANK_PIPELINE_SIZES=1000000,10000000 dotnet run --project "$project" -c Release --no-build -- \
  --filter '*PipelineBenchmarks.SocialRank' '*PipelineBenchmarks.MathNetRanks' --warmupCount 3 --iterationCount 5 --exporters github json --artifacts "$tree/artifacts/before-benchmarks"
cp "$tree"/artifacts/before-benchmarks/results/SocialRank.Benchmarks.Pipeline.PipelineBenchmarks-report-github.md "$out/"
uptime >> "$out/load-average.log"
