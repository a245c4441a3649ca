using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Rating;

public partial class RatingMethodTests
{
    private static readonly Zone ManyLeaders = new("leaders", "green");
    private static readonly Zone ManyWhite = new("white zone", "white");
    private static readonly Zone ManyRest = new("rest", "grey");

    // Pages with many ties (small whole counts), missing values, zero posts and followers, and ineligible pages.
    internal static List<PageStats> ManyPages(int n, int seed)
    {
        var random = new Random(seed);
        var pages = new List<PageStats>(n);
        for (int i = 0; i < n; i++)
        {
            pages.Add(new PageStats("page-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Followers = MaybeMissing(random, random.Next(0, 50)),
                Posts = MaybeMissing(random, random.Next(0, 6)),
                Likes = MaybeMissing(random, random.Next(0, 200)),
                Comments = MaybeMissing(random, random.Next(0, 20)),
                Shares = 0,
                Saves = MaybeMissing(random, random.Next(0, 3)),
                EngagedUsers = MaybeMissing(random, random.Next(0, 40)),
                Population = 100 * random.Next(1, 30),
                ExclusionReason = random.Next(50) == 0 ? "personal account" : null,
            });
        }

        return pages;
    }

    private static double? MaybeMissing(Random random, int value) => random.Next(25) == 0 ? null : value;

    private static RatingMethod<PageStats> ManyPagesMethod(TieMethod ties, bool tieBreakers)
    {
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers)
            .Add(ArticleIndicators.FollowersPercentOfPopulation, 2)
            .Add(ArticleIndicators.EngagedUsers with { Missing = MissingValueRule.Exclude })
            .Add(ArticleIndicators.AverageEngagementPerPost)
            .Add(ArticleIndicators.EngagedUsersPercentOfPopulation, 0.5)
            .Add(ArticleIndicators.EngagementRate)
            .WithIndicatorTies(ties)
            .WithFinalTies(ties)
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(3, ManyLeaders), new PlaceBand(7, ManyWhite)], ManyRest))
            .AddZones(ThresholdZoneScheme.OnTotal("by total", [ValueBand.Below(40, ManyLeaders), ValueBand.AtLeast(40, ManyRest)]));
        if (tieBreakers)
        {
            builder.WithTieBreakers(ArticleIndicators.EngagedUsersName, ArticleIndicators.FollowersName);
        }

        return builder.Build();
    }

    private static void AssertSameRating(RatingResult<PageStats> expected, RatingResult<PageStats> actual)
    {
        Assert.Equal(expected.Excluded.Select(e => (e.InputIndex, e.Reason)), actual.Excluded.Select(e => (e.InputIndex, e.Reason)));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (int r = 0; r < expected.Rows.Count; r++)
        {
            RatingRow<PageStats> e = expected.Rows[r], a = actual.Rows[r];
            Assert.Equal(e.InputIndex, a.InputIndex);
            Assert.Equal(e.Position, a.Position);
            Assert.Equal(e.Scores.Select(s => (BitConverter.DoubleToInt64Bits(s.Value), s.Place, s.Penalty)), a.Scores.Select(s => (BitConverter.DoubleToInt64Bits(s.Value), s.Place, s.Penalty)));
            Assert.Equal(e.Total, a.Total);
            Assert.Equal(e.FinalPlace, a.FinalPlace);
            Assert.Equal(e.Decision, a.Decision);
            Assert.Equal(e.Zones, a.Zones);
        }
    }

    [Theory]
    [InlineData(TieMethod.Min, false, 2)]
    [InlineData(TieMethod.Min, true, 2)]
    [InlineData(TieMethod.Average, false, 3)]
    [InlineData(TieMethod.Dense, true, 4)]
    [InlineData(TieMethod.Max, false, 7)]
    [InlineData(TieMethod.Ordinal, true, 5)]
    public void Evaluate_SequentialAndParallel_GiveIdenticalResults(TieMethod ties, bool tieBreakers, int threads)
    {
        List<PageStats> pages = ManyPages(60_000, seed: 20261126 + threads);
        RatingMethod<PageStats> method = ManyPagesMethod(ties, tieBreakers);

        RatingResult<PageStats> sequential = method.Evaluate(pages, EvaluationOptions.Sequential);
        RatingResult<PageStats> parallel = method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = threads, ParallelThreshold = 0 });

        Assert.NotEmpty(sequential.Excluded);
        AssertSameRating(sequential, parallel);
    }

    [Fact]
    public void Evaluate_DuplicateIdsAmongManyPages_ReportsEveryDuplicateOnAnyThreadCount()
    {
        List<PageStats> pages = ManyPages(70_000, seed: 7);
        pages[69_999] = pages[69_999] with { Id = "page-12" };
        pages[40_000] = pages[40_000] with { Id = "page-12" };
        pages[50_000] = pages[50_000] with { Id = "page-3" };
        RatingMethod<PageStats> method = ManyPagesMethod(TieMethod.Min, tieBreakers: false);

        foreach (EvaluationOptions options in new[] { EvaluationOptions.Sequential, new EvaluationOptions { MaxDegreeOfParallelism = 2, ParallelThreshold = 0 } })
        {
            InvalidPagesException e = Assert.Throws<InvalidPagesException>(() => method.Evaluate(pages, options));
            Assert.Equal(
                ["Page id 'page-3' is used by pages #3 and #50000 (0-based); page ids must be unique.", "Page id 'page-12' is used by pages #12, #40000 and #69999 (0-based); page ids must be unique."],
                e.Problems.Select(p => p.Message));
        }
    }

    [Fact]
    public void Evaluate_ManyPagesWithUniqueIds_RatesEveryEligiblePage()
    {
        List<PageStats> pages = ManyPages(100_000, seed: 11);

        RatingResult<PageStats> result = ManyPagesMethod(TieMethod.Min, tieBreakers: false).Evaluate(pages, new EvaluationOptions { ParallelThreshold = 0 });

        Assert.Equal(pages.Count, result.Rows.Count + result.Excluded.Count);
    }
    [Theory]
    [InlineData(2)]
    [InlineData(511)]
    [InlineData(513)]
    [InlineData(5_000)]
    public void Evaluate_FirstAndLastPageShareAnId_ReportsTheDuplicate(int count)
    {
        List<PageStats> pages = ManyPages(count, seed: count);
        pages[count - 1] = pages[count - 1] with { Id = "page-0" };

        InvalidPagesException e = Assert.Throws<InvalidPagesException>(() => ManyPagesMethod(TieMethod.Min, tieBreakers: false).Evaluate(pages));

        Assert.Equal($"Page id 'page-0' is used by pages #0 and #{count - 1} (0-based); page ids must be unique.", Assert.Single(e.Problems).Message);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(20_000)]
    public void Evaluate_UniqueIdsBesidePagesWithoutId_ReportsOnlyTheMissingIds(int count)
    {
        List<PageStats> pages = ManyPages(count, seed: 3);
        pages[1] = pages[1] with { Id = "" };
        pages[count - 2] = pages[count - 2] with { Id = "" };

        InvalidPagesException e = Assert.Throws<InvalidPagesException>(() => ManyPagesMethod(TieMethod.Min, tieBreakers: false).Evaluate(pages));

        Assert.Equal(["Page #1 (0-based) has no id.", $"Page #{count - 2} (0-based) has no id."], e.Problems.Select(p => p.Message));
    }
}

