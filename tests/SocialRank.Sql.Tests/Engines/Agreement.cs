using System.Globalization;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Sql.Tests.Engines;

/// <summary>
/// Compares what an engine computed from the generated SQL with the library's own result, page by page: each group
/// rated alone by <see cref="RatingMethod{TPage}.Evaluate(IReadOnlyList{TPage})"/>, in input order.
/// </summary>
public static class Agreement
{
    /// <summary>Returns every difference (empty when the engine agrees with the library on every page).</summary>
    public static List<string> Differences(RatingMethod<PageStats> method, IReadOnlyList<PageRow> rows, IReadOnlyList<Dictionary<string, object?>> sql, string label)
    {
        var failures = new List<string>();
        var byKey = new Dictionary<(string, string), Dictionary<string, object?>>();
        foreach (Dictionary<string, object?> row in sql)
        {
            string group = row.TryGetValue("group", out object? g) ? g as string ?? "" : "";
            if (!byKey.TryAdd((group, (string)row["id"]!), row))
            {
                failures.Add($"{label}: the SQL gave page '{row["id"]}' of group '{group}' twice");
            }
        }

        if (sql.Count != rows.Count)
        {
            failures.Add($"{label}: the SQL gave {sql.Count} rows for {rows.Count} pages");
        }

        foreach (IGrouping<string, PageRow> group in rows.GroupBy(r => r.Group ?? "", StringComparer.Ordinal))
        {
            List<PageStats> pages = [.. group.OrderBy(r => r.Order).Select(r => r.Page)];
            RatingResult<PageStats> result = method.Evaluate(pages);
            string where = group.Key.Length == 0 ? label : $"{label}, group '{group.Key}'";
            foreach (ExcludedPage<PageStats> excluded in result.Excluded)
            {
                if (!byKey.TryGetValue((group.Key, excluded.Id), out Dictionary<string, object?>? row))
                {
                    failures.Add($"{where}: excluded page '{excluded.Id}' is not in the SQL's result");
                }
                else if (row["excluded"] is null || row["final_place"] is not null)
                {
                    failures.Add($"{where}: page '{excluded.Id}' is excluded ({excluded.Reason}) but the SQL rated it (place {row["final_place"]})");
                }
                else if (!string.Equals((string)row["excluded"]!, excluded.Reason, StringComparison.Ordinal))
                {
                    failures.Add($"{where}: page '{excluded.Id}' is excluded for '{excluded.Reason}' but the SQL says '{row["excluded"]}'");
                }
            }

            foreach (RatingRow<PageStats> expected in result.Rows)
            {
                string page = $"{where}, page '{expected.Id}'";
                if (!byKey.TryGetValue((group.Key, expected.Id), out Dictionary<string, object?>? row))
                {
                    failures.Add($"{page}: not in the SQL's result");
                    continue;
                }

                if (row["excluded"] is not null)
                {
                    failures.Add($"{page}: the SQL excluded it ({row["excluded"]}) but the library rated it");
                    continue;
                }

                Check(failures, page, "final place", expected.FinalPlace, row["final_place"]);
                Check(failures, page, "total", expected.Total, row["total"]);
                for (int i = 0; i < method.Indicators.Count; i++)
                {
                    var score = expected.Scores[i];
                    Check(failures, page, $"place on '{score.Indicator}'", score.Place, row[$"place_{i + 1}"]);
                    Check(failures, page, $"value of '{score.Indicator}'", score.ComparedValue, row[$"value_{i + 1}"]);
                }

                for (int j = 0; j < method.ZoneSchemes.Count; j++)
                {
                    string? zone = expected.ZoneOf(j)?.Name;
                    string? actual = row[$"zone_{j + 1}"] as string;
                    if (!string.Equals(zone, actual, StringComparison.Ordinal))
                    {
                        failures.Add($"{page}: zone of '{method.ZoneSchemes[j].Name}' expected '{zone}' but the SQL gave '{actual}'");
                    }
                }
            }
        }

        return failures;
    }

    private static void Check(List<string> failures, string page, string what, double expected, object? actual)
    {
        double value = actual is null ? double.NaN : Convert.ToDouble(actual, CultureInfo.InvariantCulture);
        bool same = value.Equals(expected) || (value == 0 && expected == 0);
        if (!same)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{page}: {what} expected {expected:R} but the SQL gave {value:R}"));
        }
    }
}
