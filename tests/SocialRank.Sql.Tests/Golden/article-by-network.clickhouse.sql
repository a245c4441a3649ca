-- SocialRank rating as one SQL query (clickhouse). Columns:
--   value_1, place_1: followers
--   value_2, place_2: followers, % of population
--   value_3, place_3: engaged users
--   value_4, place_4: average engagement per post
--   value_5, place_5: engaged users, % of population
--   value_6, place_6: ER
--   zone_1: final table
--   zone_2: followers, % of population
WITH
sr_src AS (
  SELECT "id" AS sr_id,
    "input_order" AS sr_ord,
    "network" AS sr_grp,
    CAST("exclusion_reason" AS Nullable(String)) AS sr_excl,
    CASE WHEN isNaN(CAST("followers" AS Nullable(Float64))) THEN NULL ELSE CAST("followers" AS Nullable(Int128)) END AS f_followers,
    CASE WHEN isNaN(CAST("posts" AS Nullable(Float64))) THEN NULL ELSE CAST("posts" AS Nullable(Int128)) END AS f_posts,
    CASE WHEN isNaN(CAST("likes" AS Nullable(Float64))) THEN NULL ELSE CAST("likes" AS Nullable(Int128)) END AS f_likes,
    CASE WHEN isNaN(CAST("comments" AS Nullable(Float64))) THEN NULL ELSE CAST("comments" AS Nullable(Int128)) END AS f_comments,
    CASE WHEN isNaN(CAST("shares" AS Nullable(Float64))) THEN NULL ELSE CAST("shares" AS Nullable(Int128)) END AS f_shares,
    CASE WHEN isNaN(CAST("saves" AS Nullable(Float64))) THEN NULL ELSE CAST("saves" AS Nullable(Int128)) END AS f_saves,
    CASE WHEN isNaN(CAST("engaged_users" AS Nullable(Float64))) THEN NULL ELSE CAST("engaged_users" AS Nullable(Int128)) END AS f_engaged_users,
    CASE WHEN isNaN(CAST("population" AS Nullable(Float64))) THEN NULL ELSE CAST("population" AS Nullable(Int128)) END AS f_population
  FROM "pages"
),
sr_form AS (
  SELECT *,
    f_followers AS n_1,
    CAST(1 AS Nullable(Int128)) AS d_1,
    (CAST(100 AS Nullable(Int128)) * f_followers) AS n_2,
    f_population AS d_2,
    f_population AS g_2_0,
    f_engaged_users AS n_3,
    CAST(1 AS Nullable(Int128)) AS d_3,
    (f_likes + f_comments + f_shares + f_saves) AS n_4,
    f_posts AS d_4,
    f_posts AS g_4_0,
    (CAST(100 AS Nullable(Int128)) * f_engaged_users) AS n_5,
    f_population AS d_5,
    f_population AS g_5_0,
    (CAST(100 AS Nullable(Int128)) * (f_likes + f_comments + f_shares + f_saves)) AS n_6,
    (f_posts * f_followers) AS d_6,
    f_posts AS g_6_0,
    f_followers AS g_6_1
  FROM sr_src
),
sr_norm AS (
  SELECT *,
    CASE WHEN n_1 IS NULL OR d_1 IS NULL OR d_1 = 0 THEN NULL WHEN d_1 < 0 THEN -n_1 ELSE n_1 END AS a_1,
    CASE WHEN n_1 IS NULL OR d_1 IS NULL OR d_1 = 0 THEN NULL ELSE abs(d_1) END AS b_1,
    CASE WHEN n_2 IS NULL OR d_2 IS NULL OR d_2 = 0 OR g_2_0 IS NULL OR g_2_0 = 0 THEN NULL WHEN d_2 < 0 THEN -n_2 ELSE n_2 END * CAST(100 AS Nullable(Int128)) AS a_2,
    CASE WHEN n_2 IS NULL OR d_2 IS NULL OR d_2 = 0 OR g_2_0 IS NULL OR g_2_0 = 0 THEN NULL ELSE abs(d_2) END AS b_2,
    CASE WHEN n_3 IS NULL OR d_3 IS NULL OR d_3 = 0 THEN NULL WHEN d_3 < 0 THEN -n_3 ELSE n_3 END AS a_3,
    CASE WHEN n_3 IS NULL OR d_3 IS NULL OR d_3 = 0 THEN NULL ELSE abs(d_3) END AS b_3,
    CASE WHEN n_4 IS NULL OR d_4 IS NULL OR d_4 = 0 OR g_4_0 IS NULL OR g_4_0 = 0 THEN NULL WHEN d_4 < 0 THEN -n_4 ELSE n_4 END * CAST(10 AS Nullable(Int128)) AS a_4,
    CASE WHEN n_4 IS NULL OR d_4 IS NULL OR d_4 = 0 OR g_4_0 IS NULL OR g_4_0 = 0 THEN NULL ELSE abs(d_4) END AS b_4,
    CASE WHEN n_5 IS NULL OR d_5 IS NULL OR d_5 = 0 OR g_5_0 IS NULL OR g_5_0 = 0 THEN NULL WHEN d_5 < 0 THEN -n_5 ELSE n_5 END * CAST(100 AS Nullable(Int128)) AS a_5,
    CASE WHEN n_5 IS NULL OR d_5 IS NULL OR d_5 = 0 OR g_5_0 IS NULL OR g_5_0 = 0 THEN NULL ELSE abs(d_5) END AS b_5,
    CASE WHEN n_6 IS NULL OR d_6 IS NULL OR d_6 = 0 OR g_6_0 IS NULL OR g_6_0 = 0 OR g_6_1 IS NULL OR g_6_1 = 0 THEN NULL WHEN d_6 < 0 THEN -n_6 ELSE n_6 END * CAST(100 AS Nullable(Int128)) AS a_6,
    CASE WHEN n_6 IS NULL OR d_6 IS NULL OR d_6 = 0 OR g_6_0 IS NULL OR g_6_0 = 0 OR g_6_1 IS NULL OR g_6_1 = 0 THEN NULL ELSE abs(d_6) END AS b_6
  FROM sr_form
),
sr_rem AS (
  SELECT *,
    modulo(modulo(a_1, b_1) + b_1, b_1) AS r_1,
    modulo(modulo(a_2, b_2) + b_2, b_2) AS r_2,
    modulo(modulo(a_3, b_3) + b_3, b_3) AS r_3,
    modulo(modulo(a_4, b_4) + b_4, b_4) AS r_4,
    modulo(modulo(a_5, b_5) + b_5, b_5) AS r_5,
    modulo(modulo(a_6, b_6) + b_6, b_6) AS r_6
  FROM sr_norm
),
sr_keys AS (
  SELECT *,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_1 > b_1 OR (CAST(2 AS Nullable(Int128)) * r_1 = b_1 AND intDiv((a_1 - r_1), b_1) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_1 - r_1), b_1) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_1 - r_1), b_1) END AS k_1,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_2 > b_2 OR (CAST(2 AS Nullable(Int128)) * r_2 = b_2 AND intDiv((a_2 - r_2), b_2) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_2 - r_2), b_2) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_2 - r_2), b_2) END AS k_2,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_3 > b_3 OR (CAST(2 AS Nullable(Int128)) * r_3 = b_3 AND intDiv((a_3 - r_3), b_3) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_3 - r_3), b_3) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_3 - r_3), b_3) END AS k_3,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_4 > b_4 OR (CAST(2 AS Nullable(Int128)) * r_4 = b_4 AND intDiv((a_4 - r_4), b_4) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_4 - r_4), b_4) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_4 - r_4), b_4) END AS k_4,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_5 > b_5 OR (CAST(2 AS Nullable(Int128)) * r_5 = b_5 AND intDiv((a_5 - r_5), b_5) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_5 - r_5), b_5) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_5 - r_5), b_5) END AS k_5,
    CASE WHEN CAST(2 AS Nullable(Int128)) * r_6 > b_6 OR (CAST(2 AS Nullable(Int128)) * r_6 = b_6 AND intDiv((a_6 - r_6), b_6) >= CAST(0 AS Nullable(Int128))) THEN intDiv((a_6 - r_6), b_6) + CAST(1 AS Nullable(Int128)) ELSE intDiv((a_6 - r_6), b_6) END AS k_6
  FROM sr_rem
),
sr_value AS (
  SELECT *,
    CAST(k_1 AS Nullable(Float64)) / CAST(1 AS Nullable(Float64)) AS value_1,
    CAST(k_2 AS Nullable(Float64)) / CAST(100 AS Nullable(Float64)) AS value_2,
    CAST(k_3 AS Nullable(Float64)) / CAST(1 AS Nullable(Float64)) AS value_3,
    CAST(k_4 AS Nullable(Float64)) / CAST(10 AS Nullable(Float64)) AS value_4,
    CAST(k_5 AS Nullable(Float64)) / CAST(100 AS Nullable(Float64)) AS value_5,
    CAST(k_6 AS Nullable(Float64)) / CAST(100 AS Nullable(Float64)) AS value_6
  FROM sr_keys
),
sr_rated AS (
  SELECT *,
    CASE WHEN sr_excl IS NOT NULL THEN 0 ELSE 1 END AS sr_ok,
    sr_excl AS sr_reason
  FROM sr_value
),
sr_places AS (
  SELECT *,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_1 IS NULL THEN 1 ELSE 0 END ASC, k_1 DESC) AS Nullable(Float64)) AS p_1,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_2 IS NULL THEN 1 ELSE 0 END ASC, k_2 DESC) AS Nullable(Float64)) AS p_2,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_3 IS NULL THEN 1 ELSE 0 END ASC, k_3 DESC) AS Nullable(Float64)) AS p_3,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_4 IS NULL THEN 1 ELSE 0 END ASC, k_4 DESC) AS Nullable(Float64)) AS p_4,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_5 IS NULL THEN 1 ELSE 0 END ASC, k_5 DESC) AS Nullable(Float64)) AS p_5,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY CASE WHEN b_6 IS NULL THEN 1 ELSE 0 END ASC, k_6 DESC) AS Nullable(Float64)) AS p_6
  FROM sr_rated
),
sr_totals AS (
  SELECT *,
    CAST(1 AS Nullable(Float64)) * p_1 + CAST(1 AS Nullable(Float64)) * p_2 + CAST(1 AS Nullable(Float64)) * p_3 + CAST(1 AS Nullable(Float64)) * p_4 + CAST(1 AS Nullable(Float64)) * p_5 + CAST(1 AS Nullable(Float64)) * p_6 AS sr_total
  FROM sr_places
),
sr_final AS (
  SELECT *,
    CAST(RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY sr_total ASC, p_3 ASC) AS Nullable(Float64)) AS sr_place
  FROM sr_totals
),
sr_pos AS (
  SELECT *,
    RANK() OVER (PARTITION BY sr_grp, sr_ok ORDER BY sr_place ASC) AS sr_pos
  FROM sr_final
)
SELECT
  sr_id AS id,
  sr_grp AS "group",
  sr_reason AS excluded,
  CASE WHEN sr_ok = 1 THEN sr_place END AS final_place,
  CASE WHEN sr_ok = 1 THEN sr_total END AS total,
  value_1,
  CASE WHEN sr_ok = 1 THEN p_1 END AS place_1,
  value_2,
  CASE WHEN sr_ok = 1 THEN p_2 END AS place_2,
  value_3,
  CASE WHEN sr_ok = 1 THEN p_3 END AS place_3,
  value_4,
  CASE WHEN sr_ok = 1 THEN p_4 END AS place_4,
  value_5,
  CASE WHEN sr_ok = 1 THEN p_5 END AS place_5,
  value_6,
  CASE WHEN sr_ok = 1 THEN p_6 END AS place_6,
  CASE WHEN sr_ok = 1 THEN CASE WHEN sr_pos <= 3 THEN 'Leaders' WHEN sr_pos <= 10 THEN 'White zone' WHEN sr_pos <= 15 THEN 'Yellow zone' WHEN sr_pos <= 20 THEN 'Orange zone' WHEN sr_pos <= 25 THEN 'Red zone' END END AS zone_1,
  CASE WHEN sr_ok = 1 THEN CASE WHEN b_2 IS NULL THEN NULL WHEN k_2 * CAST(1 AS Nullable(Int128)) < CAST(500 AS Nullable(Int128)) THEN 'Red zone' WHEN k_2 * CAST(1 AS Nullable(Int128)) >= CAST(500 AS Nullable(Int128)) AND k_2 * CAST(1 AS Nullable(Int128)) < CAST(1000 AS Nullable(Int128)) THEN 'White zone' WHEN k_2 * CAST(1 AS Nullable(Int128)) >= CAST(1000 AS Nullable(Int128)) THEN 'Green zone' END END AS zone_2
FROM sr_pos
ORDER BY CASE WHEN sr_grp IS NULL THEN 1 ELSE 0 END, sr_grp, sr_ok DESC, sr_place ASC, sr_ord ASC
