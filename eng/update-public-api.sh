#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to src/*/PublicAPI.Unshipped.txt.
# Review the diff before committing: the public API is a promise.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/*.csproj; do
  dir=$(dirname "$proj")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  log=$(mktemp)
  dotnet build "$proj" -c Release -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
  grep -oE "error RS0016: Symbol '.*' is not part of the declared public API" "$log" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" > "$log.new" || true
  { tail -n +2 "$dir/PublicAPI.Unshipped.txt"; cat "$log.new"; } | grep -v '^$' | LC_ALL=C sort -u > "$log.all"
  { echo '#nullable enable'; cat "$log.all"; } > "$dir/PublicAPI.Unshipped.txt"
  echo "$dir: $(wc -l < "$log.new") symbols added"
  rm -f "$log" "$log.new" "$log.all"
done
