#!/usr/bin/env bash
# The fifth benchmark run of issue 11 (exact values): today's code and, right after it on the same machine, the code
# before the exact-values change (d59be8b) measured BOTH as published and compared exactly. d59be8b's benchmark had no
# exact variant; before-exact.patch (beside this script) adds one the way the current benchmark has it: a Compare
# parameter, the library's method with every indicator's precision null, and MathNet ranking the unrounded values.
# Reports land here (today's code) and in before/ (d59be8b). About 35 minutes.
#   git worktree add --detach /tmp/before d59be8b && bash benchmarks/results/exact-before/run.sh /tmp/before
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
before="${1:?the path of a worktree at d59be8b}"
if git -C "$before" diff --quiet; then
  git -C "$before" apply "$here/before-exact.patch"
fi
bash "$here/../exact-values/run.sh" "$here"
bash "$here/../exact-speed/run-before.sh" "$before" "$here/before"
