#!/usr/bin/python3
"""Generates the scipy reference data for SocialRank's agreement statistics (issue 14).

Run with Debian's python3-scipy:

    /usr/bin/python3 tests/reference/make_agreement_reference.py

It writes tests/SocialRank.Tests/Analysis/Data/agreement_cases.json.gz:

- "pairs": two columns x, y of equal length (seeded random integers from small ranges, so that ties are common, plus
  hand-picked cases) with scipy.stats.kendalltau (variant "b", the default) and scipy.stats.spearmanr (average ranks
  for ties, then Pearson's r of the ranks). Cases where either is undefined (a constant column) are written with
  "NaN".
- "concordance": m columns (raters) of n values each, with Kendall's W computed from its formula with the tie
  correction, here and nowhere else in the code: the values of each column are ranked with average ties
  (scipy.stats.rankdata), R_i is item i's rank sum, S = sum (R_i - mean R)^2, T_j = sum over column j's tie groups of
  (t^3 - t), and W = 12 S / (m^2 (n^3 - n) - m sum_j T_j). W is undefined ("NaN") when the denominator is 0.

The output is deterministic (fixed seed, gzip without a timestamp).
"""

import gzip
import io
import json
import math
import os
import random
import sys
import warnings

import numpy as np
import scipy
from scipy.stats import kendalltau, rankdata, spearmanr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SocialRank.Tests", "Analysis", "Data",
                   "agreement_cases.json.gz")


def number(x):
    x = float(x)
    return "NaN" if math.isnan(x) else x


def kendall_w(columns):
    m = len(columns)
    n = len(columns[0])
    ranks = [rankdata(c, method="average") for c in columns]
    sums = [sum(r[i] for r in ranks) for i in range(n)]
    mean = sum(sums) / n
    s = sum((r - mean) ** 2 for r in sums)
    ties = 0
    for c in columns:
        _, counts = np.unique(c, return_counts=True)
        ties += int(sum(int(t) ** 3 - int(t) for t in counts))
    denominator = m * m * (n ** 3 - n) - m * ties
    return float("nan") if denominator == 0 else 12.0 * s / denominator


def main():
    rng = random.Random(14)
    pairs = []

    def pair(name, x, y):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a constant column: scipy warns and returns NaN
            tau = kendalltau(x, y)[0]
            rho = spearmanr(x, y)[0]
        pairs.append({"name": name, "x": [float(v) for v in x], "y": [float(v) for v in y],
                      "tau": number(tau), "rho": number(rho)})

    pair("identical", [1, 2, 3, 4, 5], [1, 2, 3, 4, 5])
    pair("reversed", [1, 2, 3, 4, 5], [5, 4, 3, 2, 1])
    pair("ties in both", [1, 1, 2, 2, 3, 3], [1, 2, 1, 2, 3, 3])
    pair("min places vs values", [1, 2, 2, 4, 5, 5, 7], [0.5, 0.25, 0.25, 3.0, -1.0, -1.0, 9.0])
    pair("constant x", [2, 2, 2, 2], [1, 2, 3, 4])
    pair("two values", [1, 2], [2, 1])
    pair("one tie group each", [1, 1, 1, 2], [3, 1, 1, 1])
    for c in range(150):
        n = rng.choice([3, 4, 5, 7, 10, 25, 50, 100, 400, 2000])
        span = rng.choice([2, 3, 5, 10, n, 10 * n])
        x = [rng.randrange(span) for _ in range(n)]
        mode = rng.randrange(3)
        if mode == 0:
            y = [rng.randrange(span) for _ in range(n)]
        elif mode == 1:  # correlated: y = x + noise
            y = [v + rng.randrange(max(1, span // 3)) for v in x]
        else:  # anti-correlated, with halves
            y = [-v + rng.randrange(3) * 0.5 for v in x]
        pair("random %d (n=%d, span=%d, mode=%d)" % (c, n, span, mode), x, y)

    concordance = []

    def w_case(name, columns):
        concordance.append({"name": name, "columns": [[float(v) for v in c] for c in columns],
                            "w": number(kendall_w(columns))})

    w_case("perfect agreement", [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]])
    w_case("textbook with ties", [[1, 2, 2, 4, 5], [2, 1, 3, 3, 5], [1, 1, 3, 4, 4]])
    w_case("all tied", [[1, 1, 1], [1, 1, 1]])
    w_case("one rater", [[3, 1, 2, 2]])
    for c in range(80):
        n = rng.choice([2, 3, 5, 8, 25, 60, 300])
        m = rng.choice([2, 3, 6, 10])
        span = rng.choice([2, 3, 6, n, 5 * n])
        base = [rng.randrange(span) for _ in range(n)]
        columns = []
        for _ in range(m):
            if rng.random() < 0.5:
                columns.append([rng.randrange(span) for _ in range(n)])
            else:
                columns.append([b + rng.randrange(max(1, span // 2)) for b in base])
        w_case("random %d (n=%d, m=%d, span=%d)" % (c, n, m, span), columns)

    data = {"generator": "tests/reference/make_agreement_reference.py",
            "python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
            "pairs": pairs, "concordance": concordance}
    raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as f:
        f.write(raw)
    with open(OUT, "wb") as f:
        f.write(buffer.getvalue())
    print("%d pairs, %d concordance cases -> %s" % (len(pairs), len(concordance), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
