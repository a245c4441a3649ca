#!/usr/bin/python3
"""Generates the exact rating reference: the article's method on pages with whole counts, in exact arithmetic.

Run with any Python 3 (only the standard library is used):

    /usr/bin/python3 tests/reference/make_exact_reference.py

It writes tests/SocialRank.Tests/Rating/Reference/ExactReference.json.gz, read by ExactReferenceTests. Everything is
computed from METHOD sections 2 and 3 with fractions.Fraction, independently of the library:

- the six indicators: followers; followers / population x 100; engaged users; interactions / posts;
  engaged users / population x 100; (interactions / posts) / followers x 100, where interactions = likes + comments +
  shares + saves. Posts = 0 makes indicators 4 and 6 missing, followers = 0 makes 6 missing, unknown engaged users
  make 3 and 5 missing;
- the place on an indicator (higher is better, min ties) is 1 + the number of pages with a strictly better value;
  a missing value is placed after every page with a value: 1 + the number of pages that have one;
- the total is the sum of the six places; the final place (min ties, lower total first) is 1 + the number of pages
  with a strictly lower total.

Three modes: "exact" compares the exact Fractions; "away" and "even" compare them as published, rounded to the
article's precisions (followers 0, followers % 2, engaged users 0, per post 1, engaged % 2, ER 2 decimal places):
round(v x 10^d) of the exact Fraction, with ties half away from zero or half to even.

The pages are random (fixed seed) and built to tie: pages whose counts are multiples of another page's (3 followers,
1 post, 1 like and 1 follower, 3 posts, 1 like have the same ER), values exactly halfway at the precision (an ER of
729 x 100 / (120 x 2,700) = 0.225 exactly), and ERs a hair off a midpoint (by 1 / (200 x posts x followers), less
than a double can tell apart from the midpoint).

Format (gzipped JSON, no timestamp): {"generator", "python", "ratings": [{"name", "pages": [[id, followers, posts,
likes, comments, shares, saves, engaged users or null, population], ...], "exact" | "away" | "even": [[place 1, ...,
place 6, total, final place], ...]}]}, rows in page order.
"""

import gzip
import json
import math
import os
import platform
import random
from fractions import Fraction

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SocialRank.Tests", "Rating", "Reference",
                   "ExactReference.json.gz")

PRECISIONS = [0, 2, 0, 1, 2, 2]
TWO53 = 2 ** 53


class Page:
    def __init__(self, followers, posts, interactions, engaged, population, rng, split=None):
        self.followers, self.posts, self.engaged, self.population = followers, posts, engaged, population
        self.likes, self.comments, self.shares, self.saves = split if split is not None else split_interactions(interactions, rng)
        assert self.likes + self.comments + self.shares + self.saves == interactions
        assert population > 0 and min(followers, posts, self.likes, self.comments, self.shares, self.saves) >= 0
        assert max(followers, posts, interactions * 100, population, posts * followers) <= TWO53
        self.id = None

    @property
    def interactions(self):
        return self.likes + self.comments + self.shares + self.saves

    def indicators(self):
        """The six values as Fractions, None where missing (METHOD section 2)."""
        f, p, i, e, pop = self.followers, self.posts, self.interactions, self.engaged, self.population
        per_post = Fraction(i, p) if p > 0 else None
        return [
            Fraction(f),
            Fraction(f * 100, pop),
            Fraction(e) if e is not None else None,
            per_post,
            Fraction(e * 100, pop) if e is not None else None,
            per_post / f * 100 if per_post is not None and f > 0 else None,
        ]

    def row(self):
        return [self.id, self.followers, self.posts, self.likes, self.comments, self.shares, self.saves, self.engaged,
                self.population]


