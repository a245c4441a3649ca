using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Tests.Rating.Reference;
using SocialRank.Zones;

namespace SocialRank.Tests.Rating;

public partial class RatingMethodTests
{
    // Three pages whose places on the article's six indicators are worked out by hand in the comments.
    internal static PageStats[] ThreePages() =>
    [
        // followers 1000, % of population 10, engaged 50, per post 10, engaged % 0.5, ER 1
        new("a") { Followers = 1000, Posts = 10, Likes = 100, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 50, Population = 10_000 },
        // followers 2000, % of population 20, engaged 100, per post 5, engaged % 1, ER 0.25
        new("b") { Followers = 2000, Posts = 10, Likes = 50, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 100, Population = 10_000 },
        // followers 500, % of population 50, engaged 10, per post missing (0 posts), engaged % 1, ER missing
        new("c") { Followers = 500, Posts = 0, Likes = 0, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 10, Population = 1000 },
    ];

    /// <summary>A user's own page type, rated with their own indicators.</summary>
    internal sealed record Shop(string Id, double X, double Y);

    // x places: s1 1, s3 2, s4 2, s2 4; y places: s2 1, s3 2, s4 2, s1 4 (min ties); totals: s1 5, s2 5, s3 4, s4 4.
    internal static Shop[] FourShops() => [new("s1", 3, 1), new("s2", 1, 3), new("s3", 2, 2), new("s4", 2, 2)];

