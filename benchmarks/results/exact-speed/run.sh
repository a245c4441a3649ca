#!/usr/bin/env bash
# The second benchmark run of issue 11 (exact values), after the bucket path for exact ratios: the same job as
# ../exact-values/run.sh (about 20 minutes), its reports written here.
#   bash benchmarks/results/exact-speed/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec bash "$here/../exact-values/run.sh" "$here"
