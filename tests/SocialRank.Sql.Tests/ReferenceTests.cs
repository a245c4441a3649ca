using System.Data.Common;
using System.Globalization;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Sql.Tests.Engines;
using SocialRank.Tests.Rating.Reference;

namespace SocialRank.Sql.Tests;

/// <summary>
/// The exact rating reference written with Python's fractions (tests/reference/make_exact_reference.py; 7 ratings, 2,517
/// pages: reproducers, midpoints, large counts, zeros and missing values), rated by the engines from the generated SQL and
/// compared with the reference's places, totals and final places directly: neither side is the library.
/// </summary>
internal static class Reference
{
    public static string[] Modes { get; } = [ExactReference.Exact, ExactReference.Away, ExactReference.Even];

    public static RatingMethod<PageStats> Method(string mode) => mode switch
    {
        ExactReference.Exact => RatingMethod.ArticleBuilder(InteractionKinds.All).WithExactComparison().Build(),
        ExactReference.Away => RatingMethod.Article(),
        _ => RatingMethod.ArticleBuilder(InteractionKinds.All).WithMidpointRounding(MidpointRounding.ToEven).Build(),
    };

    public static List<string> Differences(DbConnection connection, SqlDialect dialect, string name, string mode)
    {
        ExactRating rating = ExactReference.Get(name);
        List<PageRow> rows = [.. rating.Pages.Select((page, i) => new PageRow(page, null, i))];
        SqlEngine.Load(connection, dialect, "reference_pages", rows);
        string sql = SqlRating.ToSql(Method(mode), dialect, new SqlOptions { Table = "reference_pages" });
        Dictionary<string, Dictionary<string, object?>> byId = SqlEngine.Query(connection, sql).ToDictionary(r => (string)r["id"]!);
        var failures = new List<string>();
        for (int p = 0; p < rating.Pages.Length; p++)
        {
            string id = rating.Pages[p].Id;
            long[] expected = rating.Places[mode][p];
            string[] columns = [.. Enumerable.Range(1, 6).Select(i => $"place_{i}"), "total", "final_place"];
            for (int c = 0; c < columns.Length; c++)
            {
                object? value = byId[id][columns[c]];
                double actual = value is null ? double.NaN : Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (actual != expected[c])
                {
                    failures.Add($"{dialect}, reference '{name}', {mode}, page '{id}': {columns[c]} expected {expected[c]} (Python's fractions) but the SQL gave {actual}");
                }
            }
        }

        return failures;
    }
}

public class DuckDbReferenceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in ExactReference.Names)
        {
            foreach (string mode in Reference.Modes)
            {
                data.Add(name, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExactReference_OnDuckDb_GivesThePlacesOfPythonsFractions(string name, string mode)
    {
        using DbConnection connection = SqlEngine.OpenDuckDb();
        List<string> failures = Reference.Differences(connection, SqlDialect.DuckDb, name, mode);
        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(30)));
    }
}

[Collection(PostgresGroup.Name)]
public class PostgresReferenceTests(PostgresServer server)
{
    [SkippableFact]
    public void ExactReference_OnPostgres_GivesThePlacesOfPythonsFractions()
    {
        using DbConnection connection = server.Open();
        var failures = new List<string>();
        foreach (string name in ExactReference.Names)
        {
            foreach (string mode in Reference.Modes)
            {
                failures.AddRange(Reference.Differences(connection, SqlDialect.PostgreSql, name, mode));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(30)));
    }
}