    internal static RatingMethodBuilder<Shop> ShopMethod() => RatingMethod.For<Shop>(s => s.Id)
        .Add(new Indicator<Shop>("x", s => s.X, Better.Higher))
        .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher));

    [Fact]
    public void Evaluate_ArticleMethodOnThreePages_GivesHandComputedPlacesTotalsAndFinalPlaces()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(ThreePages());

        RatingRow<PageStats> a = result.Row("a"), b = result.Row("b"), c = result.Row("c");
        Assert.Equal([2.0, 3, 2, 1, 3, 1], a.Scores.Select(s => s.Place));
        Assert.Equal([1.0, 2, 1, 2, 1, 2], b.Scores.Select(s => s.Place));
        Assert.Equal([3.0, 1, 3, 3, 1, 3], c.Scores.Select(s => s.Place));
        Assert.Equal(12.0, a.Total);
        Assert.Equal(9.0, b.Total);
        Assert.Equal(14.0, c.Total);
        Assert.Equal(["b", "a", "c"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 2, 3], result.Rows.Select(r => r.FinalPlace));
        Assert.Equal([1, 2, 3], result.Rows.Select(r => r.Position));
        Assert.Empty(result.Excluded);
        Assert.Same(result.Method, result.Method);
    }

    [Fact]
    public void Evaluate_Scores_CarryValueWeightAndWeightedPenalty()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers, 2).Add(ArticleIndicators.EngagementRate, 0.5).Build();
        RatingResult<PageStats> result = method.Evaluate(ThreePages());

        RatingRow<PageStats> c = result.Row("c");
        Assert.Equal(new IndicatorScore("followers", 500, 500, 3, 2, 6), c.Scores[0]);
        Assert.Equal("ER", c.Scores["ER"].Indicator);
        Assert.True(c.Scores["ER"].IsMissing);
        Assert.Equal(3.0, c.Scores["ER"].Place);
        Assert.Equal(1.5, c.Scores["ER"].Penalty);
        Assert.Equal(7.5, c.Total);
        // a: followers place 2 × 2 + ER place 1 × 0.5 = 4.5; b: 1 × 2 + 2 × 0.5 = 3.
        Assert.Equal([3.0, 4.5, 7.5], result.Rows.Select(r => r.Total));
    }

    [Fact]
    public void Evaluate_NoPages_GivesEmptyResult()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate([]);
        Assert.Empty(result.Rows);
        Assert.Empty(result.Excluded);
    }

    [Fact]
    public void Evaluate_IneligiblePage_IsExcludedWithReasonAndDoesNotAffectOthers()
    {
        PageStats[] pages = [.. ThreePages(), new PageStats("vko-fb") { ExclusionReason = "registered as a personal account", Followers = 1e6 }];
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);

        ExcludedPage<PageStats> excluded = Assert.Single(result.Excluded);
        Assert.Equal(("vko-fb", 3, "registered as a personal account"), (excluded.Id, excluded.InputIndex, excluded.Reason));
        Assert.Same(pages[3], excluded.Page);
        Assert.Equal(["b", "a", "c"], result.Rows.Select(r => r.Id));
        Assert.Equal([9.0, 12, 14], result.Rows.Select(r => r.Total));
    }

    [Fact]
    public void Evaluate_ExcludeRuleWithMissingValue_ExcludesPageNamingIndicator()
    {
        Indicator<PageStats> engaged = ArticleIndicators.EngagedUsers with { Missing = MissingValueRule.Exclude };
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(engaged).Build();
        PageStats[] pages = ThreePages();
        pages[0] = pages[0] with { EngagedUsers = null };

        RatingResult<PageStats> result = method.Evaluate(pages);

        ExcludedPage<PageStats> excluded = Assert.Single(result.Excluded);
        Assert.Equal("a", excluded.Id);
        Assert.Equal("engaged users is missing", excluded.Reason);
        // Without a: followers b 1, c 2; engaged b 1, c 2.
        Assert.Equal(["b", "c"], result.Rows.Select(r => r.Id));
        Assert.Equal([2.0, 4], result.Rows.Select(r => r.Total));
        Assert.Equal(2, result.Rows[1].InputIndex);
        Assert.Same(pages[2], result.Rows[1].Page);
    }

    [Fact]
    public void Evaluate_FailRuleWithMissingValue_ThrowsNamingPageAndIndicator()
    {
        Indicator<PageStats> er = ArticleIndicators.EngagementRate with { Missing = MissingValueRule.Fail };
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(er).Build();

        var ex = Assert.Throws<InvalidPagesException>(() => method.Evaluate(ThreePages()));

        Assert.Equal("Page 'c': indicator 'ER' has no value and its missing-value rule is Fail.", ex.Message);
        Assert.Equal(new PageProblem("c", "ER", "missing", ex.Message), Assert.Single(ex.Problems));
    }

    [Fact]
    public void Evaluate_MissingPopulation_IsBadInputNamingTheIndicatorsThatNeedIt()
    {
        PageStats[] pages = ThreePages();
        pages[1] = pages[1] with { Population = null };

        var ex = Assert.Throws<InvalidPagesException>(() => RatingMethod.Article().Evaluate(pages));

        Assert.Equal("Page 'b': population is missing but 'followers, % of population' and 'engaged users, % of population' need it.", ex.Message);
        Assert.Equal(("b", "population", "missing"), (ex.Problems[0].PageId, ex.Problems[0].Field, ex.Problems[0].Value));
    }

    [Fact]
    public void Evaluate_MissingPopulationWithoutPopulationIndicators_IsFine()
    {
        PageStats[] pages = ThreePages();
        pages[1] = pages[1] with { Population = null };
        RatingResult<PageStats> result = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Build().Evaluate(pages);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Evaluate_SeveralBadPages_OneExceptionListsEveryProblem()
    {
        PageStats[] pages = [.. ThreePages(), ThreePages()[0]];
        pages[0] = pages[0] with { Followers = -5 };
        pages[1] = pages[1] with { Likes = double.NaN };
        pages[2] = pages[2] with { Population = null };

        var ex = Assert.Throws<InvalidPagesException>(() => RatingMethod.Article().Evaluate(pages));

        Assert.Equal(
            "4 problems in the input pages:\n"
            + "Page 'a': followers must be >= 0 but was -5.\n"
            + "Page 'b': likes must be a number but was NaN.\n"
            + "Page 'c': population is missing but 'followers, % of population' and 'engaged users, % of population' need it.\n"
            + "Page id 'a' is used by pages #0 and #3 (0-based); page ids must be unique.",
            ex.Message);
        Assert.Equal(["followers", "likes", "population", "id"], ex.Problems.Select(p => p.Field));
        Assert.Equal(["-5", "NaN", "missing", "a"], ex.Problems.Select(p => p.Value));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(600)]
    public void Evaluate_ProblemsOfEachPage_ComeInPageOrder(int count)
    {
        // The pages are read in blocks (checks first, then values and missing-value rules): a missing value's problem
        // still comes before the next page's bad count, within a block and across the boundary of two (at 256).
        PageStats template = ThreePages()[0];
        PageStats[] pages = [.. Enumerable.Range(0, count).Select(i => template with { Id = "p" + i })];
        int[] at = count == 2 ? [0] : [0, 255, 511];
        foreach (int i in at)
        {
            pages[i] = pages[i] with { Population = null };
            pages[i + 1] = pages[i + 1] with { Followers = -5 };
        }

        var ex = Assert.Throws<InvalidPagesException>(() => RatingMethod.Article().Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = 1 }));

        Assert.Equal(at.SelectMany(i => new[] { ("p" + i, "population"), ("p" + (i + 1), "followers") }), ex.Problems.Select(p => (p.PageId, p.Field)));
    }

    [Fact]
    public void Evaluate_NullPageAndEmptyId_AreReported()
    {
        RatingMethod<Shop> method = ShopMethod().Build();
        var ex = Assert.Throws<InvalidPagesException>(() => method.Evaluate([new Shop("", 1, 1), null!]));
        Assert.Equal("2 problems in the input pages:\nPage #0 (0-based) has no id.\nPage #1 (0-based) is null.", ex.Message);
    }

    [Fact]
    public void Evaluate_MissingValuesWithRankLast_TieAtTheBottomWithTheTieMethod()
    {
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher)).WithIndicatorTies(TieMethod.Average).Build();
        Shop[] shops = [new("a", double.NaN, 0), new("b", 5, 0), new("c", double.NaN, 0), new("d", 7, 0)];

        RatingResult<Shop> result = method.Evaluate(shops);

        // d 1, b 2, a and c share places 3 and 4: 3.5 each.
        Assert.Equal([1.0, 2, 3.5, 3.5], result.Rows.Select(r => r.Scores[0].Place));
        Assert.Equal(["d", "b", "a", "c"], result.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Evaluate_LowerIsBetterUserIndicator_RanksSmallestFirst()
    {
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("complaints", s => s.X, Better.Lower)).Build();
        RatingResult<Shop> result = method.Evaluate(FourShops());
        Assert.Equal(["s2", "s3", "s4", "s1"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 2, 2, 4], result.Rows.Select(r => r.FinalPlace));
    }

    [Fact]
    public void Evaluate_Precision_PagesEqualAsPublishedSharePlace()
    {
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Precision = Precision.Decimals(2) }).Build();
        RatingResult<Shop> result = method.Evaluate([new Shop("a", 1.004, 0), new Shop("b", 1.001, 0), new Shop("c", 1.006, 0)]);
        // 1.004 and 1.001 both show as 1.00; 1.006 shows as 1.01.
        Assert.Equal([1.0, 2, 2], result.Rows.Select(r => r.FinalPlace));
        Assert.Equal(["c", "a", "b"], result.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Evaluate_EqualTotalsWithoutTieBreakers_SharePlaceInInputOrder()
    {
        RatingResult<Shop> result = ShopMethod().Build().Evaluate(FourShops());
        Assert.Equal(["s3", "s4", "s1", "s2"], result.Rows.Select(r => r.Id));
        Assert.Equal([4.0, 4, 5, 5], result.Rows.Select(r => r.Total));
        Assert.Equal([1.0, 1, 3, 3], result.Rows.Select(r => r.FinalPlace));
        Assert.All(result.Rows, r => Assert.Equal(Decision.SharedPlace, r.Decision));
    }

    [Fact]
    public void Evaluate_UniqueTotal_DecidedByTotal()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(ThreePages());
        Assert.All(result.Rows, r => Assert.Equal(Decision.ByTotal, r.Decision));
    }

    [Fact]
    public void Evaluate_TieBreaker_BetterPlaceWinsAndIsRecorded()
    {
        RatingResult<Shop> result = ShopMethod().WithTieBreakers("y").Build().Evaluate(FourShops());
        // s3 and s4 are equal on y too and still share place 1; s2 beats s1 on y (1 against 4).
        Assert.Equal(["s3", "s4", "s2", "s1"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 1, 3, 4], result.Rows.Select(r => r.FinalPlace));
        Assert.Equal([Decision.SharedPlace, Decision.SharedPlace, Decision.ByTieBreaker("y", 1), Decision.ByTieBreaker("y", 1)], result.Rows.Select(r => r.Decision));
    }

    [Fact]
    public void Evaluate_SecondTieBreaker_DecidesWhatTheFirstLeftTied()
    {
        Shop[] shops = [new("p", 2, 2), new("q", 1, 3), new("r", 3, 1)];
        // x places r 1, p 2, q 3; y places q 1, p 2, r 3: all totals 4. With y first: q, p, r.
        RatingResult<Shop> byY = ShopMethod().WithTieBreakers("y", "x").Build().Evaluate(shops);
        Assert.Equal(["q", "p", "r"], byY.Rows.Select(r => r.Id));
        Assert.All(byY.Rows, r => Assert.Equal(Decision.ByTieBreaker("y", 1), r.Decision));

        RatingMethod<Shop> withZ = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher))
            .Add(new Indicator<Shop>("z", s => 0.0, Better.Higher))
            .WithTieBreakers("z", "x").Build();
        RatingResult<Shop> byX = withZ.Evaluate(shops);
        // Totals r 2, p 3, q 4 are all different: no tie-breaker decided.
        Assert.All(byX.Rows, r => Assert.Equal(DecisionKind.Total, r.Decision.Kind));
        RatingResult<Shop> tied = withZ.Evaluate([new("a", 1, 0), new("b", 2, 0), new("c", 2, 0)]);
        // x places b 1, c 1, a 3; z ties everyone: b and c stay tied on both tie-breakers.
        Assert.Equal(["b", "c", "a"], tied.Rows.Select(r => r.Id));
        Assert.Equal([Decision.SharedPlace, Decision.SharedPlace, Decision.ByTotal], tied.Rows.Select(r => r.Decision));
    }

    [Fact]
    public void Evaluate_OrdinalFinalTies_InputOrderDecides()
    {
        RatingResult<Shop> result = ShopMethod().WithFinalTies(TieMethod.Ordinal).Build().Evaluate(FourShops());
        Assert.Equal(["s3", "s4", "s1", "s2"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 2, 3, 4], result.Rows.Select(r => r.FinalPlace));
        Assert.All(result.Rows, r => Assert.Equal(Decision.ByInputOrder, r.Decision));
    }

    [Fact]
    public void Evaluate_MaxFinalTies_TiedPagesTakeHighestPlace()
    {
        RatingResult<Shop> result = ShopMethod().WithFinalTies(TieMethod.Max).Build().Evaluate(FourShops());
        Assert.Equal([2.0, 2, 4, 4], result.Rows.Select(r => r.FinalPlace));
    }

    [Fact]
    public void Evaluate_AverageIndicatorTies_ChangeTotals()
    {
        RatingResult<Shop> result = ShopMethod().WithIndicatorTies(TieMethod.Average).Build().Evaluate(FourShops());
        // x: s1 1, s3 2.5, s4 2.5, s2 4; y: s2 1, s3 2.5, s4 2.5, s1 4.
        Assert.Equal([5.0, 5, 5, 5], result.Rows.Select(r => r.Total));
        Assert.Equal(["s1", "s2", "s3", "s4"], result.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Evaluate_PlaceBands_TiedPagesShareTheZoneOfTheirFirstPosition()
    {
        var leaders = new Zone("leaders", "green");
        var white = new Zone("white", "white");
        var red = new Zone("red", "red");
        RatingMethod<Shop> method = ShopMethod()
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(1, leaders), new PlaceBand(2, white)], red)).Build();

        RatingResult<Shop> result = method.Evaluate(FourShops());

        // Positions: s3 1, s4 2 (tied with s3), s1 3, s2 4 (tied with s1).
        Assert.Equal([leaders, leaders, white, white], result.Rows.Select(r => r.ZoneOf(0)));
        Assert.Equal([leaders], result.Rows[1].Zones);
        Assert.Equal(white, result.Rows[3].ZoneOf("final"));
    }

    [Fact]
    public void Evaluate_ThresholdOnTotalAndIndicator_ZonesByValue()
    {
        var low = new Zone("low", "green");
        var high = new Zone("high", "red");
        var none = new Zone("none", "grey");
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Precision = Precision.Decimals(2) })
            .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher))
            .AddZones(ThresholdZoneScheme.OnTotal("total", [ValueBand.Below(5, low), ValueBand.AtLeast(5, high)]))
            .AddZones(ThresholdZoneScheme.OnIndicator("x", "x", [ValueBand.Below(10, high), ValueBand.AtLeast(10, low)], none))
            .Build();

        // 9.996 shows as 10.00 at precision 2, so it is zoned as 10.
        RatingResult<Shop> result = method.Evaluate([new Shop("a", 9.996, 1), new Shop("b", 9.994, 2), new Shop("c", double.NaN, 3)]);

        Assert.Equal(["a", "b", "c"], result.Rows.Select(r => r.Id));
        Assert.Equal([4.0, 4, 4], result.Rows.Select(r => r.Total));
        Assert.All(result.Rows, r => Assert.Equal(low, r.ZoneOf("total")));
        Assert.Equal([low, high, none], result.Rows.Select(r => r.ZoneOf("x")));
    }

    [Fact]
    public void Evaluate_ParallelAndSequential_GiveIdenticalResults()
    {
        var random = new Random(20261126);
        var pages = new PageStats[3000];
        for (int i = 0; i < pages.Length; i++)
        {
            pages[i] = new PageStats("p" + i)
            {
                Followers = random.Next(0, 50), Posts = random.Next(0, 4), Likes = random.Next(0, 30), Comments = random.Next(0, 5),
                Shares = random.Next(0, 3), Saves = random.Next(0, 3), EngagedUsers = random.Next(0, 20), Population = random.Next(1, 4) * 1000,
            };
        }

        RatingMethod<PageStats> method = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).WithTieBreakers("ER", "engaged users").Build();
        RatingResult<PageStats> sequential = method.Evaluate(pages, EvaluationOptions.Sequential);
        RatingResult<PageStats> parallel = method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = 4, ParallelThreshold = 0 });

        Assert.Equal(Describe(sequential), Describe(parallel));

        static List<string> Describe(RatingResult<PageStats> result) =>
            [.. result.Rows.Select(r => $"{r.Id} {r.FinalPlace} {r.Total} {r.Decision} {string.Join(",", r.Scores.Select(s => $"{s.Value}:{s.Place}"))}")];
    }

    [Fact]
    public void Evaluate_ArrayListAndReadOnlyList_GiveTheSameResult()
    {
        RatingMethod<Shop> method = ShopMethod().Build();
        Shop[] shops = FourShops();
        var fromArray = method.Evaluate(shops).Rows.Select(r => (r.Id, r.FinalPlace)).ToList();
        var fromList = method.Evaluate(shops.ToList()).Rows.Select(r => (r.Id, r.FinalPlace)).ToList();
        var fromReadOnly = method.Evaluate(shops.ToList().AsReadOnly()).Rows.Select(r => (r.Id, r.FinalPlace)).ToList();
        Assert.Equal(fromArray, fromList);
        Assert.Equal(fromArray, fromReadOnly);
    }
    [Fact]
    public void Evaluate_RepeatedIds_EachRepeatedIdIsReportedOnceWithAllItsPages()
    {
        Shop[] shops = [new("a", 1, 1), new("b", 1, 1), new("a", 2, 2), new("c", 0, 0), new("b", 3, 3), new("a", 4, 4)];
        var ex = Assert.Throws<InvalidPagesException>(() => ShopMethod().Build().Evaluate(shops));
        Assert.Equal(
            "2 problems in the input pages:\n"
            + "Page id 'a' is used by pages #0, #2 and #5 (0-based); page ids must be unique.\n"
            + "Page id 'b' is used by pages #1 and #4 (0-based); page ids must be unique.",
            ex.Message);
    }

    [Fact]
    public void Evaluate_ExcludedPagesBetweenRatedOnes_DoNotChangeTieBreakersOrZones()
    {
        var top = new Zone("top", "green");
        var rest = new Zone("rest", "grey");
        RatingMethod<Shop> method = ShopMethod()
            .WithEligibility(s => s.Id.StartsWith('x') ? "test page" : null)
            .WithTieBreakers("y")
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(2, top)], rest))
            .Build();
        Shop[] shops = FourShops();
        Shop[] withExcluded = [new("x0", 9, 9), shops[0], new("x1", 9, 9), shops[1], shops[2], new("x2", 9, 9), shops[3]];

        RatingResult<Shop> plain = method.Evaluate(shops);
        RatingResult<Shop> mixed = method.Evaluate(withExcluded);

        Assert.Equal(["x0", "x1", "x2"], mixed.Excluded.Select(e => e.Id));
        Assert.Equal([0, 2, 5], mixed.Excluded.Select(e => e.InputIndex));
        Assert.Equal(
            plain.Rows.Select(r => (r.Id, r.FinalPlace, r.Total, r.Decision, r.ZoneOf(0))),
            mixed.Rows.Select(r => (r.Id, r.FinalPlace, r.Total, r.Decision, r.ZoneOf(0))));
        Assert.Equal([4, 6, 3, 1], mixed.Rows.Select(r => r.InputIndex));
    }
    [Theory]
    [InlineData(TieMethod.Min, TieMethod.Min)]
    [InlineData(TieMethod.Average, TieMethod.Max)]
    public void Evaluate_ArticleMethodOnRandomPages_MatchesPandas(TieMethod indicatorTies, TieMethod finalTies)
    {
        // Reference/make_article_reference.py rated the same pages with pandas Series.rank.
        double[][] expected = indicatorTies == TieMethod.Min ? ArticleReference.MinMin : ArticleReference.AverageMax;
        PageStats[] pages = ArticleReference.Pages();
        RatingResult<PageStats> result = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All)
            .WithIndicatorTies(indicatorTies).WithFinalTies(finalTies).Build().Evaluate(pages);

        Assert.Equal(pages.Length, result.Rows.Count);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            double[] reference = expected[row.InputIndex];
            Assert.Equal(reference[..6], row.Scores.Select(s => s.Place));
            Assert.Equal(reference[6], row.Total);
            Assert.Equal(reference[7], row.FinalPlace);
        }
    }
    [Fact]
    public void Evaluate_MissingPopulationForOneIndicator_NamesIt()
    {
        PageStats[] pages = ThreePages();
        pages[2] = pages[2] with { Population = null };
        var ex = Assert.Throws<InvalidPagesException>(() => RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers).Add(ArticleIndicators.FollowersPercentOfPopulation).Build().Evaluate(pages));
        Assert.Equal("Page 'c': population is missing but 'followers, % of population' needs it.", ex.Message);
    }
    [Fact]
    public void Evaluate_EveryPageIneligible_GivesNoRowsAndEveryPageExcluded()
    {
        PageStats[] pages = [.. ThreePages().Select(p => p with { ExclusionReason = "not an official page" })];
        RatingResult<PageStats> result = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).WithTieBreakers("ER").Build().Evaluate(pages);
        Assert.Empty(result.Rows);
        Assert.Equal(["a", "b", "c"], result.Excluded.Select(e => e.Id));
        Assert.All(result.Excluded, e => Assert.Equal("not an official page", e.Reason));
    }
}
