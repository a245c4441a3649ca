using System.Data.Common;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Sql.Tests.Engines;

namespace SocialRank.Sql.Tests;

/// <summary>
/// Exact ratios are ordered exactly, beyond 16 digits: 1,596,853 / 1,144,272,509 and 1,574,236 / 1,128,065,625 differ by
/// 1 / (1,144,272,509 × 1,128,065,625), about 7.7e-19, and agree in their first 16 decimals (the query's first two sort
/// keys), which the library's doubles still tell apart; 3,193,706 / 2,288,545,018 equals the first. The engines must
/// give the library's places.
/// </summary>
internal static class ExactRatio
{
    public static RatingMethod<PageStats> Method { get; } = RatingMethod.ForPageStats()
        .Add(new Indicator<PageStats>("engaged per follower", PageStatsValues.EngagedUsers.DividedBy(PageStatsValues.Followers), Better.Higher))
        .Build();

    public static List<PageRow> Rows { get; } =
    [
        new(new PageStats("a") { EngagedUsers = 1_596_853, Followers = 1_144_272_509 }, null, 0),
        new(new PageStats("b") { EngagedUsers = 1_574_236, Followers = 1_128_065_625 }, null, 1),
        new(new PageStats("c") { EngagedUsers = 3_193_706, Followers = 2_288_545_018 }, null, 2),
    ];

    public static void Check(DbConnection connection, SqlDialect dialect)
    {
        SqlEngine.Load(connection, dialect, "close_pages", Rows);
        List<Dictionary<string, object?>> rows = SqlEngine.Query(connection, SqlRating.ToSql(Method, dialect, new SqlOptions { Table = "close_pages" }));

        // 1,596,853 × 1,128,065,625 − 1,144,272,509 × 1,574,236 = 1 > 0: a's ratio (and c's, equal to it) is the larger.
        Assert.Equal([("a", 1.0), ("c", 1.0), ("b", 3.0)], rows.Select(r => ((string)r["id"]!, Convert.ToDouble(r["place_1"], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Empty(Agreement.Differences(Method, Rows, rows, dialect.Name));
    }
}

public class DuckDbExactRatioTests
{
    [Fact]
    public void ExactRatios_DifferingBeyond16Digits_AreToldApartAndEqualOnesTie()
    {
        using DbConnection connection = SqlEngine.OpenDuckDb();
        ExactRatio.Check(connection, SqlDialect.DuckDb);
    }
}

[Collection(PostgresGroup.Name)]
public class PostgresExactRatioTests(PostgresServer server)
{
    [SkippableFact]
    public void ExactRatios_DifferingBeyond16Digits_AreToldApartAndEqualOnesTie()
    {
        using DbConnection connection = server.Open();
        ExactRatio.Check(connection, SqlDialect.PostgreSql);
    }
}
