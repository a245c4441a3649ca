#!/usr/bin/python3
"""Generates the rounding reference for SocialRank's Precision (METHOD section 3, "Equal as published").

Run with any Python 3 (only the standard library is used):

    /usr/bin/python3 tests/reference/make_rounding_reference.py

It writes tests/SocialRank.Tests/Ranking/Data/rounding_cases.json.gz, read by PrecisionReferenceTests. Every expected
value is the whole number R = round(t x 10^d), where t is the TRUE decimal value and d the decimal places (0..15),
for both midpoint rules:

- ratio cases: t = numerator / denominator exactly, for whole numbers of magnitude at most 2^53, computed with
  fractions.Fraction (never with floating point);
- double cases: t = Decimal(repr(x)), the shortest decimal form that round-trips to the double x (what a person
  would type), scaled by 10^d and quantized with the decimal module.

"away" is half away from zero (decimal.ROUND_HALF_UP, which in the decimal module rounds ties away from zero),
"even" is half to even (decimal.ROUND_HALF_EVEN). Cases where |t x 10^d| is 2^52 or more (in the double product, as
the library decides, or in the true value) are left out: the library returns such values unchanged.

Format (gzipped JSON, no timestamp, so the output is deterministic):
  {"generator", "python", "ratios": [[name, numerator, denominator, d, R_away, R_even], ...],
   "doubles": [[name, repr(x), d, R_away, R_even], ...]}
Numerators, denominators and R are decimal strings (exact whole numbers); x is Python's repr of the double.
"""

import gzip
import json
import math
import os
import platform
import random
import struct
from decimal import Decimal, Inexact, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext
from fractions import Fraction

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SocialRank.Tests", "Ranking", "Data",
                   "rounding_cases.json.gz")

TWO52 = 2 ** 52
TWO53 = 2 ** 53
PLACES = range(0, 16)


def round_fraction(q, away):
    """round(q) for a Fraction q, ties away from zero or to even, by integer arithmetic only."""
    sign = -1 if q < 0 else 1
    a = abs(q)
    whole, rest = divmod(a.numerator, a.denominator)  # a = whole + rest / denominator
    twice = 2 * rest
    if twice > a.denominator or (twice == a.denominator and (away or whole % 2 == 1)):
        whole += 1
    return sign * whole


def round_decimal(t, d, away):
    """round(t x 10^d) for a Decimal t with the decimal module (enough precision for every digit)."""
    with localcontext() as ctx:
        ctx.prec = 400
        scaled = t.scaleb(d)
        r = scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP if away else ROUND_HALF_EVEN)
    return int(r)


def in_range_ratio(num, den, d):
    q = Fraction(num, den) * 10 ** d
    product = (num / den) * float(10 ** d)  # the double product the library tests against 2^52
    return abs(q) < TWO52 - 4 and abs(product) < TWO52


def in_range_double(x, d):
    if not math.isfinite(x):
        return False
    t = Decimal(repr(x))
    return abs(t.scaleb(d)) < TWO52 - 4 and abs(x * float(10 ** d)) < TWO52


ratios = []
doubles = []
seen_ratios = set()
seen_doubles = set()


def add_ratio(name, num, den, d):
    assert den != 0 and abs(num) <= TWO53 and abs(den) <= TWO53, (name, num, den)
    key = (num, den, d)
    if key in seen_ratios or not in_range_ratio(num, den, d):
        return False
    seen_ratios.add(key)
    q = Fraction(num, den) * 10 ** d
    away, even = round_fraction(q, True), round_fraction(q, False)
    # A second route, through the decimal module: 300 digits give the quotient exactly when it terminates (a
    # denominator of at most 2^53 leaves at most 53 digits after the point), and otherwise so closely that it cannot
    # be taken for a midpoint (a non-terminating quotient is at least 1 / (2 x den) away from every midpoint).
    with localcontext() as ctx:
        ctx.prec = 300
        approx = Decimal(num).scaleb(d) / Decimal(den)
        exact = not ctx.flags[Inexact]
    assert exact == (Fraction(approx) == q)
    assert (round_decimal(approx, 0, True), round_decimal(approx, 0, False)) == (away, even), (name, num, den, d)
    assert exact or away == even
    ratios.append([name, str(num), str(den), d, str(away), str(even)])
    return True


