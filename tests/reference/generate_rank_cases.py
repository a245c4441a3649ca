#!/usr/bin/python3
"""Generates the pandas reference data for SocialRank's ranking tests.

Run with Debian's python3-pandas (pandas 1.5.x; with python3-scipy it also checks that scipy's rankdata agrees
with pandas on every NaN-free case):

    /usr/bin/python3 tests/reference/generate_rank_cases.py

It writes tests/SocialRank.Tests/Ranking/Data/rank_cases.json.gz: for every case (values and an optional
precision) the places pandas' Series.rank gives for every method x direction x na_option x pct. For a case
with a precision d, the values are first rounded as a person rounds them (METHOD section 3): the TRUE decimal value,
Decimal(repr(x)), quantized to d places with the decimal module, then converted back to the nearest double. Every
precision case is written twice, once per midpoint rule: "midpoint": "even" (ROUND_HALF_EVEN) and "midpoint": "away"
(half away from zero, the decimal module's ROUND_HALF_UP); the away case's name ends in " (away)". Values that are
not finite or whose scaled form |x * 10^d| is 2^52 or more (no digits below the precision) are kept as they are.
pandas then ranks the rounded values.

Arrays are stored compactly: an element is either a number or a run [start, step, count] that expands to
start + k * step for k = 0 .. count - 1 (kept only where that expansion reproduces the doubles exactly).
A pct=True result may be stored as {"divide": d, "places": [...]}: the places array divided by d, element by
element, which the script checked gives pandas' pct output bit for bit.
Non-finite values and -0.0 are strings: "NaN", "Infinity", "-Infinity", "-0.0". Finite numbers are written
with Python's repr, which parses back to the same double.
"""

import gzip
import json
import math
import os
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext

import numpy as np
import pandas as pd

try:
    from scipy.stats import rankdata
except ImportError:  # scipy only adds a cross-check; the data does not depend on it
    rankdata = None

METHODS = ["average", "min", "max", "dense", "first"]
DIRECTIONS = [True, False]
NA_OPTIONS = ["keep", "top", "bottom"]
PCTS = [False, True]

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SocialRank.Tests", "Ranking", "Data",
                   "rank_cases.json.gz")


def number(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0 and math.copysign(1.0, x) < 0:
        return "-0.0"
    if x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x


def encode(arr):
    arr = [float(x) for x in arr]
    out = []
    i = 0
    n = len(arr)
    while i < n:
        a = arr[i]
        if i + 2 < n and all(math.isfinite(v) for v in arr[i:i + 3]):
            step = arr[i + 1] - a
            j = i + 1
            while j < n and math.isfinite(arr[j]) and a + (j - i) * step == arr[j] and not (
                    arr[j] == 0 and math.copysign(1.0, arr[j]) < 0):
                j += 1
            if j - i >= 3 and not (a == 0 and math.copysign(1.0, a) < 0):
                out.append([number(a), number(step), j - i])
                i = j
                continue
        out.append(number(a))
        i += 1
    return out


def decode(enc):
    out = []
    for e in enc:
        if isinstance(e, list):
            start, step, count = float(e[0]), float(e[1]), e[2]
            out.extend(start + k * step for k in range(count))
        else:
            out.append(float(e) if not isinstance(e, str) else float(e.replace("Infinity", "inf")))
    return out


def encode_pct(pct, places):
    """Stores pandas' pct output as places / d when that reproduces it exactly, else as is."""
    d = None
    for p, q in zip(places, pct):
        if math.isfinite(p) and math.isfinite(q) and q != 0:
            d = float(round(p / q))
            break
    if d is not None and same([p / d for p in places], list(pct)):
        return {"divide": number(d), "places": encode(places)}
    return encode(pct)


def decode_any(enc):
    if isinstance(enc, dict):
        d = float(enc["divide"])
        return [p / d for p in decode(enc["places"])]
    return decode(enc)


def same(a, b):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if math.isnan(x) and math.isnan(y):
            continue
        if x != y or math.copysign(1.0, x) != math.copysign(1.0, y):
            return False
    return True


def round_true_decimal(x, d, midpoint):
    """x's shortest decimal form rounded to d places by the midpoint rule, as the nearest double (+0.0 for zero)."""
    if not math.isfinite(x) or not abs(x * float(10 ** d)) < 2 ** 52:
        return x
    with localcontext() as ctx:
        ctx.prec = 400
        r = Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP if midpoint == "away" else ROUND_HALF_EVEN)
    return float(r) + 0.0