public partial class RatingMethodTests
{
    [Theory]
    [InlineData(1.0, 1)] // totals below 2^20: two radix digits
    [InlineData(1.0, 2)]
    [InlineData(1000.0, 3)] // totals up to about 2^28: three digits
    [InlineData(100_000.0, 2)] // totals above 2^31: not sorted as whole totals
    [InlineData(0.5, 2)] // half places: neither
    public void Evaluate_ManyPagesWithMinTies_PlacesByTotalAndOrdersRowsByPlaceThenInput(double weight, int threads)
    {
        List<PageStats> pages = ManyPages(60_000, seed: 31);
        RatingMethod<PageStats> method = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers, weight)
            .Add(ArticleIndicators.EngagedUsers, weight)
            .Add(ArticleIndicators.AverageEngagementPerPost, weight)
            .Add(ArticleIndicators.EngagementRate, weight)
            .Build();

        RatingResult<PageStats> result = method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = threads, ParallelThreshold = 0 });

        // The oracle: totals from the rows' own places, a min place = 1 + the number of smaller totals, and rows ordered
        // by total, then input order.
        var rows = result.Rows.Select(r => (r.InputIndex, r.FinalPlace, Total: r.Scores.Sum(s => s.Penalty))).ToList();
        Assert.Equal(pages.Count - result.Excluded.Count, rows.Count);
        double[] sortedTotals = [.. rows.Select(r => r.Total).Order()];
        foreach ((int input, double finalPlace, double total) in rows)
        {
            int smaller = LowerBound(sortedTotals, total);
            Assert.True(finalPlace == smaller + 1, $"page #{input}: total {total}, final place {finalPlace}, expected {smaller + 1}");
        }

        Assert.Equal(rows.OrderBy(r => r.Total).ThenBy(r => r.InputIndex).Select(r => r.InputIndex), rows.Select(r => r.InputIndex));
        AssertSameRating(method.Evaluate(pages, EvaluationOptions.Sequential), result);
    }

    [Fact]
    public void Evaluate_ManyPagesWithOneTotal_ShareFirstPlaceInInputOrder()
    {
        List<PageStats> pages = [.. Enumerable.Range(0, 20_000).Select(i => new PageStats("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Followers = 5, Population = 100 })];
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(ArticleIndicators.FollowersPercentOfPopulation).Build();

        RatingResult<PageStats> result = method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = 2, ParallelThreshold = 0 });

        Assert.All(result.Rows, r => Assert.Equal(1.0, r.FinalPlace));
        Assert.Equal(Enumerable.Range(0, pages.Count), result.Rows.Select(r => r.InputIndex));
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
