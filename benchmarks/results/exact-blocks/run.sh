#!/usr/bin/env bash
# The third benchmark run of issue 11 (exact values), also issue 12's benchmark line: after the pass over the pages in
# blocks. The same job as ../exact-values/run.sh (about 20 minutes), its reports written here, then the code before the
# exact-values change (d59be8b, as published only) on the same machine right after, by ../exact-speed/run-before.sh,
# its reports in before/ (about 8 minutes more).
#   git worktree add --detach /tmp/before d59be8b && bash benchmarks/results/exact-blocks/run.sh /tmp/before
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
before="${1:?the path of a worktree at d59be8b}"
bash "$here/../exact-values/run.sh" "$here"
bash "$here/../exact-speed/run-before.sh" "$before" "$here/before"
