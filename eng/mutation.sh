#!/usr/bin/env bash
# Mutation testing of folders of the core (issue 17) with Stryker.NET (a local tool of dotnet-tools.json):
#   bash eng/mutation.sh FOLDER [FOLDER...]   FOLDER: Ranking, Indicators, Pages, Engagement, Zones, Rating, Analysis, Formatting
# Mutates only src/SocialRank/FOLDER (each folder named, in one Stryker run: its initial coverage capture of the whole
# library, about 30 minutes here, is paid once however many folders are named), runs the library's tests
# (tests/SocialRank.Tests, net10.0) against each mutant with per-test coverage (only the tests that reach a mutant run
# for it), two at a time, a short extra timeout (1 s over the normal run, so that mutants that loop forever do not
# dominate the run), and writes the JSON and HTML reports and the progress log to artifacts/mutation/F1+F2+.../.
# The settings: eng/stryker-config.json. One table row per folder from the JSON report:
#   python3 eng/mutation-table.py artifacts/mutation/F1+F2/reports/mutation-report.json F1 F2 [--commit SHA --minutes M --survivors]
# Not part of .ci/run: a run takes from half an hour to over an hour on the 2-core machine; commit each folder's score
# to docs/mutation.md.
set -euo pipefail
usage='usage: bash eng/mutation.sh FOLDER [FOLDER...] (Ranking, Indicators, Pages, Engagement, Zones, Rating, Analysis, Formatting)'
[ $# -ge 1 ] || { echo "$usage" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
mutate=()
for folder in "$@"; do
  [ -d "$root/src/SocialRank/$folder" ] || { echo "mutation: no folder src/SocialRank/$folder" >&2; exit 2; }
  mutate+=(--mutate "**/$folder/**/*.cs")
done
name=$(IFS=+; echo "$*")
out="$root/artifacts/mutation/$name"
rm -rf "$out"
mkdir -p "$out"
cd "$root"
dotnet tool restore >/dev/null
cd "$root/tests/SocialRank.Tests"
start=$(date -u +%s)
echo "mutation: $name on $(git -C "$root" rev-parse --short HEAD), started $(date -u +%FT%TZ)" | tee "$out/progress.log"
dotnet dotnet-stryker --config-file "$root/eng/stryker-config.json" "${mutate[@]}" --output "$out" 2>&1 | tee -a "$out/progress.log"
echo "mutation: $name done in $(( $(date -u +%s) - start )) s at $(date -u +%FT%TZ); reports in $out/reports" | tee -a "$out/progress.log"
