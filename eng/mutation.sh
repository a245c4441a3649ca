#!/usr/bin/env bash
# Mutation testing of one folder of the core (issue 17) with Stryker.NET (a local tool of dotnet-tools.json):
#   bash eng/mutation.sh FOLDER        FOLDER: Ranking, Indicators, Pages, Engagement, Zones, Rating, Analysis, Formatting
# Mutates only src/SocialRank/FOLDER, runs the library's tests (tests/SocialRank.Tests, net10.0) against each mutant with
# per-test coverage (only the tests that reach a mutant run for it), two at a time, a short extra timeout (1 s over the
# normal run, so that mutants that loop forever do not dominate the run), and writes the JSON and HTML reports and the
# progress log to artifacts/mutation/FOLDER/. The settings: eng/stryker-config.json. Not part of .ci/run: a folder takes
# from minutes to an hour on the 2-core machine; commit each folder's score to docs/mutation.md.
set -euo pipefail
folder=${1:?usage: bash eng/mutation.sh FOLDER (Ranking, Indicators, Pages, Engagement, Zones, Rating, Analysis, Formatting)}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -d "$root/src/SocialRank/$folder" ] || { echo "mutation: no folder src/SocialRank/$folder" >&2; exit 2; }
out="$root/artifacts/mutation/$folder"
rm -rf "$out"
mkdir -p "$out"
cd "$root"
dotnet tool restore >/dev/null
cd "$root/tests/SocialRank.Tests"
start=$(date -u +%s)
dotnet dotnet-stryker --config-file "$root/eng/stryker-config.json" --mutate "**/$folder/**/*.cs" --output "$out" 2>&1 | tee "$out/progress.log"
echo "mutation: $folder done in $(( $(date -u +%s) - start )) s; reports in $out/reports" | tee -a "$out/progress.log"