def split_interactions(total, rng):
    """Splits a whole number of interactions into likes, comments, shares and saves (mostly likes)."""
    if total == 0:
        return 0, 0, 0, 0
    likes = total - rng.randint(0, total // 3)
    rest = total - likes
    comments = rng.randint(0, rest)
    shares = rng.randint(0, rest - comments)
    return likes, comments, shares, rest - comments - shares


def round_half(q, d, away):
    """round(q x 10^d) for a Fraction q >= 0, ties away from zero or to even (integer arithmetic only)."""
    scaled = q * 10 ** d
    assert scaled >= 0
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    twice = 2 * rest
    if twice > scaled.denominator or (twice == scaled.denominator and (away or whole % 2 == 1)):
        whole += 1
    return whole


def places_higher_better(values):
    """Min-tie places, higher first, by counting: 1 + the number of strictly better values; missing after them all."""
    present = [v for v in values if v is not None]
    return [1 + sum(1 for w in present if w > v) if v is not None else 1 + len(present) for v in values]


def rate(pages, mode, through_double=False):
    """The rows of the rating in a mode. through_double (a diagnostic only, not written): round the shortest decimal form
    of each value's nearest double instead of the exact value, as an implementation that divides first would."""
    columns = list(zip(*[p.indicators() for p in pages]))
    places = []
    for k, column in enumerate(columns):
        if through_double:
            column = [Fraction(repr(float(v))) if v is not None else None for v in column]
        if mode != "exact":
            column = [round_half(v, PRECISIONS[k], mode == "away") if v is not None else None for v in column]
        places.append(places_higher_better(column))
    totals = [sum(p[i] for p in places) for i in range(len(pages))]
    finals = [1 + sum(1 for t in totals if t < total) for total in totals]
    return [[places[k][i] for k in range(6)] + [totals[i], finals[i]] for i in range(len(pages))]


def check_doubles_tell_apart(pages):
    """Distinct exact values must be distinct doubles (their nearest), or an exact comparison in doubles could not
    reproduce the reference; also reports how many true ties a naive left-to-right double formula would break."""
    broken = 0
    for k in range(6):
        by_double = {}
        for p in pages:
            v = p.indicators()[k]
            if v is not None:
                by_double.setdefault(float(v), set()).add(v)
        assert all(len(s) == 1 for s in by_double.values()), f"indicator {k + 1}: distinct values share a double"
    broken = 0
    for formula in (lambda i, posts, f: i / posts * 100.0 / f, lambda i, posts, f: i / posts / f * 100.0):
        groups = {}
        for p in pages:
            if p.posts > 0 and p.followers > 0:
                groups.setdefault(p.indicators()[5], []).append(
                    formula(float(p.interactions), float(p.posts), float(p.followers)))
        broken += sum(1 for g in groups.values() if len(g) > 1 and len(set(g)) > 1)
    return broken


def hair_off_midpoint(pages):
    """ERs whose nearest double's shortest decimal form is a midpoint at 2 places though the true value is not."""
    count = 0
    for p in pages:
        v = p.indicators()[5]
        if v is not None and v * 200 != math.floor(v * 200) and (v * 200).denominator != 1:
            text = repr(float(v))
            digits = text.split(".")[1] if "." in text and "e" not in text else ""
            if len(digits) == 3 and digits.endswith("5") and Fraction(text) != v:
                count += 1
    return count


def proportional(base, rng, populations):
    """Pages with the same true ratios as base: counts multiplied so that one or more indicators tie exactly."""
    f, p, i, e, pop = base
    out = []
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    # Same ER: followers x a, posts x b, interactions x a x b.
    out.append((f * a, p * b, i * a * b, e, pop))
    # Followers and posts swapped: same ER (the reproducer's pattern).
    out.append((p, f, i, e, pop))
    # Same per post and ER: posts and interactions x a.
    out.append((f, p * a, i * a, e, pop))
    # Same followers % and engaged %: followers, engaged users and population x a (population from the list when it fits).
    k = a
    out.append((f * k, p, i, e * k if e is not None else None, pop * k))
    return out


def reproducer(rng):
    """The issue's reproducer, small enough to check by hand (ER: A and B share place 1)."""
    pages = [
        Page(3, 1, 1, 10, 1000, rng, (1, 0, 0, 0)),  # A: ER 1 x 100 / (1 x 3) = 100/3
        Page(1, 3, 1, 10, 1000, rng, (1, 0, 0, 0)),  # B: ER 1 x 100 / (3 x 1) = 100/3
        Page(10, 1, 2, 20, 1000, rng, (1, 1, 0, 0)),  # C: ER 20
        Page(0, 4, 5, None, 1000, rng, (5, 0, 0, 0)),  # D: followers 0, ER missing; per post 1.25 (a midpoint at 1 place)
        Page(2700, 120, 729, 5, 2000, rng, (700, 20, 9, 0)),  # E: ER exactly 0.225; per post 6.075
        Page(7, 0, 0, 0, 1000, rng, (0, 0, 0, 0)),  # F: posts 0, per post and ER missing
        Page(5, 10, 12, 3, 1000, rng, (10, 2, 0, 0)),  # G: per post 1.2 (ties with D half to even), ER 24
    ]
    return pages


def random_realistic(rng, n, populations):
    pages = []
    bases = []
    while len(pages) < n:
        f = int(math.exp(rng.gauss(8, 2.2))) if rng.random() > 0.04 else 0
        p = rng.choice([0, 1, 2, 3, 4, 5, 8, 10, 12, 15, 20, 30, 31, 45, 60, 90, 120]) if rng.random() > 0.05 else 0
        i = int(math.exp(rng.gauss(6, 2.5))) if rng.random() > 0.05 else 0
        e = int(math.exp(rng.gauss(6.5, 2))) if rng.random() > 0.08 else None
        pop = rng.choice(populations)
        base = (f, p, i, e, pop)
        bases.append(base)
        pages.append(Page(*base, rng))
        if rng.random() < 0.35:
            for variant in proportional(base, rng, populations)[:rng.randint(1, 4)]:
                pages.append(Page(*variant, rng))
    return pages[:n]


def small_counts(rng, n):
    """Tiny counts: massive ties, many zeros and missing values."""
    pages = []
    while len(pages) < n:
        f, p, i = rng.randint(0, 6), rng.randint(0, 4), rng.randint(0, 6)
        e = rng.randint(0, 5) if rng.random() > 0.15 else None
        pop = rng.choice([100, 200, 300, 400, 1000])
        pages.append(Page(f, p, i, e, pop, rng))
    return pages


def midpoints(rng, n):
    """Values exactly halfway at the published precision on several indicators, next to values exactly on it."""
    pages = []
    while len(pages) < n:
        kind = rng.random()
        if kind < 0.45:
            # ER = (2k + 1) / 200 exactly: interactions x 20000 = (2k + 1) x posts x followers.
            odd = 2 * rng.randint(0, 80) + 1
            p = rng.choice([1, 3, 4, 10, 12, 20, 25, 31, 40, 100, 120])
            g = math.gcd(odd * p, 20000)
            f = 20000 // g * rng.randint(1, 30)
            i = odd * p * f // 20000
        elif kind < 0.65:
            # ER exactly on the grid: j / 100 %.
            j = rng.randint(0, 160)
            p = rng.choice([1, 2, 4, 5, 10, 20, 50])
            f = 10000 // math.gcd(j * p, 10000) * rng.randint(1, 20) if j else rng.randint(1, 5000)
            i = j * p * f // 10000
        else:
            f = rng.randint(1, 5000)
            p = rng.choice([1, 2, 4, 8, 20, 40])
            i = rng.randint(0, 400)
        if rng.random() < 0.5:
            # Per post (2k + 1) / 20 exactly: a midpoint at 1 place (5 / 4 = 1.25), keeping the ER's ratio when possible.
            odd = 2 * rng.randint(0, 100) + 1
            scale = 20 // math.gcd(odd, 20)
            p2 = scale * rng.randint(1, 6)
            i2 = odd * p2 // 20
            if rng.random() < 0.5 or i == 0:
                p, i = p2, i2
        # Followers and engaged users as % of population: (2k + 1) / 200 with a population of 20000 x m.
        pop = 20000 * rng.choice([25, 40, 50, 64, 100])
        if rng.random() < 0.5:
            f = (2 * rng.randint(0, 300) + 1) * pop // 20000
        e = (2 * rng.randint(0, 300) + 1) * pop // 20000 if rng.random() < 0.6 else rng.randint(0, 20000)
        if rng.random() < 0.07:
            e = None
        pages.append(Page(f, p, i, e, pop, rng))
        if rng.random() < 0.2:
            base = (f, p, i, e, pop)
            for variant in proportional(base, rng, [pop])[:rng.randint(1, 3)]:
                pages.append(Page(*variant, rng))
    return pages[:n]


def large_counts(rng, n):
    """Big pages, and ERs a hair off a midpoint: interactions x 20000 - (2k + 1) x posts x followers = +-1."""
    pages = []
    used = set()
    while len(pages) < n:
        pop = rng.choice([650_000, 1_385_000, 2_030_000, 19_000_000, 146_000_000, 1_400_000_000])
        e = rng.randint(0, 10 ** 7) if rng.random() > 0.1 else None
        if rng.random() < 0.35:
            # posts x followers coprime to 10, about 10^12 to 10^14; (2k + 1) = -+(posts x followers)^-1 mod 20000.
            while True:
                p = rng.randint(100, 20000)
                f = rng.randint(10 ** 8, 5 * 10 ** 9)
                if math.gcd(p * f, 10) == 1 and p * f <= TWO53:
                    break
            sign = rng.choice([-1, 1])
            odd = (-sign * pow(p * f, -1, 20000)) % 20000
            if odd % 2 == 0 or odd in used:
                continue
            i, rest = divmod(odd * p * f + sign, 20000)
            assert rest == 0
            if i * 100 > TWO53:
                continue
            used.add(odd)
            assert Fraction(i * 100, p * f) - Fraction(odd, 200) == Fraction(sign, 200 * p * f)
            pages.append(Page(f, p, i, e, pop, rng))
            # Pages exactly on the two values it may round to, k / 100 % and (k + 1) / 100 %, so that the direction it
            # rounds in decides its place (it ties with one of them).
            k = (odd - 1) // 2
            for j in (k, k + 1):
                posts, thousands = rng.randint(1, 50), rng.randint(1, 500)
                pages.append(Page(10000 * thousands, posts, j * posts * thousands, rng.randint(0, 10 ** 6), pop, rng))
        else:
            f = int(math.exp(rng.gauss(13, 3))) % (3 * 10 ** 9)
            p = rng.randint(0, 5000)
            i = min(int(math.exp(rng.gauss(11, 3))), TWO53 // 100)
            pages.append(Page(f, p, i, e, pop, rng))
            if rng.random() < 0.3:
                for variant in proportional((f, p, i, e, pop), rng, [pop])[:2]:
                    vf, vp, vi, ve, vpop = variant
                    if max(vf * vp, vi * 100, vpop) <= TWO53:
                        pages.append(Page(*variant, rng))
    return pages[:n]


def zeros_and_missing(rng, n, populations):
    pages = []
    while len(pages) < n:
        f = rng.choice([0, 0, 1, 2, 10, 100, 1000, rng.randint(0, 10 ** 5)])
        p = rng.choice([0, 0, 0, 1, 2, 3, 10, rng.randint(0, 60)])
        i = rng.choice([0, 0, 1, 3, 30, rng.randint(0, 10 ** 4)])
        e = rng.choice([None, None, 0, 1, 50, rng.randint(0, 10 ** 4)])
        pages.append(Page(f, p, i, e, rng.choice(populations), rng))
        if rng.random() < 0.3:
            for variant in proportional((f, p, i, e, pages[-1].population), rng, populations)[:2]:
                pages.append(Page(*variant, rng))
    return pages[:n]


def main():
    rng = random.Random(20261203)
    populations = [650_000, 738_000, 896_000, 1_100_000, 1_385_000, 2_030_000]
    ratings = [
        ("reproducer", reproducer(rng)),
        ("realistic", random_realistic(rng, 480, populations)),
        ("small counts", small_counts(rng, 320)),
        ("midpoints", midpoints(rng, 500)),
        ("large counts", large_counts(rng, 400)),
        ("zeros and missing", zeros_and_missing(rng, 360, populations)),
        ("realistic, many proportional", random_realistic(random.Random(7), 450, populations[:2])),
    ]
    out = []
    for r, (name, pages) in enumerate(ratings):
        rng.shuffle(pages) if name != "reproducer" else None
        for i, page in enumerate(pages):
            page.id = f"r{r}-{i:03d}"
        broken = check_doubles_tell_apart(pages)
        entry = {"name": name, "pages": [p.row() for p in pages]}
        for mode in ("exact", "away", "even"):
            entry[mode] = rate(pages, mode)
        differ = sum(1 for a, b in zip(entry["away"], entry["even"]) if a != b)
        via_double = sum(1 for mode in ("away", "even") for a, b in zip(entry[mode], rate(pages, mode, True)) if a != b)
        print(f"{name}: {len(pages)} pages; {differ} placed differently half away from zero and half to even; "
              f"{broken} true ER ties broken by left-to-right double formulas (two orders); {hair_off_midpoint(pages)} ERs off a "
              f"midpoint whose double reads as the midpoint; {via_double} rows (both rules) that rounding the quotient's "
              f"double would get wrong")
        out.append(entry)
    rep = out[0]
    # The reproducer, checked by hand. ER: A and B (rows 0 and 1, both 100/3) share place 1, exactly and as published;
    # G (24) is 3rd, C (20) 4th, E (0.225) 5th; D (followers 0) and F (posts 0) are missing: both 1 + 5 = 6.
    for mode in ("exact", "away", "even"):
        assert [row[5] for row in rep[mode]] == [1, 1, 4, 6, 5, 6, 3], (mode, rep[mode])
    # Per post: E 6.075, C 2, D 5/4, G 1.2, A 1, B 1/3, F missing; D's 1.25 is 1.3 half away from zero (still above
    # G) and 1.2 half to even (tied with G).
    assert [row[3] for row in rep["exact"]] == [5, 6, 2, 3, 1, 7, 4]
    assert [row[3] for row in rep["away"]] == [5, 6, 2, 3, 1, 7, 4]
    assert [row[3] for row in rep["even"]] == [5, 6, 2, 3, 1, 7, 3]
    data = {"generator": "tests/reference/make_exact_reference.py", "python": platform.python_version(), "ratings": out}
    text = json.dumps(data, separators=(",", ":"))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))
    print(f"{sum(len(r['pages']) for r in out)} pages in {len(out)} ratings, {os.path.getsize(OUT)} bytes gzipped -> {OUT}")


if __name__ == "__main__":
    main()
