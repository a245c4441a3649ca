#!/usr/bin/python3
"""Write realistic raw page statistics to a column file that pandas and the C# side both read.

Distribution (the same as benchmarks/SocialRank.Benchmarks/Pipeline/PageGenerator.cs; numpy's generator, so the
numbers differ but not their shape):
  regions: max(14, n // 20); population log-normal, median 300,000, sigma 1.0, rounded, at least 1,000
  followers: floor(3,000 * exp(2.0 * z))            heavy-tailed whole numbers with many ties
  posts: 0 with probability 2 %, else max(1, round(30 * exp(0.8 * z)))
  likes: round(posts * followers * 0.01 * exp(z)); comments, shares, saves: round(likes * {0.04, 0.02, 0.03} * exp({0.8, 1, 1} * z))
  engaged users: round((likes + comments) * uniform(0.2, 0.6))
  followers, posts, likes, comments, shares, saves, engaged users: each missing (NaN) with probability 1 %
  population: never missing

File format: b"SRPAGES1", int64 rows, int32 columns, 16-byte NUL-padded ASCII names, then each column as float64,
little-endian.

Usage: generate.py --pages N --out FILE [--seed S]
"""
import argparse
import sys

import numpy as np

COLUMNS = ["followers", "posts", "likes", "comments", "shares", "saves", "engaged_users", "population"]
MISSING = 0.01


def generate(n, seed):
    rng = np.random.default_rng(seed)
    regions = max(14, n // 20)
    region_population = np.maximum(1000.0, np.round(300_000.0 * np.exp(rng.standard_normal(regions))))
    followers = np.floor(3000.0 * np.exp(2.0 * rng.standard_normal(n)))
    posts = np.where(rng.random(n) < 0.02, 0.0, np.maximum(1.0, np.round(30.0 * np.exp(0.8 * rng.standard_normal(n)))))
    likes = np.round(posts * followers * 0.01 * np.exp(rng.standard_normal(n)))
    comments = np.round(likes * 0.04 * np.exp(0.8 * rng.standard_normal(n)))
    shares = np.round(likes * 0.02 * np.exp(rng.standard_normal(n)))
    saves = np.round(likes * 0.03 * np.exp(rng.standard_normal(n)))
    engaged = np.round((likes + comments) * rng.uniform(0.2, 0.6, n))
    population = region_population[rng.integers(0, regions, n)]
    data = {
        "followers": followers, "posts": posts, "likes": likes, "comments": comments,
        "shares": shares, "saves": saves, "engaged_users": engaged, "population": population,
    }
    for name in COLUMNS[:-1]:
        column = data[name]
        column[rng.random(n) < MISSING] = np.nan
    return data


def write(path, data):
    n = len(data[COLUMNS[0]])
    with open(path, "wb") as f:
        f.write(b"SRPAGES1")
        f.write(np.array([n], dtype="<i8").tobytes())
        f.write(np.array([len(COLUMNS)], dtype="<i4").tobytes())
        for name in COLUMNS:
            f.write(name.encode("ascii").ljust(16, b"\0"))
        for name in COLUMNS:
            f.write(np.ascontiguousarray(data[name], dtype="<f8").tobytes())


def read(path):
    """Read a column file into a dict of float64 arrays."""
    with open(path, "rb") as f:
        if f.read(8) != b"SRPAGES1":
            raise ValueError(f"{path}: not a SocialRank page file")
        n = int(np.frombuffer(f.read(8), dtype="<i8")[0])
        k = int(np.frombuffer(f.read(4), dtype="<i4")[0])
        names = [f.read(16).rstrip(b"\0").decode("ascii") for _ in range(k)]
        if names != COLUMNS:
            raise ValueError(f"{path}: columns {names}, expected {COLUMNS}")
        return {name: np.fromfile(f, dtype="<f8", count=n) for name in names}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20200731)
    args = parser.parse_args()
    write(args.out, generate(args.pages, args.seed))
    print(f"wrote {args.pages} pages to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
