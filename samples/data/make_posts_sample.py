"""Writes akimat-2020-07-posts.csv: an invented post export for the July 2020 sample (see README.md).

Every row is made up. For each page of akimat-2020-07.csv (which are invented too) it writes one post for about every
40 of the page's July posts, at least one, each with the page's July likes, comments, shares and saves per post times a
random factor from 0.5 to 1.5; publish times are in July 2020 on Almaty's clock (UTC+6), written as Meta Business Suite
writes them (MM/dd/yyyy HH:mm, no offset). Then three rows that a rating must not count: a post published before July
on Almaty's clock, a post of Shymkent's city page (a city, not a region: not in the pages file) and a row repeated with
the same post id. The file is UTF-8 with a byte order mark and Meta's headers. Run: python3 make_posts_sample.py
"""
import csv
import io
import random

random.seed(20200731)
with open("akimat-2020-07.csv", encoding="utf-8", newline="") as f:
    pages = list(csv.DictReader(f))

rows = []
serial = 0


def post_id(page):
    global serial
    serial += 1
    return str((17841400000000000 if page.endswith("-ig") else 100064000000000) + serial * 37)


for page in pages:
    posts = int(page["posts"])
    count = max(1, round(posts / 40))
    for i in range(count):
        if page["id"] == "atyrau-ig" and i == 0:
            day, hour, minute = 1, 0, 0  # the first minute of July in Almaty
        else:
            day, hour, minute = random.randint(1, 31), random.randint(8, 21), random.randint(0, 59)
        counts = [round(int(page[k]) / posts * random.uniform(0.5, 1.5)) for k in ("likes", "comments", "shares", "saves")]
        rows.append([post_id(page["id"]), page["id"], page["name_ru"], f"07/{day:02d}/2020 {hour:02d}:{minute:02d}", "Photos", *counts])

rows.sort(key=lambda r: (r[3][3:5], r[3][11:]))
rows.append([post_id("atyrau-ig"), "atyrau-ig", "Атырауская область — Instagram", "06/30/2020 23:40", "Photos", 180, 11, 0, 4])
rows.append([post_id("shymkent-ig"), "shymkent-ig", "Шымкент — Instagram", "07/15/2020 12:00", "Photos", 950, 40, 0, 12])
rows.append(list(rows[10]))

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["Post ID", "Page ID", "Page name", "Publish time", "Post type", "Reactions", "Comments", "Shares", "Saves"])
writer.writerows(rows)
with open("akimat-2020-07-posts.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(out.getvalue())
print(len(rows), "rows")
