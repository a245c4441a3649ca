#!/usr/bin/env bash
# The pandas comparison in one go: for each size, generate the pages once into a file, time pandas over it
# (pipeline.py), then time SocialRank over the same file the same way (best of repeated runs, reading excluded),
# check that both give identical final places, and print the ratio.
#
#   bash benchmarks/pandas/compare.sh [SIZE ...]        default sizes: 25 1000 100000 1000000 10000000
#
# Data files go to $SOCIALRANK_DATA (default ${TMPDIR:-/tmp}/socialrank-pandas; reused when present), JSON summaries
# to $SOCIALRANK_COMPARE_OUT (default benchmarks/results/pipeline/pandas). Needs Debian's pandas:
#   apt-get update && apt-get install -y python3-pandas
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
python=/usr/bin/python3
here=benchmarks/pandas
project=benchmarks/SocialRank.Benchmarks
data="${SOCIALRANK_DATA:-${TMPDIR:-/tmp}/socialrank-pandas}"
out="${SOCIALRANK_COMPARE_OUT:-benchmarks/results/pipeline/pandas}"
seed="${SOCIALRANK_SEED:-20200731}"
# exact (default): both sides compare values exactly; as-published: pandas rounds with numpy (half to even on the
# binary value), which is not METHOD's rule, so the final places may differ at midpoints (pandas-compare says where).
compare="${SOCIALRANK_COMPARE:-exact}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25 1000 100000 1000000 10000000)

if ! "$python" -c 'import pandas' 2>/dev/null; then
  echo "compare.sh: pandas is missing; install it with: apt-get update && apt-get install -y python3-pandas" >&2
  exit 2
fi
mkdir -p "$data" "$out"
dotnet build "$project" -c Release -warnaserror -v quiet -nologo

for n in "${sizes[@]}"; do
  file="$data/pages-$n-seed$seed.bin"
  [ -s "$file" ] || "$python" "$here/generate.py" --pages "$n" --seed "$seed" --out "$file"
  "$python" "$here/pipeline.py" --data "$file" --json "$out/pandas-$n.json" --places "$data/pandas-places-$n.bin" --compare "$compare"
  dotnet run --project "$project" -c Release --no-build -- pandas-compare --data "$file" --compare "$compare" \
    --pandas-json "$out/pandas-$n.json" --places "$data/pandas-places-$n.bin" --json "$out/socialrank-$n.json"
done
