#!/usr/bin/env node
// The article's rating pipeline in Polars (nodejs-polars 0.25.2), written from docs/METHOD.md sections 2 and 3, for
// benchmarks/results/tools/run.sh. Reads the column file every side reads (b"SRPAGES1", int64 rows, int32 columns,
// 16-byte NUL-padded names, then each column as float64, NaN = missing; written by `tools-file`), loads it into a
// DataFrame of whole counts (Int64, null = missing) before timing, then times whole ratings.
//
//   interactions = likes + comments + shares + saves (null when any is missing)
//   indicators   = followers; followers * 100 / population; engaged users; interactions / posts;
//                  engaged users * 100 / population; interactions * 100 / (posts * followers)
//                  (a ratio with a denominator of 0 or missing is missing)
//   --compare exact (default): each ratio's numerator and denominator formed exactly as whole numbers and divided once
//                  in Float64 (the correctly rounded true ratio), compared as they are;
//   --compare as-published: each value's true decimal value rounded to its precision (0, 2, 0, 1, 2, 2) half away
//                  from zero, in Int64 arithmetic: for a ratio a / b >= 0 at d places, floor((2 a 10^d + b) / (2 b)),
//                  compared as a whole number (Polars' round works on the binary double, which is not METHOD's rule);
//                  Int64 arithmetic wraps silently on overflow: the generated counts stay far below it (1,000,000 pages:
//                  at most 5.1e7 interactions, so 2 a 10^d <= 1.1e12 against 9.2e18)
//   places       = rank("min", descending) per indicator; missing values tie after all others: count of values + 1
//   totals       = sum of the six places; final = rank("min") of the totals, lowest first
//   zones        = bands of 3, 7, 5, 5, 5 final places, then 6
//
// Usage: node --expose-gc pipeline.js --data FILE --json OUT.json --places OUT.bin [--compare exact|as-published]
//        [--min-seconds 3] [--min-runs 5]
// Writes a JSON summary (best and median seconds) and the final places (int64 per page, input order).
"use strict";
const fs = require("fs");
const os = require("os");
const pl = require("nodejs-polars");

const COLUMNS = ["followers", "posts", "likes", "comments", "shares", "saves", "engaged_users", "population"];

function args() {
  const a = { compare: "exact", "min-seconds": "3", "min-runs": "5" };
  for (let i = 2; i < process.argv.length; i += 2) {
    if (!process.argv[i].startsWith("--") || i + 1 >= process.argv.length) throw new Error(`bad argument ${process.argv[i]}`);
    a[process.argv[i].slice(2)] = process.argv[i + 1];
  }
  for (const r of ["data", "json", "places"]) if (!a[r]) throw new Error(`--${r} is required`);
  if (a.compare !== "exact" && a.compare !== "as-published") throw new Error("--compare exact|as-published");
  return a;
}

function read(path) {
  const buf = fs.readFileSync(path);
  if (buf.toString("ascii", 0, 8) !== "SRPAGES1") throw new Error(`${path}: not a SocialRank page file`);
  const n = Number(buf.readBigInt64LE(8));
  const k = buf.readInt32LE(16);
  const names = [];
  for (let c = 0; c < k; c++) names.push(buf.toString("ascii", 20 + 16 * c, 36 + 16 * c).replace(/\0+$/, ""));
  if (names.join() !== COLUMNS.join()) throw new Error(`${path}: columns ${names}, expected ${COLUMNS}`);
  let offset = 20 + 16 * k;
  const series = [];
  for (const name of names) {
    const values = new Float64Array(n);
    Buffer.from(values.buffer).set(buf.subarray(offset, offset + 8 * n));
    offset += 8 * n;
    series.push(pl.Series(name, values));
  }
  // Loading (not timed): NaN is missing (null), counts are whole numbers.
  return pl.DataFrame(series).select(...names.map((c) => pl.col(c).fillNan(null).cast(pl.Int64).alias(c)));
}

const col = pl.col;

// An Int64 literal (a plain JS number becomes a Float64 literal, which would turn Int64 arithmetic into Float64).
function int(value) {
  return pl.lit(value).cast(pl.Int64);
}

// a / b as Float64, missing when b is 0 (or missing).
function ratio(a, b) {
  return pl.when(b.eq(0)).then(pl.lit(null)).otherwise(a.cast(pl.Float64).div(b.cast(pl.Float64)));
}

