using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Rating;

public class RatingMethodBuilderTests
{
    private static string BuildFails(RatingMethodBuilder<PageStats> builder)
        => Assert.Throws<InvalidOperationException>(builder.Build).Message;

    [Fact]
    public void Build_NoIndicators_Throws()
    {
        Assert.Equal("A rating method needs at least one indicator.", BuildFails(RatingMethod.ForPageStats()));
    }

    [Fact]
    public void Build_DuplicateIndicatorNames_Throws()
    {
        Assert.Equal(
            "Indicator 'followers' is added 2 times; indicator names must be unique.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(ArticleIndicators.Followers, 2)));
    }

    [Fact]
    public void Build_NegativeWeight_Throws()
    {
        Assert.Equal(
            "Weight of indicator 'followers' must be >= 0 but was -1.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, -1).Add(ArticleIndicators.EngagedUsers)));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Build_NonFiniteWeight_Throws(double weight, string shown)
    {
        Assert.Equal(
            $"Weight of indicator 'followers' must be a finite number but was {shown}.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, weight).Add(ArticleIndicators.EngagedUsers)));
    }

    [Fact]
    public void Build_AllWeightsZero_Throws()
    {
        Assert.Equal(
            "All 2 weights are 0; at least one weight must be above 0.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, 0).Add(ArticleIndicators.EngagedUsers, 0)));
    }

    [Fact]
    public void Build_WeightsSummingPastTheLimit_Throws()
    {
        Assert.Equal(
            "The weights sum to 1E+308; they may sum to at most 4194304, so that every total (weight × place, summed) stays a number a double holds exactly.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, 1e308).Add(ArticleIndicators.EngagedUsers)));
        Assert.Equal(
            "The weights sum to 4194305; they may sum to at most 4194304, so that every total (weight × place, summed) stays a number a double holds exactly.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, RatingMethod.MaxWeightSum).Add(ArticleIndicators.EngagedUsers, 1)));
    }

    [Fact]
    public void Build_WeightsSummingToTheLimit_IsFine()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, RatingMethod.MaxWeightSum - 1).Add(ArticleIndicators.EngagedUsers, 1).Build();
        Assert.Equal(RatingMethod.MaxWeightSum, method.Indicators.Sum(i => i.Weight));
    }

    [Fact]
    public void Build_SomeWeightsZero_IsFine()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers, 0).Add(ArticleIndicators.EngagedUsers, 0.5).Build();
        Assert.Equal([0.0, 0.5], method.Indicators.Select(i => i.Weight));
    }

    [Fact]
    public void Build_UnknownTieBreaker_Throws()
    {
        Assert.Equal(
            "Tie-breaker 'likes' is not an indicator of this method.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).WithTieBreakers("likes")));
    }

    [Fact]
    public void Build_RepeatedTieBreaker_Throws()
    {
        Assert.Equal(
            "Tie-breaker 'followers' is listed 2 times.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).WithTieBreakers("followers", "followers")));
    }

    [Fact]
    public void Build_ZoneSchemeOnUnknownIndicator_Throws()
    {
        var scheme = ThresholdZoneScheme.OnIndicator("share", "ER", [new ValueBand(new Zone("z", "c"), null, null)], null);
        Assert.Equal(
            "Zone scheme 'share' zones indicator 'ER', which is not an indicator of this method.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).AddZones(scheme)));
    }

    [Fact]
    public void Build_RepeatedZoneSchemeName_Throws()
    {
        var scheme = new PlaceBandZoneScheme("final", [new PlaceBand(3, new Zone("top", "green"))], null);
        Assert.Equal(
            "Zone scheme 'final' is added 2 times; zone scheme names must be unique.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).AddZones(scheme).AddZones(scheme)));
    }

    [Fact]
    public void Build_UndefinedTieMethods_Throws()
    {
        Assert.Equal(
            "The rating method has 2 problems:\nIndicator tie method must be a defined TieMethod value but was 10.\nFinal tie method must be a defined TieMethod value but was 11.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).WithIndicatorTies((TieMethod)10).WithFinalTies((TieMethod)11)));
    }

    [Fact]
    public void Build_SeveralProblems_ListsEveryOne()
    {
        Assert.Equal(
            "The rating method has 3 problems:\n"
            + "Indicator 'followers' is added 2 times; indicator names must be unique.\n"
            + "Weight of indicator 'followers' must be >= 0 but was -2.\n"
            + "Tie-breaker 'x' is not an indicator of this method.",
            BuildFails(RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(ArticleIndicators.Followers, -2).WithTieBreakers("x")));
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers);
        builder.Build();
        Assert.Equal("This builder has already built its rating method; start a new builder.", Assert.Throws<InvalidOperationException>(builder.Build).Message);
        Assert.Throws<InvalidOperationException>(() => builder.Add(ArticleIndicators.EngagedUsers));
    }

    [Fact]
    public void Build_Defaults_MinTiesWeightOneNoTieBreakersNoZones()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Build();
        Assert.Equal(TieMethod.Min, method.IndicatorTies);
        Assert.Equal(TieMethod.Min, method.FinalTies);
        Assert.Equal(1.0, method.Indicators[0].Weight);
        Assert.Empty(method.TieBreakers);
        Assert.Empty(method.ZoneSchemes);
    }

    [Fact]
    public void Article_IsTheSixIndicatorsWithArticleDefaults()
    {
        RatingMethod<PageStats> method = RatingMethod.Article();
        Assert.Equal(ArticleIndicators.All, method.Indicators.Select(i => i.Indicator));
        Assert.All(method.Indicators, i => Assert.Equal(1.0, i.Weight));
        Assert.Equal(TieMethod.Min, method.IndicatorTies);
        Assert.Equal(TieMethod.Min, method.FinalTies);
        Assert.Empty(method.TieBreakers);
        Assert.Equal(5, method.IndexOf("ER"));
        Assert.Equal(-1, method.IndexOf("posts"));
    }

    [Fact]
    public void Build_TooManyTieBreakers_Throws()
    {
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats();
        string[] names = [.. Enumerable.Range(0, 101).Select(i => "i" + i)];
        foreach (string name in names)
        {
            builder.Add(new Indicator<PageStats>(name, p => p.Followers, Better.Higher));
        }

        Assert.Equal("A rating method may have at most 100 tie-breakers but has 101.", BuildFails(builder.WithTieBreakers(names)));
    }

    private sealed record Shop(string Id, double Sales, double? Rating);

    [Fact]
    public void Add_NameReadBetterWeight_IsTheIndicatorWithThatWeight()
    {
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add("sales", s => s.Sales, Better.Higher)
            .Add("rating", s => s.Rating, Better.Lower, 2)
            .Build();

        Assert.Equal(["sales", "rating"], method.Indicators.Select(w => w.Indicator.Name));
        Assert.Equal([1.0, 2.0], method.Indicators.Select(w => w.Weight));
        Assert.Equal([Better.Higher, Better.Lower], method.Indicators.Select(w => w.Indicator.Better));
        Assert.All(method.Indicators, w => Assert.Equal(Precision.Exact, w.Indicator.Precision));
        Assert.All(method.Indicators, w => Assert.Equal(MissingValueRule.RankLast, w.Indicator.Missing));

        // b's missing rating ranks last on it: a 1 + 2 × 1 = 3, b 2 + 2 × 2 = 6.
        RatingResult<Shop> result = method.Evaluate([new Shop("a", 5, 4.5), new Shop("b", 3, null)]);
        Assert.Equal([("a", 3.0), ("b", 6.0)], result.Rows.Select(r => (r.Id, r.Total)));
        Assert.True(result.Row("b").Scores["rating"].IsMissing);
    }

    [Fact]
    public void Add_NameRead_BadArguments_Throw()
    {
        RatingMethodBuilder<Shop> builder = RatingMethod.For<Shop>(s => s.Id);

        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, s => s.Sales, Better.Higher));
        Assert.Throws<ArgumentNullException>(() => builder.Add("sales", (Func<Shop, double>)null!, Better.Higher));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("sales", s => s.Sales, (Better)7));
        Assert.Equal(
            "Weight of indicator 'sales' must be >= 0 but was -1.",
            BuildFails2(builder.Add("sales", s => s.Sales, Better.Higher, -1)));
    }

    [Fact]
    public void WithTieBreakers_CalledTwice_ReplacesTheFirst()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All)
            .WithTieBreakers(ArticleIndicators.FollowersName, ArticleIndicators.EngagedUsersName)
            .WithTieBreakers(ArticleIndicators.EngagementRateName)
            .Build();

        Assert.Equal(["ER"], method.TieBreakers);
        Assert.Empty(RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).WithTieBreakers("ER").WithTieBreakers().Build().TieBreakers);
    }

    [Fact]
    public void WithCheck_ReplacesTheCheckSetBefore()
    {
        PageCheck<PageStats> own = (page, problems) => { };
        RatingMethod<PageStats> replaced = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).WithCheck(own).Build();
        PageCheck<PageStats> both = PageStats.Check + own;
        RatingMethod<PageStats> combined = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).WithCheck(both).Build();

        Assert.Same(own, replaced.PageCheck);
        Assert.Same(both, combined.PageCheck);
        Assert.Equal(PageStats.Check, RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).Build().PageCheck);
    }

    [Fact]
    public void AddZones_CalledTwice_AddsBothInOrder()
    {
        var first = new PlaceBandZoneScheme("first", [new PlaceBand(1, new Zone("top", "green"))], null);
        var second = new PlaceBandZoneScheme("second", [new PlaceBand(2, new Zone("top two", "green"))], null);

        Assert.Equal([first, second], RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).AddZones(first).AddZones(second).Build().ZoneSchemes);
    }

    private static string BuildFails2(RatingMethodBuilder<Shop> builder) => Assert.Throws<InvalidOperationException>(() => builder.Build()).Message;
}
