using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Sql.Tests;

/// <summary>
/// Spark, BigQuery and ClickHouse are not executed here (no engine on this machine): their queries are checked as text
/// against golden files under Golden/, which are this library's own output, read and reviewed by hand against each
/// engine's documentation when they change. They guard against unintended changes only; they do not prove the SQL right.
/// Set SOCIALRANK_UPDATE_GOLDEN=1 to rewrite them (then review the diff).
/// </summary>
public class GoldenTextTests
{
    public static TheoryData<string> Dialects => ["spark", "bigquery", "clickhouse"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void ToSql_ArticleMethodByNetwork_MatchesTheReviewedGoldenText(string name)
    {
        Assert.True(SqlDialect.TryGet(name, out SqlDialect? dialect));
        RatingMethod<PageStats> method = RatingMethod.ArticleBuilder(InteractionKinds.All)
            .WithTieBreakers(ArticleIndicators.EngagedUsersName)
            .AddZones(ArticleZones.FinalTable())
            .AddZones(ArticleZones.FollowersPercentOfPopulation())
            .Build();
        string sql = SqlRating.ToSql(method, dialect, new SqlOptions { GroupColumn = "network" }) + "\n";
        string path = Path.Combine(SampleData.RepoRoot, "tests", "SocialRank.Sql.Tests", "Golden", $"article-by-network.{name}.sql");
        if (Environment.GetEnvironmentVariable("SOCIALRANK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, sql);
        }

        Assert.Equal(File.ReadAllText(path), sql);
    }
}
