#!/usr/bin/python3
"""Why pandas' as-published final places differ: for each ratio indicator, count the pages whose DataFrame.round value
differs from METHOD's rounding (the true decimal value, half away from zero, computed in integer arithmetic), and how
many of those lie exactly at a decimal midpoint.  Usage: pandas-midpoints.py PAGES.bin (a file written by tools-file)."""
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "pandas"))
import generate  # noqa: E402

d = generate.read(sys.argv[1])
inter = d["likes"] + d["comments"] + d["shares"] + d["saves"]
for name, a, b, places in [
    ("followers % of population", d["followers"] * 100, d["population"], 2),
    ("engagement per post", inter, d["posts"], 1),
    ("engaged % of population", d["engaged_users"] * 100, d["population"], 2),
    ("ER", inter * 100, d["posts"] * d["followers"], 2),
]:
    ok = (b != 0) & ~np.isnan(a) & ~np.isnan(b)
    a2, b2 = a[ok].astype(np.int64), b[ok].astype(np.int64)
    method = (2 * a2 * 10**places + b2) // (2 * b2) / 10**places
    rounded = pd.Series(a[ok] / b[ok]).round(places).to_numpy()
    differ = np.abs(rounded - method) > 1e-9
    midpoint = (2 * a2 * 10**places) % (2 * b2) == b2
    print(f"{name}: {differ.sum()} of {ok.sum()} values differ; {midpoint.sum()} exact midpoints, "
          f"{(differ & midpoint).sum()} of the differences at a midpoint")