def case(name, values, precision=None, midpoint=None):
    values = np.asarray(values, dtype=np.float64)
    assert (precision is None) == (midpoint is None)
    if precision is None:
        compared = values
    else:
        compared = np.array([round_true_decimal(float(v), precision, midpoint) for v in values], dtype=np.float64)
    s = pd.Series(compared, dtype="float64")
    results = {}
    for method in METHODS:
        for ascending in DIRECTIONS:
            for na in NA_OPTIONS:
                places = None
                for pct in PCTS:
                    r = s.rank(method=method, ascending=ascending, na_option=na, pct=pct).to_numpy(dtype=np.float64)
                    key = f"{method}|{'ascending' if ascending else 'descending'}|{na}|{str(pct).lower()}"
                    enc = encode_pct(list(r), places) if pct else encode(r)
                    assert same(decode_any(enc), list(r)), (name, key)
                    results[key] = enc
                    places = [float(x) for x in r]
    both_infinities = np.isposinf(compared).any() and np.isneginf(compared).any()
    if rankdata is not None and len(values) > 0 and not np.isnan(compared).any() and not both_infinities:
        # scipy's rankdata agrees with pandas on every method they share (scipy "ordinal" is pandas "first").
        # Not checked when +inf and -inf are both present: scipy 1.10 then returns all NaN (its NaN check sums
        # the values, and inf + -inf is NaN).
        for method, scipy_method in [("average", "average"), ("min", "min"), ("max", "max"), ("dense", "dense"),
                                     ("first", "ordinal")]:
            expected = rankdata(compared, method=scipy_method).astype(np.float64)
            assert same(decode(results[f"{method}|ascending|keep|false"]), list(expected)), (name, method)
    enc_values = encode(values)
    assert same(decode(enc_values), list(values)), name
    return {"name": name, "precision": precision, "midpoint": midpoint, "values": enc_values, "results": results}


def both_rules(name, values, precision=None):
    """The case; with a precision, once per midpoint rule (half to even under the name, half away from zero as "(away)")."""
    if precision is None:
        return [case(name, values)]
    return [case(name, values, precision, "even"), case(f"{name} (away)", values, precision, "away")]


def hand_picked():
    nan, inf = float("nan"), float("inf")
    cases = [c for args in [
        ("empty", []),
        ("single value", [5.0]),
        ("single NaN", [nan]),
        ("all ties", [3.0, 3.0, 3.0, 3.0, 3.0]),
        ("all NaN", [nan, nan, nan, nan]),
        ("infinities", [inf, -inf, 1.0, inf, nan, -inf, 0.0, nan, inf]),
        ("infinities only", [inf, -inf, inf, -inf]),
        ("negative zero", [0.0, -0.0, 1.0, -0.0, -1.0, 0.0, nan]),
        ("extremes", [5e-324, -5e-324, 0.0, 1.7976931348623157e308, -1.7976931348623157e308,
                          2.2250738585072014e-308, -2.2250738585072014e-308, 1.7976931348623157e308]),
        ("near 2^53", [9007199254740992.0, 9007199254740991.0, 9007199254740990.0, -9007199254740992.0,
                           9007199254740992.0]),
        ("pandas 8365 exact", [1001.0, 1001.0001, 1001.0002]),
        ("pandas 8365 precision 3", [1001.0, 1001.0001, 1001.0002], 3),
        ("pandas 8365 precision 4", [1001.0, 1001.0001, 1001.0002], 4),
        ("differ past precision 4", [0.12345, 0.12346, 0.123449, 0.1234, 0.12344999, 0.12, nan], 4),
        ("differ past precision 2", [10.001, 10.004, 10.0049, 9.999, 10.0, 10.01, -10.001, -9.999], 2),
        ("halves precision 0", [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 0.0, 2.0, -2.0, 4.0], 0),
        ("halves precision 2", [0.125, 0.375, 0.12, 0.13, 0.38, 0.37, 2.675, 2.67, 2.68], 2),
        ("precision with infinities", [inf, 1.004, 1.0, -inf, nan, inf, 0.996], 2),
        ("precision 15", [0.1 + 0.2, 0.3, 0.30000000000000004, 1.0 / 3.0, 0.333333333333333], 15),
        ("descending ordinal ties", [2.0, 1.0, 2.0, 3.0, 1.0, 2.0, nan, 3.0, nan]),
        # The true decimal value is rounded (METHOD section 3), not the binary double: 2.675, 1.005 and 0.225 are
        # midpoints at 2 places, 1.25 and 4.35 at 1, though their doubles lie below or above.
        ("true decimal midpoints precision 1", [1.25, 1.2, 1.3, 4.35, 4.3, 4.4, 1.45, 1.4, 1.5, 0.25, 0.2, 0.3, 0.35,
                                                 -1.25, -1.2, -1.3, -0.25, -0.2, -0.3, -4.35, -4.4, -4.3, nan], 1),
        ("true decimal midpoints precision 2", [0.125, 0.12, 0.13, 2.675, 2.67, 2.68, 1.005, 1.0, 1.01, 0.225, 0.22, 0.23,
                                                 -0.125, -0.12, -0.13, -2.675, -2.67, -2.68, -1.005, -1.0, -1.01,
                                                 -0.225, -0.22, -0.23, 0.285, 0.28, 0.29, 8.325, 8.32, 8.33], 2),
        ("true decimal midpoints precision 3", [1.0005, 1.0, 1.001, 0.0625, 0.062, 0.063, 123456.7895, 123456.789,
                                                 123456.79, -1.0005, -1.001, -0.0625, -0.063, -0.062], 3),
        ("negative halves precision 0", [-0.5, -1.5, -2.5, -3.5, -0.0, 0.0, -1.0, -2.0, -3.0, -4.0, 0.5, 1.5, nan], 0),
        ("near 2^52 scaled precision 2", [45035996273704.95, 45035996273704.9, 45035996273705.0, 100000000000000.015625,
                                          100000000000000.0, 100000000000000.03125, 1e300, -1e300, 4.5e13 + 0.015625,
                                          4.5e13, 4.5e13 + 0.03125], 2),
        ("near 10^15 precision 0", [1e15 + 0.5, 1e15, 1e15 + 1, 1e15 - 0.5, 1e15 - 1, 1e15 + 1.5, 1e15 + 2], 0),
    ] for c in both_rules(*args)]
    # A tie group of 100,000 values with a few others around it.
    big = [42.0] * 100_005
    big[0] = nan
    big[50_000] = 1.0
    big[77_777] = nan
    big[100_004] = 100.0
    big[12_345] = -0.0
    cases.extend(both_rules("tie group of 100000", big))
    return cases


