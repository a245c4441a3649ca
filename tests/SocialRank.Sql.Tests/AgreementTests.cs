using System.Data.Common;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Sql.Tests.Engines;

namespace SocialRank.Sql.Tests;

/// <summary>The methods the sample is rated with, in both engines.</summary>
internal static class SampleMethods
{
    public static IReadOnlyList<string> Names { get; } = ["article", "exact", "to even", "average ties", "dense ties", "max ties", "ordinal ties", "tie-breakers", "likes and comments"];

    public static RatingMethod<PageStats> Get(string name)
    {
        RatingMethodBuilder<PageStats> builder = name == "likes and comments"
            ? RatingMethod.ArticleBuilder(InteractionKinds.LikesAndComments)
            : RatingMethod.ArticleBuilder(InteractionKinds.All);
        builder.AddZones(ArticleZones.FinalTable()).AddZones(ArticleZones.FollowersPercentOfPopulation());
        _ = name switch
        {
            "exact" => builder.WithExactComparison(),
            "to even" => builder.WithMidpointRounding(MidpointRounding.ToEven),
            "average ties" => builder.WithIndicatorTies(TieMethod.Average).WithFinalTies(TieMethod.Average),
            "dense ties" => builder.WithIndicatorTies(TieMethod.Dense).WithFinalTies(TieMethod.Dense),
            "max ties" => builder.WithIndicatorTies(TieMethod.Max).WithFinalTies(TieMethod.Max),
            "ordinal ties" => builder.WithIndicatorTies(TieMethod.Ordinal).WithFinalTies(TieMethod.Ordinal),
            "tie-breakers" => builder.WithTieBreakers(ArticleIndicators.EngagedUsersName, ArticleIndicators.EngagementRateName),
            _ => builder,
        };
        return builder.Build();
    }
}

/// <summary>Runs one generated query on an engine and compares every page with the library.</summary>
internal static class Run
{
    public const int RandomMethods = 50;

    public const int GroupsPerMethod = 20;

    public static List<string> Sample(DbConnection connection, SqlDialect dialect, string name, bool byNetwork)
    {
        RatingMethod<PageStats> method = SampleMethods.Get(name);
        IReadOnlyList<PageRow> rows = SampleData.Rows(byNetwork ? "network" : null);
        SqlEngine.Load(connection, dialect, "pages", rows);
        string sql = SqlRating.ToSql(method, dialect, byNetwork ? new SqlOptions { GroupColumn = "grp" } : null);
        return Agreement.Differences(method, rows, SqlEngine.Query(connection, sql), $"{dialect}, sample, {name}{(byNetwork ? ", by network" : "")}");
    }

    /// <summary>Rates <see cref="RandomMethods"/> random methods × <see cref="GroupsPerMethod"/> groups: 1,000 ratings.</summary>
    public static List<string> Random(DbConnection connection, SqlDialect dialect)
    {
        var failures = new List<string>();
        int ratings = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int seed = 1; seed <= RandomMethods; seed++)
        {
            (RatingMethod<PageStats> method, List<PageRow> rows) = RandomRatings.Make(seed, GroupsPerMethod);
            seen.Add($"indicator ties {method.IndicatorTies}");
            seen.Add($"final ties {method.FinalTies}");
            foreach (Indicator<PageStats> indicator in method.Indicators.Select(w => w.Indicator))
            {
                seen.Add(indicator.Precision.IsExact ? "exact" : $"rounded {indicator.Precision.Midpoint}");
                seen.Add($"missing {indicator.Missing}");
                seen.Add($"better {indicator.Better}");
            }

            seen.Add(method.TieBreakers.Count > 0 ? "tie-breakers" : "no tie-breakers");
            seen.UnionWith(method.ZoneSchemes.Select(z => z.GetType().Name + (z.IndicatorName is null ? " on total or places" : " on an indicator")));
            seen.Add(rows[0].NaNForMissing ? "NaN for missing" : "NULL for missing");
            SqlEngine.Load(connection, dialect, "random_pages", rows);
            string sql = SqlRating.ToSql(method, dialect, new SqlOptions { Table = "random_pages", GroupColumn = "grp" });
            failures.AddRange(Agreement.Differences(method, rows, SqlEngine.Query(connection, sql), $"{dialect}, random method {seed}"));
            ratings += rows.Select(r => r.Group).Distinct().Count();
        }

        Assert.Equal(RandomMethods * GroupsPerMethod, ratings);

        // The cases cover every tie method on both levels, both midpoint rules and exact values, every missing-value rule
        // SQL takes, both directions, tie-breakers, each kind of zone, and both NULL and NaN as missing.
        string[] expected =
        [
            .. Enum.GetValues<TieMethod>().SelectMany(t => new[] { $"indicator ties {t}", $"final ties {t}" }),
            "exact", "rounded AwayFromZero", "rounded ToEven", "missing RankLast", "missing Exclude", "better Higher", "better Lower",
            "tie-breakers", "no tie-breakers", "PlaceBandZoneScheme on total or places", "ThresholdZoneScheme on an indicator",
            "ThresholdZoneScheme on total or places", "NaN for missing", "NULL for missing",
        ];
        Assert.Empty(expected.Except(seen));
        return failures;
    }
}

public class DuckDbAgreementTests
{
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (string name in SampleMethods.Names)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_OnDuckDb_AgreesWithTheLibraryPageByPage(string method, bool byNetwork)
    {
        using DbConnection connection = SqlEngine.OpenDuckDb();
        List<string> failures = Run.Sample(connection, SqlDialect.DuckDb, method, byNetwork);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void RandomRatings_OnDuckDb_AgreeWithTheLibraryPageByPage()
    {
        using DbConnection connection = SqlEngine.OpenDuckDb();
        List<string> failures = Run.Random(connection, SqlDialect.DuckDb);
        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(30)));
    }
}

[Collection(PostgresGroup.Name)]
public class PostgresAgreementTests(PostgresServer server)
{
    [SkippableFact]
    public void Sample_OnPostgres_AgreesWithTheLibraryPageByPage()
    {
        using DbConnection connection = server.Open();
        var failures = new List<string>();
        foreach (string name in SampleMethods.Names)
        {
            failures.AddRange(Run.Sample(connection, SqlDialect.PostgreSql, name, byNetwork: false));
            failures.AddRange(Run.Sample(connection, SqlDialect.PostgreSql, name, byNetwork: true));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [SkippableFact]
    public void RandomRatings_OnPostgres_AgreeWithTheLibraryPageByPage()
    {
        using DbConnection connection = server.Open();
        List<string> failures = Run.Random(connection, SqlDialect.PostgreSql);
        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(30)));
    }
}