def add_double(name, x, d):
    x = float(x)
    key = (repr(x), d)
    if key in seen_doubles or not in_range_double(x, d):
        return False
    seen_doubles.add(key)
    t = Decimal(repr(x))
    away, even = round_decimal(t, d, True), round_decimal(t, d, False)
    # Cross-check with Fraction arithmetic on the same decimal.
    assert away == round_fraction(Fraction(t) * 10 ** d, True) and even == round_fraction(Fraction(t) * 10 ** d, False)
    doubles.append([name, repr(x), d, str(away), str(even)])
    return True


def hand_picked_ratios():
    picks = [
        ("5/4", 5, 4, 1), ("5/4", 5, 4, 0), ("-5/4", -5, 4, 1), ("5/-4", 5, -4, 1), ("-5/-4", -5, -4, 1),
        ("7/4", 7, 4, 1), ("-7/4", -7, 4, 1),
        ("ER 729x100/(120x2700)", 729 * 100, 120 * 2700, 2), ("-ER 729x100/(120x2700)", -729 * 100, 120 * 2700, 2),
        ("1/8", 1, 8, 2), ("-1/8", -1, 8, 2), ("3/8", 3, 8, 2), ("1/8", 1, 8, 1), ("1/8", 1, 8, 3),
        ("1/2", 1, 2, 0), ("3/2", 3, 2, 0), ("5/2", 5, 2, 0), ("-1/2", -1, 2, 0), ("-3/2", -3, 2, 0), ("-5/2", -5, 2, 0),
        ("1/3", 1, 3, 2), ("2/3", 2, 3, 2), ("-2/3", -2, 3, 2), ("100/3", 100, 3, 2), ("1/3", 1, 3, 15),
        ("2675/1000", 2675, 1000, 2), ("1005/1000", 1005, 1000, 2), ("435/100", 435, 100, 1), ("145/100", 145, 100, 1),
        ("225/1000", 225, 1000, 2), ("1/200", 1, 200, 2), ("1/2000", 1, 2000, 3), ("0/7", 0, 7, 2), ("0/-7", 0, -7, 2),
        ("-1/3000", -1, 3000, 2), ("1/16", 1, 16, 3), ("1/32", 1, 32, 4), ("1/2^16", 1, 2 ** 16, 15),
        ("(10^15+1)/2", 10 ** 15 + 1, 2, 0), ("(10^15+3)/2", 10 ** 15 + 3, 2, 0), ("-(10^15+1)/2", -(10 ** 15 + 1), 2, 0),
        ("(2x10^15+1)/2", 2 * 10 ** 15 + 1, 2, 0), ("(2^52-1)/2", TWO52 - 1, 2, 0), ("(2^53-1)/2", TWO53 - 1, 2, 0),
        ("(2^53-1)/4", TWO53 - 1, 4, 0), ("(2^53-3)/4", TWO53 - 3, 4, 0), ("2^53/(2^53-1)", TWO53, TWO53 - 1, 15),
        ("(2^53-1)/2^53", TWO53 - 1, TWO53, 15), ("1/2^53", 1, TWO53, 15), ("2^53/300", TWO53, 300, 0),
        ("(10^15-1)/10^15", 10 ** 15 - 1, 10 ** 15, 14), ("(10^14-5)/10^15", 10 ** 14 - 5, 10 ** 15, 14),
        ("(2x10^15+1)/(2x10^15)", 2 * 10 ** 15 + 1, 2 * 10 ** 15, 15), ("45/10^15", 45, 10 ** 15, 14),
    ]
    for name, num, den, d in picks:
        add_ratio(name, num, den, d)
    # The worked examples of METHOD: 10 posts, 120 interactions, 300 followers -> 12 per post, ER 4 %.
    add_ratio("per post 120/10", 120, 10, 1)
    add_ratio("ER 120x100/(10x300)", 120 * 100, 10 * 300, 2)
    # Every midpoint k + 1/2 at every place count, over a few denominators that represent it exactly.
    for d in PLACES:
        for k in [0, 1, 2, 3, 12, 13, 224, 225, 999, 1000]:
            num, den = 2 * k + 1, 2 * 10 ** d
            add_ratio("midpoint", num, den, d)
            add_ratio("midpoint", -num, den, d)
            if den * 37 <= TWO53:
                add_ratio("midpoint x 37 / 37", num * 37, den * 37, d)


