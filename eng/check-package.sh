#!/usr/bin/env bash
# Checks that a SocialRank .nupkg holds README, license expression, dll + xml docs for both target frameworks
# and SourceLink metadata, and that the .snupkg holds the PDBs.
set -euo pipefail
nupkg=$1 snupkg=$2
list=$(unzip -Z1 "$nupkg")
fail=0
need() { grep -qx "$1" <<<"$list" || { echo "missing in $(basename "$nupkg"): $1"; fail=1; }; }
need README.md
for tfm in net8.0 net10.0; do
  need "lib/$tfm/SocialRank.dll"
  need "lib/$tfm/SocialRank.xml"
done
nuspec=$(unzip -p "$nupkg" SocialRank.nuspec)
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "nuspec: no MIT license expression"; fail=1; }
grep -q '<readme>README.md</readme>' <<<"$nuspec" || { echo "nuspec: no readme"; fail=1; }
grep -qE '<repository type="git" url="https://github.com/[^"]+"[^>]* commit="[0-9a-f]{40}"' <<<"$nuspec" \
  || { echo "nuspec: no repository url + commit (SourceLink)"; fail=1; }
slist=$(unzip -Z1 "$snupkg")
for tfm in net8.0 net10.0; do
  grep -qx "lib/$tfm/SocialRank.pdb" <<<"$slist" || { echo "missing in $(basename "$snupkg"): lib/$tfm/SocialRank.pdb"; fail=1; }
done
[ "$fail" = 0 ] && echo "package contents: ok (README, MIT, SourceLink commit, dll+xml for net8.0 and net10.0; PDBs in .snupkg)"
exit "$fail"
