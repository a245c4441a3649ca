#!/usr/bin/env python3
"""One Markdown table row per folder of the core from a Stryker.NET JSON report (issue 17).

    python3 eng/mutation-table.py REPORT.json [FOLDER...] [--commit SHA] [--minutes M] [--survivors]

REPORT.json follows the mutation-testing-report-schema (files -> mutants with a status). A folder's mutants are those of
the files under src/SocialRank/FOLDER/; without FOLDERs, every folder with a tested mutant gets a row. Score =
(killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants are not counted.
The row's columns are those of docs/mutation.md. --survivors also lists each folder's survived and uncovered mutants.
"""
import argparse
import json
import re
from collections import Counter, defaultdict

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("folders", nargs="*")
parser.add_argument("--commit", default="?")
parser.add_argument("--minutes", default="?")
parser.add_argument("--survivors", action="store_true")
args = parser.parse_args()

with open(args.report, encoding="utf-8") as f:
    report = json.load(f)

counts = defaultdict(Counter)
lives = defaultdict(list)
for path, file in report["files"].items():
    m = re.search(r"src/SocialRank/([^/]+)/(.*)$", path.replace("\\", "/"))
    if not m:
        continue
    folder, rel = m.groups()
    for mutant in file["mutants"]:
        status = mutant["status"]
        counts[folder][status] += 1
        if status in ("Survived", "NoCoverage"):
            line = mutant["location"]["start"]["line"]
            lives[folder].append((rel, line, status, mutant.get("mutatorName", "?"), mutant.get("replacement", "")))

folders = args.folders or sorted(f for f, c in counts.items() if c["Killed"] + c["Timeout"] + c["Survived"] + c["NoCoverage"])
for folder in folders:
    c = counts[folder]
    k, t, s, n = c["Killed"], c["Timeout"], c["Survived"], c["NoCoverage"]
    tested = k + t + s + n
    score = f"**{100 * (k + t) / tested:.1f} %**" if tested else "-"
    print(f"| {folder} | `{args.commit}` | {tested} | {k} | {t} | {s} | {n} | {score} | {args.minutes} |")
if args.survivors:
    for folder in folders:
        print(f"\n{folder}:")
        for rel, line, status, mutator, replacement in sorted(lives[folder]):
            replacement = " ".join(replacement.split())[:100]
            print(f"- {rel}:{line} {status} {mutator}: `{replacement}`")
