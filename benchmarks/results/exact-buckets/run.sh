#!/usr/bin/env bash
# The fourth benchmark run of issue 11 (exact values): after the bucket path's cache-sized buckets (SortBucket). The
# same job as ../exact-values/run.sh (about 20 minutes), its reports written here; the code before the exact-values
# change is not run again: its figures are those of ../exact-blocks/before/ (same machine, an earlier day).
#   bash benchmarks/results/exact-buckets/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../exact-values/run.sh" "$here"
