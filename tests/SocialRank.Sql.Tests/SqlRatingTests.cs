using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Sql.Tests;

/// <summary>What <see cref="SqlRating.ToSql"/> takes and refuses, and the shape of its query (run by the agreement tests).</summary>
public class SqlRatingTests
{
    [Fact]
    public void ToSql_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("method", () => SqlRating.ToSql(null!, SqlDialect.DuckDb));
        Assert.Throws<ArgumentNullException>("dialect", () => SqlRating.ToSql(RatingMethod.Article(), null!));
    }

    [Fact]
    public void ToSql_IndicatorReadByItsOwnFunction_ThrowsNamingTheIndicator()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add("reposts per like", p => p.Shares / p.Likes, Better.Higher).Build();
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => SqlRating.ToSql(method, SqlDialect.PostgreSql));
        Assert.Equal("Indicator 'reposts per like' reads 'reposts per like' with a function of its own, not a page field: SQL can compute only values built from PageFields (and interactions) with +, /, PercentOf and Times.", e.Message);
    }

    [Fact]
    public void ToSql_ConstantWithoutExactFraction_Throws()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats()
            .Add(new Indicator<PageStats>("scaled", PageStatsValues.Followers * 1e-25, Better.Higher)).Build();
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => SqlRating.ToSql(method, SqlDialect.DuckDb));
        Assert.Equal("Indicator 'scaled' multiplies by 1E-25, which has no exact fraction of whole numbers: SQL computes values exactly, in integers.", e.Message);
    }

    [Fact]
    public void ToSql_FailRule_Throws()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers with { Missing = MissingValueRule.Fail }).Build();
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => SqlRating.ToSql(method, SqlDialect.DuckDb));
        Assert.Equal("Indicator 'followers' fails the rating on a missing value (MissingValueRule.Fail), which one SQL query cannot do: check the pages first, or rank missing values last or exclude them.", e.Message);
    }

    [Fact]
    public void ToSql_QuantileZones_Throw()
    {
        RatingMethod<PageStats> method = RatingMethod.Article().ToBuilder()
            .AddZones(QuantileZoneScheme.OnTotal("quartiles", [new QuantileBand(0.5, new Zone("top half", "#00ff00"))], new Zone("rest", "#ffffff"))).Build();
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => SqlRating.ToSql(method, SqlDialect.DuckDb));
        Assert.Equal("Zone scheme 'quartiles' is a QuantileZoneScheme: SQL writes value thresholds (ThresholdZoneScheme) and final-place bands (PlaceBandZoneScheme) only.", e.Message);
    }

    [Fact]
    public void ToSql_MissingValues_AreOrderedByAnExplicitKeyNeverByTheEnginesNullOrder()
    {
        string sql = SqlRating.ToSql(RatingMethod.Article(), SqlDialect.PostgreSql);
        Assert.Contains("ORDER BY CASE WHEN b_1 IS NULL THEN 1 ELSE 0 END ASC, k_1 DESC", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("NULLS", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("round(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToSql_Options_NameTheTableAndColumns()
    {
        string sql = SqlRating.ToSql(RatingMethod.Article(), SqlDialect.DuckDb, new SqlOptions { Table = "warehouse.pages", IdColumn = "page", OrderColumn = "n", GroupColumn = "month", ExclusionReasonColumn = null });
        Assert.Contains("FROM \"warehouse\".\"pages\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"page\" AS sr_id", sql, StringComparison.Ordinal);
        Assert.Contains("\"n\" AS sr_ord", sql, StringComparison.Ordinal);
        Assert.Contains("\"month\" AS sr_grp", sql, StringComparison.Ordinal);
        Assert.Contains("PARTITION BY sr_grp, sr_ok", sql, StringComparison.Ordinal);
        Assert.Contains("CAST(NULL AS VARCHAR) AS sr_excl", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("POSTGRES")]
    [InlineData("spark")]
    [InlineData("bigquery")]
    [InlineData("clickhouse")]
    public void TryGet_KnownName_FindsTheDialect(string name)
    {
        Assert.True(SqlDialect.TryGet(name, out SqlDialect? dialect));
        Assert.Equal(name.ToLowerInvariant(), dialect.Name);
    }

    [Fact]
    public void TryGet_UnknownName_FindsNone()
    {
        Assert.False(SqlDialect.TryGet("oracle", out SqlDialect? dialect));
        Assert.Null(dialect);
    }
}

public class SqlOptionsTests
{
    [Fact]
    public void Default_NamesTheToolsColumns()
    {
        SqlOptions options = SqlOptions.Default;
        Assert.Equal(("pages", "id", "input_order", null, "exclusion_reason"), (options.Table, options.IdColumn, options.OrderColumn, options.GroupColumn, options.ExclusionReasonColumn));
    }

    [Fact]
    public void Init_BlankName_Throws()
    {
        Assert.Equal("Table must name a table or column but was ' '.", Assert.Throws<ArgumentException>("Table", () => new SqlOptions { Table = " " }).Message.Split(" (Parameter")[0]);
        Assert.Throws<ArgumentException>("IdColumn", () => new SqlOptions { IdColumn = null! });
        Assert.Throws<ArgumentException>("OrderColumn", () => new SqlOptions { OrderColumn = "" });
        Assert.Throws<ArgumentException>("GroupColumn", () => new SqlOptions { GroupColumn = "" });
        Assert.Null(new SqlOptions { ExclusionReasonColumn = null }.ExclusionReasonColumn);
    }
}