def random_ratios(rng):
    # Small and medium whole counts.
    for _ in range(700):
        scale = rng.choice([10, 1000, 10 ** 6, 10 ** 9])
        num = rng.randint(0, scale) * rng.choice([1, 1, 1, -1])
        den = rng.randint(1, scale) * rng.choice([1, 1, 1, -1])
        add_ratio("random", num, den, rng.choice(PLACES))
    # Large counts, up to 2^53.
    for _ in range(300):
        num = rng.randint(0, TWO53) * rng.choice([1, -1])
        den = rng.randint(1, TWO53)
        add_ratio("random large", num, den, rng.choice(PLACES))
    # Exact midpoints with big denominators: num / den = (2k + 1) / (2 x 10^d), den a multiple of what it needs.
    for _ in range(400):
        d = rng.choice(PLACES)
        base = 2 * 10 ** d
        k = rng.randint(0, 10 ** rng.randint(0, 6))
        m = Fraction(2 * k + 1, base)
        limit = min(TWO53 // m.denominator, TWO53 // max(1, m.numerator))
        if limit < 1:
            continue
        mult = rng.randint(1, limit)
        num, den = m.numerator * mult, m.denominator * mult
        add_ratio("exact midpoint, big denominator", num * rng.choice([1, -1]), den, d)
    # Nearest whole numerators on either side of a midpoint times a big denominator: within 1 / den of it.
    for _ in range(300):
        d = rng.choice(PLACES)
        k = rng.randint(0, 10 ** rng.randint(0, 5))
        m = Fraction(2 * k + 1, 2 * 10 ** d)
        den = rng.randint(TWO53 // 1000, TWO53) if rng.random() < 0.7 else rng.randint(10 ** 6, 10 ** 12)
        if m * den > TWO53 - 2:
            den = int(TWO53 // (m + 1)) or 1
        low = math.floor(m * den)
        sign = rng.choice([1, -1])
        for num in (low - 1, low, low + 1, low + 2):
            if 0 <= num <= TWO53:
                add_ratio("next to a midpoint", sign * num, den, d)
    # As close to a midpoint as whole numbers up to 2^53 can come: num x 2 x 10^d - (2k + 1) x den = e for a small
    # odd e, so num / den x 10^d = k + 1/2 + e / (2 x den), off the midpoint by far less than a double can tell
    # (within 1e-17 of the midpoint unscaled, and down to about 1e-30 relative). Both rules give the same result.
    for _ in range(700):
        d = rng.choice(PLACES)
        modulus = 2 * 10 ** d
        k = rng.randint(0, 10 ** rng.randint(0, 9))
        odd = 2 * k + 1
        if odd % 5 == 0:
            odd += 2
        e = rng.choice([-1, 1, -3, 3])
        den0 = (-e * pow(odd, -1, modulus)) % modulus
        den_max = min(TWO53, (TWO53 * modulus - e) // odd)
        if den0 == 0 or den0 > den_max:
            continue
        steps = (den_max - den0) // modulus
        t = steps - rng.randint(0, min(steps, 1000)) if rng.random() < 0.6 else rng.randint(0, steps)
        den = den0 + t * modulus
        num, rest = divmod(odd * den + e, modulus)
        assert rest == 0 and 0 < num <= TWO53
        q = Fraction(num, den)
        name = "within 1e-17 of a midpoint" if abs(q - Fraction(odd, modulus)) < Fraction(1, 10 ** 17) else \
            "near a midpoint"
        add_ratio(name, num * rng.choice([1, 1, -1]), den, d)
    # Values near 10^15 at 0 places, and near the 2^52 limit at every place count.
    for _ in range(150):
        den = rng.choice([1, 2, 3, 4, 7, 8, 10, 16, 1000])
        num = 10 ** 15 * den + rng.randint(-5 * den, 5 * den)
        if num <= TWO53:
            add_ratio("near 10^15", num * rng.choice([1, -1]), den, 0)
    for d in PLACES:
        for _ in range(6):
            den = rng.choice([1, 2, 3, 7, 10 ** (d % 4)])
            target = (TWO52 - rng.randint(10, 10 ** 6)) * den
            num = target // 10 ** d
            if 0 < num <= TWO53:
                add_ratio("near 2^52 scaled", num, den, d)


def hand_picked_doubles():
    picks = [1.25, 0.125, 2.675, 1.005, -1.25, -2.5, 0.5, 1e15 + 0.5, 4.35, 1.45, 0.225, -0.225, 1.115, 8.325, 0.045,
             1234.5, -0.5, 1.5, 2.5, 3.5, -1.5, -3.5, 0.0, -0.0, 0.1 + 0.2, 0.3, 0.1, 1 / 3, 2 / 3, 0.285, 1.0005,
             0.0625, 1e-05, 1.5e-05, 2.5e-07, 1.2345e-07, 5e-324, 2.2250738585072014e-308, 1e-300, 123456.785,
             999.995, 9.995, 0.995, 99.5, -99.5, 1e15 - 0.5, 1e15 + 1.5, 1e15 - 1.5, 4503599627370495.5,
             2251799813685247.5, 0.30000000000000004, 2.675000000000001, 2.6749999999999994, 1.0049999999999999,
             12.345, 1.2345, 0.12345, 1.00000000000005, 1.000000000000005, 0.999999999999995, 5.0000000000000005e-15,
             4.35e-13, 7.5e-15, 2.5e-15, 1.5e-15, 3.3333333333333335, 33.333333333333336, 33.33333333333333]
    for x in picks:
        for d in PLACES:
            add_double("hand-picked", x, d)
            add_double("hand-picked", -x, d)


def random_doubles(rng):
    # Uniform doubles of every size.
    for _ in range(800):
        x = rng.uniform(-1, 1) * 10 ** rng.uniform(-8, 15)
        add_double("random", x, rng.choice(PLACES))
    # Random bit patterns (any finite double; most are out of range or round to 0).
    for _ in range(200):
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(x):
            add_double("random bits", x, rng.choice(PLACES))
    # Short decimals, as a person types them, many of them midpoints at some place count.
    for _ in range(900):
        digits = rng.randint(1, 16)
        places = rng.randint(0, min(digits, 17))
        mantissa = rng.randint(0, 10 ** digits - 1)
        if rng.random() < 0.6:
            mantissa = mantissa - mantissa % 10 + 5  # ends in 5: a midpoint one place earlier
        x = float(Decimal(mantissa).scaleb(-places)) * rng.choice([1, -1])
        d = max(0, places - 1) if rng.random() < 0.7 else rng.choice(PLACES)
        add_double("short decimal", x, d)
    # Doubles next to midpoints: the neighbours of a midpoint's double.
    for _ in range(400):
        d = rng.choice(PLACES)
        k = rng.randint(0, 10 ** rng.randint(0, 8))
        x = float(Decimal(2 * k + 1).scaleb(-d) / 2)
        for y in (math.nextafter(x, -math.inf), x, math.nextafter(x, math.inf)):
            add_double("next to a midpoint", y * (1 if k % 3 else -1), d)


def main():
    rng = random.Random(20261201)
    hand_picked_ratios()
    random_ratios(rng)
    hand_picked_doubles()
    random_doubles(rng)
    data = {
        "generator": "tests/reference/make_rounding_reference.py",
        "python": platform.python_version(),
        "ratios": ratios,
        "doubles": doubles,
    }
    text = json.dumps(data, separators=(",", ":"))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))
    midpoints = sum(1 for c in ratios if c[4] != c[5]) + sum(1 for c in doubles if c[3] != c[4])
    print(f"{len(ratios)} ratio cases, {len(doubles)} double cases ({midpoints} where the rules differ), "
          f"{os.path.getsize(OUT)} bytes gzipped -> {OUT}")


if __name__ == "__main__":
    main()
