#!/usr/bin/python3
"""Independent check of the bundled July 2020 akimat sample against the article's findings.

Reads regions.csv and akimat-2020-07.csv from this folder, computes the six-indicator rating of
shared/docs/METHOD.md with pandas (places: rank(method="min", ascending=False); final place: rank of
the totals, method="min", ascending=True) and checks every published finding the sample must satisfy.
Prints each check with PASS or FAIL and exits with status 1 if any check fails.

Run: /usr/bin/python3 samples/data/check_findings.py   (needs python3-pandas)
"""

import math
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
PAGE_COLUMNS = [
    "id", "name_en", "name_ru", "network", "region", "followers", "posts", "likes", "comments",
    "shares", "saves", "engaged_users", "eligible", "exclusion_reason",
]
REGION_COLUMNS = ["region_id", "name_en", "name_ru", "population"]
COUNT_COLUMNS = ["followers", "posts", "likes", "comments", "shares", "saves", "engaged_users"]
INDICATORS = [
    "followers", "followers_pct", "engaged_users", "per_post", "engaged_pct", "er",
]

results = []


def check(name, ok, detail=""):
    ok = bool(ok)
    results.append(ok)
    line = f"{'PASS' if ok else 'FAIL'}  {name}"
    if detail:
        line += f"  [{detail}]"
    print(line)


def engagement_per_post(interactions, posts):
    return interactions / posts


def engagement_rate(interactions, posts, followers):
    """ER by followers, in percent: (interactions / posts) / followers * 100."""
    return engagement_per_post(interactions, posts) / followers * 100


def load():
    regions = pd.read_csv(HERE / "regions.csv", dtype={"region_id": str}, keep_default_na=False,
                          encoding="utf-8")
    pages = pd.read_csv(HERE / "akimat-2020-07.csv", dtype={"exclusion_reason": str},
                        keep_default_na=False, encoding="utf-8")
    return regions, pages


def rate(pages, regions):
    """The rating of the eligible pages: indicator values, places, total and final place."""
    df = pages[pages["eligible"]].merge(
        regions[["region_id", "population"]], left_on="region", right_on="region_id", how="left")
    df = df.set_index("id")
    interactions = df["likes"] + df["comments"] + df["shares"] + df["saves"]
    df["interactions"] = interactions
    df["followers_pct"] = df["followers"] / df["population"] * 100
    df["per_post"] = engagement_per_post(interactions, df["posts"])
    df["engaged_pct"] = df["engaged_users"] / df["population"] * 100
    df["er"] = engagement_rate(interactions, df["posts"], df["followers"])
    for ind in INDICATORS:
        df["place_" + ind] = df[ind].rank(method="min", ascending=False).astype(int)
    df["total"] = sum(df["place_" + ind] for ind in INDICATORS)
    df["final"] = df["total"].rank(method="min", ascending=True).astype(int)
    return df.sort_values(["final", "total"])


