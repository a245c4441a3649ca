#!/usr/bin/python3
"""Time pandas doing the SocialRank pipeline over a page file written by generate.py.

The pipeline (the same as the library's rating with the article's six indicators):
  interactions = likes + comments + shares + saves
  indicators  = followers; followers * 100 / population; engaged users; interactions / posts;
                engaged users * 100 / population; (interactions / posts) * 100 / followers, computed as METHOD
                section 3 defines exactness: interactions * 100 / (posts * followers), one division of exact whole
                numbers (a division by 0 is missing)
  comparison  = --compare exact (the default): the values as they are; --compare as-published: each rounded to the
                precision it is compared at (0, 2, 0, 1, 2, 2) with DataFrame.round, numpy's half to even on the binary
                value, which is NOT METHOD's rule (the decimal value, half away from zero): pages at a midpoint may differ
  places      = rank(method="min", ascending=False, na_option="bottom") per indicator
  totals      = sum of the six places;  final = totals.rank(method="min")
  zones       = bands of 3, 7, 5, 5, 5 final places, then a rest zone

Reading the file is not timed, nor is the garbage collection before each run. The timed part starts from a DataFrame of the raw columns and ends with the final
places and zones. Runs are repeated until at least --min-seconds have passed (at least --min-runs, at most
--max-runs); the best run is reported. Writes a JSON summary and the final places (int64 per page) for the C# side to
check against.

Usage: pipeline.py --data FILE --json OUT.json --places OUT.bin
"""
import argparse
import gc
import json
import os
import platform
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402

PRECISIONS = [0, 2, 0, 1, 2, 2]
BAND_ENDS = np.cumsum([3, 7, 5, 5, 5])


def pipeline(df, as_published):
    def divide(a, b):
        return a / b.where(b != 0)

    interactions = df["likes"] + df["comments"] + df["shares"] + df["saves"]
    per_post = divide(interactions, df["posts"])
    indicators = pd.DataFrame({
        "followers": df["followers"],
        "followers_pct": divide(df["followers"] * 100.0, df["population"]),
        "engaged_users": df["engaged_users"],
        "per_post": per_post,
        "engaged_pct": divide(df["engaged_users"] * 100.0, df["population"]),
        "er": divide(interactions * 100.0, df["posts"] * df["followers"]),
    })
    if as_published:
        indicators = indicators.round(dict(zip(indicators.columns, PRECISIONS)))
    places = indicators.rank(method="min", ascending=False, na_option="bottom")
    totals = places.sum(axis=1)
    final = totals.rank(method="min")
    zones = np.searchsorted(BAND_ENDS, final.to_numpy(), side="left") + 1
    return final, zones


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--places", required=True)
    parser.add_argument("--min-seconds", type=float, default=2.0)
    parser.add_argument("--min-runs", type=int, default=5)
    parser.add_argument("--max-runs", type=int, default=2000)
    parser.add_argument("--compare", choices=["exact", "as-published"], default="exact")
    args = parser.parse_args()
    as_published = args.compare == "as-published"

    df = pd.DataFrame(generate.read(args.data))
    n = len(df)
    final, _ = pipeline(df, as_published)  # warm-up, not timed
    times = []
    started = time.perf_counter()
    while len(times) < args.max_runs and (len(times) < args.min_runs or time.perf_counter() - started < args.min_seconds):
        final = zones = None
        gc.collect()  # as the C# side collects garbage before each run (not timed)
        t0 = time.perf_counter()
        final, zones = pipeline(df, as_published)
        times.append(time.perf_counter() - t0)

    final.to_numpy(dtype="<i8").tofile(args.places)
    result = {
        "side": "pandas",
        "pages": n,
        "compare": args.compare,
        "runs": len(times),
        "best_seconds": min(times),
        "median_seconds": float(np.median(times)),
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "data": os.path.abspath(args.data),
        "places": os.path.abspath(args.places),
    }
    with open(args.json, "w") as f:
        json.dump(result, f, indent=2)
    print(f"pandas {pd.__version__}: {n} pages, best of {len(times)} runs {min(times) * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