def random_cases():
    rng = np.random.default_rng(20261126)
    cases = []

    def sprinkle(values, p_nan=0.1, p_special=0.0):
        values = values.astype(np.float64)
        n = len(values)
        values[rng.random(n) < p_nan] = np.nan
        if p_special > 0:
            special = rng.random(n) < p_special
            values[special] = rng.choice([np.inf, -np.inf, -0.0, 0.0], size=int(special.sum()))
        return values

    for k in range(40):
        n = int(rng.integers(1, 40))
        v = rng.integers(0, 6, size=n)
        cases.extend(both_rules(f"random small ties {k}", sprinkle(v, 0.15, 0.1)))
    for k in range(12):
        n = int(rng.integers(100, 600))
        kind = k % 4
        if kind == 0:
            v = rng.integers(0, 1000, size=n)
        elif kind == 1:
            v = np.round(rng.random(n) * 100, 2)
        elif kind == 2:
            v = rng.normal(0, 1e3, size=n)
        else:
            v = np.floor(np.exp(rng.normal(5, 2, size=n)))
        cases.extend(both_rules(f"random medium {k}", sprinkle(v, 0.05, 0.01)))
    for k, kind in enumerate(["counts", "percent", "normal", "mixed"]):
        n = 2500
        if kind == "counts":
            v = np.floor(np.exp(rng.normal(6, 1.5, size=n)))
        elif kind == "percent":
            v = np.round(rng.random(n) * 100, 2)
        elif kind == "normal":
            v = rng.normal(0, 1, size=n)
        else:
            v = np.concatenate([rng.integers(-50, 50, size=n // 2).astype(np.float64), rng.normal(0, 1e6, size=n - n // 2)])
            rng.shuffle(v)
        cases.extend(both_rules(f"random large {kind}", sprinkle(v, 0.03, 0.005)))
    for k, d in enumerate([0, 1, 2, 3, 2, 5]):
        n = int(rng.integers(50, 400)) if k < 4 else 1500
        v = rng.normal(0, 10, size=n)
        cases.extend(both_rules(f"random precision {d} #{k}", sprinkle(v, 0.05, 0.01), d))
    # Short decimals, as typed: many of them lie exactly halfway at the precision (the two rules then differ).
    for k, d in enumerate([0, 1, 2, 2, 3, 4]):
        n = int(rng.integers(100, 800))
        v = rng.integers(-2000, 2000, size=n) / 10.0 ** (d + 1)
        cases.extend(both_rules(f"random short decimals precision {d} #{k}", sprinkle(v, 0.03, 0.01), d))
    return cases


def main():
    data = {
        "generator": "tests/reference/generate_rank_cases.py",
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "cases": hand_picked() + random_cases(),
    }
    text = json.dumps(data, separators=(",", ":"), allow_nan=False)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))
    print(f"{len(data['cases'])} cases, {len(text)} bytes of JSON, {os.path.getsize(OUT)} bytes gzipped -> {OUT}")


if __name__ == "__main__":
    main()