def main():
    regions, pages = load()

    # ---- the files themselves -------------------------------------------------------------------
    print("== Files")
    check("regions.csv has the expected header", list(regions.columns) == REGION_COLUMNS,
          ",".join(regions.columns))
    check("akimat-2020-07.csv has the expected header", list(pages.columns) == PAGE_COLUMNS,
          ",".join(pages.columns))
    check("14 regions, unique ids, positive populations",
          len(regions) == 14 and regions["region_id"].is_unique and (regions["population"] > 0).all())
    check("26 pages with unique ids", len(pages) == 26 and pages["id"].is_unique, f"{len(pages)} rows")
    counts_ok = all(pd.api.types.is_integer_dtype(pages[c]) and (pages[c] >= 0).all()
                    for c in COUNT_COLUMNS)
    check("all counts are whole non-negative integers", counts_ok)
    check("eligible is true/false", pages["eligible"].dtype == bool)
    check("network is Facebook or Instagram", pages["network"].isin(["Facebook", "Instagram"]).all())
    check("every page's region is in regions.csv", pages["region"].isin(regions["region_id"]).all())
    suffix = pages["network"].map({"Facebook": "fb", "Instagram": "ig"})
    check("ids are <region>-fb / <region>-ig", (pages["id"] == pages["region"] + "-" + suffix).all())
    expected_ids = {f"{r}-{s}" for r in regions["region_id"] for s in ("fb", "ig")} - {
        "karaganda-fb", "kostanay-fb"}
    check("pages are the 14 regions x {FB, IG} minus Karaganda FB and Kostanay FB",
          set(pages["id"]) == expected_ids)
    excluded = pages[~pages["eligible"]]
    check("only East Kazakhstan FB is excluded, as a personal account",
          list(excluded["id"]) == ["east_kazakhstan-fb"]
          and list(excluded["exclusion_reason"])
          == ["Registered as a personal account, not an official page"])
    check("eligible pages have no exclusion reason",
          (pages.loc[pages["eligible"], "exclusion_reason"] == "").all())
    check("25 eligible pages", int(pages["eligible"].sum()) == 25)
    check("no page has zero posts or zero followers",
          (pages["posts"] > 0).all() and (pages["followers"] > 0).all())

    # ---- the article's worked example ---------------------------------------------------------
    print("== Worked example (10 posts, 100 likes + 20 comments, 300 followers)")
    per_post = engagement_per_post(100 + 20, 10)
    er = engagement_rate(100 + 20, 10, 300)
    check("12 interactions per post", per_post == 12, f"{per_post}")
    check("ER = 4 %", math.isclose(er, 4.0, rel_tol=0, abs_tol=1e-12), f"{er}")

    df = rate(pages, regions)
    n = len(df)
    place = lambda ind, page: int(df.loc[page, "place_" + ind])  # noqa: E731

    # ---- finding 1: followers -----------------------------------------------------------------
    print("== Finding 1: followers")
    f = df["followers"]
    top = f.sort_values(ascending=False)
    check("Aktobe IG has the most followers (place 1, untied)",
          top.index[0] == "aktobe-ig" and top.iloc[0] > top.iloc[1], f"{top.index[0]} {top.iloc[0]}")
    check("Turkestan IG is second (place 2, untied)",
          top.index[1] == "turkestan-ig" and top.iloc[1] > top.iloc[2], f"{top.iloc[1]}")
    ratio = f["turkestan-ig"] / f["aktobe-ig"]
    check("Turkestan IG is within 10 % of Aktobe IG", 0.9 <= ratio < 1, f"ratio {ratio:.3f}")
    check("Atyrau IG is third (place 3, untied)",
          top.index[2] == "atyrau-ig" and top.iloc[2] > top.iloc[3], f"{top.iloc[2]}")
    sums = df.groupby("region")["followers"].sum().drop(["aktobe", "turkestan"])
    check("every other region's FB+IG followers sum is below Turkestan IG",
          (sums < f["turkestan-ig"]).all(), f"largest {sums.idxmax()} {sums.max()}")
    under10k = int((f < 10_000).sum())
    check("exactly 11 pages have fewer than 10,000 followers", under10k == 11, f"{under10k}")
    check("Pavlodar FB is place 24 and Kostanay IG place 25, untied",
          place("followers", "pavlodar-fb") == 24 and place("followers", "kostanay-ig") == 25
          and (df["place_followers"] == 24).sum() == 1 and (df["place_followers"] == 25).sum() == 1)

    # ---- finding 2: followers % of population ----------------------------------------------
    print("== Finding 2: followers, % of population")
    pct = df["followers_pct"]
    high = set(pct[pct >= 10].index)
    check("the pages at >= 10 % are exactly the western regions' Instagram pages",
          high == {"aktobe-ig", "atyrau-ig", "west_kazakhstan-ig", "mangystau-ig"},
          ", ".join(sorted(high)))
    red = df[pct < 5]
    check("exactly 12 pages are in the red zone (< 5 %)", len(red) == 12, f"{len(red)}")
    check("the red-zone pages belong to 12 distinct regions", red["region"].nunique() == 12,
          f"{red['region'].nunique()}")

    # ---- finding 3: engaged users ---------------------------------------------------------
    print("== Finding 3: engaged users")
    e = df["engaged_users"].sort_values(ascending=False)
    check("Almaty Region IG leads (place 1, untied)",
          e.index[0] == "almaty_region-ig" and e.iloc[0] > e.iloc[1], f"{e.iloc[0]}")
    eratio = e["turkestan-ig"] / e["almaty_region-ig"]
    check("Turkestan IG is second, within 15 % of Almaty Region IG",
          e.index[1] == "turkestan-ig" and e.iloc[1] > e.iloc[2] and 0.85 <= eratio < 1,
          f"ratio {eratio:.3f}")
    under1k = int((df["engaged_users"] < 1_000).sum())
    check("exactly 8 pages have fewer than 1,000 engaged users", under1k == 8, f"{under1k}")
    bottom = {place("engaged_users", "akmola-ig"), place("engaged_users", "kostanay-ig")}
    check("Akmola IG and Kostanay IG take places 24 and 25", bottom == {24, 25},
          f"akmola {place('engaged_users', 'akmola-ig')}, "
          f"kostanay {place('engaged_users', 'kostanay-ig')}")

    # ---- finding 4: engagement per post -------------------------------------------------
    print("== Finding 4: average engagement per post")
    pp = df["per_post"]
    check("Turkestan IG has exactly 447 interactions per post",
          df.loc["turkestan-ig", "interactions"] == 447 * df.loc["turkestan-ig", "posts"],
          f"{pp['turkestan-ig']}")
    others = pp.drop("turkestan-ig")
    check("every other page is below 200 per post", (others < 200).all(),
          f"max {others.idxmax()} {others.max():.1f}")

    # ---- finding 5: engaged users % of population ---------------------------------------
    print("== Finding 5: engaged users, % of population")
    ep = df["engaged_pct"]
    check("the highest value is below 3 % and rounds to 3.0",
          ep.max() < 3 and round(ep.max(), 1) == 3.0, f"{ep.idxmax()} {ep.max():.3f} %")

    # ---- finding 6: ER ------------------------------------------------------------------
    print("== Finding 6: ER")
    check("Akmola IG and Kostanay IG place in the top 5 on ER",
          place("er", "akmola-ig") <= 5 and place("er", "kostanay-ig") <= 5,
          f"akmola {place('er', 'akmola-ig')}, kostanay {place('er', 'kostanay-ig')}")
    fewest = set(df["posts"].nsmallest(2).index)
    third = df["posts"].nsmallest(3).iloc[2]
    check("they have the two smallest post counts",
          fewest == {"akmola-ig", "kostanay-ig"}
          and df.loc[["akmola-ig", "kostanay-ig"], "posts"].max() < third,
          f"{df.loc['akmola-ig', 'posts']} and {df.loc['kostanay-ig', 'posts']}; next {third}")

    # ---- finding 7: final places --------------------------------------------------------
    print("== Finding 7: final places")
    fin = df["final"]
    check("1 Atyrau IG, 2 Turkestan IG, 3 Mangystau IG",
          fin["atyrau-ig"] == 1 and fin["turkestan-ig"] == 2 and fin["mangystau-ig"] == 3)
    check("no ties among places 1-3", (fin <= 3).sum() == 3 and df["total"][fin <= 3].is_unique)
    for b in (3, 10, 15, 20):
        check(f"no tie across the boundary {b}|{b + 1}",
              (fin <= b).sum() == b, f"{(fin <= b).sum()} pages at places <= {b}")
    bands = [(1, 3), (4, 10), (11, 15), (16, 20), (21, 25)]
    sizes = [int(((fin >= lo) & (fin <= hi)).sum()) for lo, hi in bands]
    check("zones by place bands 3,7,5,5,5 have sizes 3,7,5,5,5", sizes == [3, 7, 5, 5, 5],
          f"{sizes}")
    check("places run 1..25 in total", fin.min() == 1 and fin.max() <= n)

    # ---- plausibility of the invented figures (not findings; they keep the sample realistic) ----
    print("== Plausibility")
    allp = pages.assign(interactions=pages["likes"] + pages["comments"] + pages["shares"] + pages["saves"])
    check("every page has at most 400 posts; all but Akmola IG and Kostanay IG have at least 20",
          (allp["posts"] <= 400).all()
          and (allp.loc[~allp["id"].isin(["akmola-ig", "kostanay-ig"]), "posts"] >= 20).all())
    check("engaged users never exceed interactions (each engaged user interacted at least once)",
          (allp["engaged_users"] <= allp["interactions"]).all())
    share = allp["engaged_users"] / allp["followers"] * 100
    check("engaged users are 3-40 % of followers on every page", share.between(3, 40).all(),
          f"{share.min():.1f}..{share.max():.1f} %")
    by_net = df.groupby("network")["followers"].sum()
    check("Instagram pages hold most of the followers", by_net["Instagram"] > 3 * by_net["Facebook"],
          f"IG {by_net['Instagram']}, FB {by_net['Facebook']}")
    check("Facebook pages have no saves and Instagram pages no shares (not counted there)",
          (allp.loc[allp["network"] == "Facebook", "saves"] == 0).all()
          and (allp.loc[allp["network"] == "Instagram", "shares"] == 0).all())

    # ---- the table ----------------------------------------------------------------------
    print("== Final table (places per indicator, total, final place)")
    cols = ["place_" + i for i in INDICATORS] + ["total", "final"]
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(df[cols].rename(columns=lambda c: c.replace("place_", "")).to_string())

    failed = results.count(False)
    print(f"== {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