// a / b >= 0 rounded to d places half up, as the whole number of 10^-d units; missing when b is 0 (or missing).
// Int64 division in Polars is floor division (and null on division by 0).
function rounded(a, b, d) {
  const twiceScale = int(2 * 10 ** d);
  return pl.when(b.eq(0)).then(pl.lit(null)).otherwise(a.mul(twiceScale).add(b).div(b.mul(int(2))));
}

function pipeline(df, asPublished) {
  const interactions = col("likes").add(col("comments")).add(col("shares")).add(col("saves"));
  const hundredFollowers = col("followers").mul(int(100));
  const hundredEngaged = col("engaged_users").mul(int(100));
  const postsTimesFollowers = col("posts").mul(col("followers"));
  const values = asPublished
    ? [
        col("followers"),
        rounded(hundredFollowers, col("population"), 2),
        col("engaged_users"),
        rounded(interactions, col("posts"), 1),
        rounded(hundredEngaged, col("population"), 2),
        rounded(interactions.mul(int(100)), postsTimesFollowers, 2),
      ]
    : [
        col("followers").cast(pl.Float64),
        ratio(hundredFollowers, col("population")),
        col("engaged_users").cast(pl.Float64),
        ratio(interactions, col("posts")),
        ratio(hundredEngaged, col("population")),
        ratio(interactions.mul(int(100)), postsTimesFollowers),
      ];
  const v = values.map((e, j) => e.alias(`v${j + 1}`));
  const places = v.map((_, j) => {
    const c = col(`v${j + 1}`);
    return c.rank("min", true).cast(pl.Int64).fillNull(c.count().cast(pl.Int64).add(1)).alias(`p${j + 1}`);
  });
  const final = col("total").rank("min").cast(pl.Int64);
  return df
    .lazy()
    .select(...v)
    .select(...places)
    .select(pl.sumHorizontal(places.map((_, j) => col(`p${j + 1}`))).alias("total"))
    .select(final.alias("final"))
    .withColumn(
      pl.when(col("final").ltEq(3)).then(pl.lit(1))
        .when(col("final").ltEq(10)).then(pl.lit(2))
        .when(col("final").ltEq(15)).then(pl.lit(3))
        .when(col("final").ltEq(20)).then(pl.lit(4))
        .when(col("final").ltEq(25)).then(pl.lit(5))
        .otherwise(pl.lit(6)).alias("zone"),
    )
    .collectSync();
}

function gc() {
  if (global.gc) global.gc();
}

function median(sorted) {
  return sorted[Math.floor(sorted.length / 2)];
}

function main() {
  const a = args();
  const asPublished = a.compare === "as-published";
  const df = read(a.data);
  const n = df.height;
  let result = pipeline(df, asPublished); // warm-up, not timed
  const warm = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - warm) / 1e9 < 1) pipeline(df, asPublished);
  const times = [];
  const started = process.hrtime.bigint();
  const minSeconds = Number(a["min-seconds"]);
  const minRuns = Number(a["min-runs"]);
  while (times.length < minRuns || Number(process.hrtime.bigint() - started) / 1e9 < minSeconds) {
    result = null;
    gc();
    const t0 = process.hrtime.bigint();
    result = pipeline(df, asPublished);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const finals = result.getColumn("final").toTypedArray();
  const out = Buffer.alloc(8 * n);
  for (let i = 0; i < n; i++) out.writeBigInt64LE(BigInt(finals[i]), 8 * i);
  fs.writeFileSync(a.places, out);
  times.sort((x, y) => x - y);
  const summary = {
    side: "polars",
    version: `nodejs-polars ${pl.version ?? require("nodejs-polars/package.json").version}, node ${process.version}`,
    pages: n,
    compare: a.compare,
    runs: times.length,
    best_seconds: times[0],
    median_seconds: median(times),
    cpus: os.cpus().length,
    data: fs.realpathSync(a.data),
  };
  fs.writeFileSync(a.json, JSON.stringify(summary, null, 2));
  console.log(`polars ${a.compare}: ${n} pages, best of ${times.length} runs ${(times[0] * 1e3).toFixed(3)} ms, median ${(median(times) * 1e3).toFixed(3)} ms`);
}

main();
