#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to src/*/PublicAPI.Unshipped.txt and removes the
# declared ones it no longer finds (RS0017).
# Review the diff before committing: the public API is a promise.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/*.csproj; do
  dir=$(dirname "$proj")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  log=$(mktemp)
  dotnet build "$proj" -c Release -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
  # Only this project's own diagnostics (a project's build also reports those of the projects it references).
  grep -F "$(basename "$proj")::" "$log" > "$log.own" || true
  mv "$log.own" "$log"
  grep -oE "error RS0016: Symbol '.*' is not part of the declared public API" "$log" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" > "$log.new" || true
  grep -oE "(error|warning) RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" "$log" \
    | sed -E "s/^(error|warning) RS0017: Symbol '(.*)' is part of the declared API.*$/\2/" | LC_ALL=C sort -u > "$log.gone" || true
  { tail -n +2 "$dir/PublicAPI.Unshipped.txt"; cat "$log.new"; } | grep -v '^$' | LC_ALL=C sort -u \
    | grep -vxF -f "$log.gone" > "$log.all" || true
  { echo '#nullable enable'; cat "$log.all"; } > "$dir/PublicAPI.Unshipped.txt"
  echo "$dir: $(LC_ALL=C sort -u "$log.new" | wc -l) symbols added, $(wc -l < "$log.gone") removed"
  rm -f "$log" "$log.new" "$log.gone" "$log.all"
done
