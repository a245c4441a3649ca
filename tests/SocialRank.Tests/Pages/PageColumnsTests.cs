using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using SocialRank.Engagement;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Rating;

namespace SocialRank.Tests.Pages;

/// <summary><see cref="PageColumns"/>: a method rates pages held in columns exactly as the same pages as objects.</summary>
public class PageColumnsTests
{
    private static readonly string TieBreaker = RatingMethod.Article().Indicators[5].Indicator.Name;

    /// <summary>The methods the property rates with: every column path (fields, interactions, a custom leaf, every check) and one method that cannot read the id column.</summary>
    private static RatingMethod<PageStats> MethodOf(int choice) => (choice % 9) switch
    {
        0 => RatingMethod.Article(),
        1 => RatingMethod.Article().ToBuilder().AddZones(ArticleZones.FinalTable()).AddZones(ArticleZones.FollowersPercentOfPopulation()).Build(),
        2 => RatingMethod.ArticleBuilder(InteractionKinds.All).WithExactComparison().AddZones(ArticleZones.FinalTable()).Build(),
        3 => RatingMethod.ArticleBuilder(InteractionKinds.LikesAndComments).WithMidpointRounding(MidpointRounding.ToEven).WithFinalTies(TieMethod.Dense).Build(),
        4 => RatingMethod.ArticleBuilder(InteractionKinds.All).WithTieBreakers(TieBreaker, ArticleIndicators.EngagedUsersName).Build(),
        5 => RatingMethod.ForPageStats()
            .Add(EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.Pooled))
            .Add(EngagementIndicators.ByViews(InteractionKinds.Likes, ErAggregation.Pooled), 2)
            .Add(EngagementIndicators.Daily(InteractionKinds.All, 30))
            .Build(),
        6 => RatingMethod.ForPageStats()
            .Add(new Indicator<PageStats>("ER or out", PageStatsValues.Interactions(InteractionKinds.All).DividedBy(PageStatsValues.Posts), Better.Higher) { Missing = MissingValueRule.Exclude })
            .Add(new Indicator<PageStats>("reach or fail", PageStatsValues.Reach, Better.Higher) { Missing = MissingValueRule.Fail })
            .Add("saves", p => p.Saves, Better.Lower)
            .Build(),
        7 => RatingMethod.ArticleBuilder(InteractionKinds.All).WithIndicatorTies(TieMethod.Average).WithFinalTies(TieMethod.Ordinal).Build(),
        _ => RatingMethod.For<PageStats>(p => p.Id.ToUpperInvariant()).WithNames(p => "#" + p.Id).AddRange(ArticleIndicators.Create(InteractionKinds.All)).Build(),
    };

    /// <summary>Random pages: small counts (many ties), unknowns, exclusions, names to show or not, and now and then an empty or repeated id, a bad count or a missing population.</summary>
    private static PageStats[] RandomPages(int seed)
    {
        var random = new Random(seed);
        int n = random.Next(0, 45);
        var pages = new PageStats[n];
        double? Count(int field)
        {
            int roll = random.Next(400);
            return roll switch
            {
                0 => -1,
                1 => double.PositiveInfinity,
                < 40 => field == PageFields.Population.Index && roll > 4 ? random.Next(1, 5) * 1000 : null,
                < 60 => 0,
                < 300 => random.Next(1, 8) * (field == PageFields.Population.Index ? 1000 : 1),
                < 390 => random.Next(0, 2_000_000),
                _ => random.Next(1, 1000) / 8.0,
            };
        }

        for (int i = 0; i < n; i++)
        {
            int idRoll = random.Next(100);
            string id = idRoll == 0 ? "" : idRoll == 1 && i > 0 ? pages[random.Next(i)].Id : "p" + i.ToString(CultureInfo.InvariantCulture);
            var counts = new double?[PageFields.All.Count];
            for (int f = 0; f < counts.Length; f++)
            {
                counts[f] = Count(f);
            }

            pages[i] = PageFields.With(
                new PageStats(id)
                {
                    Name = random.Next(4) switch { 0 => null, 1 => " ", 2 => "Аким " + (i % 5), _ => "Page " + i },
                    Network = random.Next(2) == 0 ? "Instagram" : null,
                    Owner = random.Next(3) == 0 ? null : "owner " + (i % 4),
                    ExclusionReason = random.Next(12) == 0 ? "no data" : null,
                },
                counts);
        }

        return pages;
    }

    /// <summary>Everything a result says, as text: each row's id, name, input index, every score (value, compared value, place, penalty), total, place, decision and zones; each excluded page; or every problem.</summary>
    private static string Describe(RatingMethod<PageStats> method, IReadOnlyList<PageStats> pages, EvaluationOptions options)
    {
        RatingResult<PageStats> result;
        try
        {
            result = method.Evaluate(pages, options);
        }
        catch (InvalidPagesException e)
        {
            return "problems: " + string.Join(" / ", e.Problems.Select(p => p.PageId + ": " + p.Message));
        }

        var text = new StringBuilder();
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Position} {row.Id} '{row.Name}' #{row.InputIndex}:");
            foreach (IndicatorScore score in row.Scores)
            {
                text.Append(CultureInfo.InvariantCulture, $" {score.Value:R}/{score.ComparedValue:R}/{score.Place:R}/{score.Penalty:R}");
            }

            text.Append(CultureInfo.InvariantCulture, $" = {row.Total:R} -> {row.FinalPlace:R} {row.Decision} [{string.Join(",", row.Zones.Select(z => z?.Name))}]\n");
        }

        foreach (ExcludedPage<PageStats> excluded in result.Excluded)
        {
            text.Append(CultureInfo.InvariantCulture, $"out {excluded.Id} #{excluded.InputIndex}: {excluded.Reason}\n");
        }

        return text.ToString();
    }

    [Property(MaxTest = 1000, Replay = "(4242,7)")]
    public bool Evaluate_Columns_GiveTheResultOfThePagesAsObjects_BitForBit(int seed, byte method)
    {
        PageStats[] pages = RandomPages(seed);
        RatingMethod<PageStats> rating = MethodOf(method);
        var columns = PageColumns.FromPages(pages);
        string expected = Describe(rating, pages, EvaluationOptions.Sequential);

        // On one thread and on four (pages read in chunks), with the same text to the last bit of every number.
        return Describe(rating, columns, EvaluationOptions.Sequential) == expected
            && Describe(rating, columns, new EvaluationOptions { MaxDegreeOfParallelism = 4, ParallelThreshold = 1 }) == expected;
    }

    [Fact]
    public void Evaluate_Columns_ResultPagesAreThePagesByValue_AndRowsFindTheirIds()
    {
        // Valid pages only (unique ids, counts that are unknown or non-negative and finite), some excluded.
        PageStats[] pages = [.. RandomPages(11).Where(p => p.Id.Length > 0).DistinctBy(p => p.Id)
            .Select(p => PageFields.With(p, [.. PageFields.All.Select(f => f.ValueOf(p) is double v && !(v >= 0 && double.IsFinite(v)) ? 1 : f == PageFields.Population ? 5000 : f.ValueOf(p))]))];
        Assert.True(pages.Length > 10);
        var columns = PageColumns.FromPages(pages);
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(columns);
        Assert.Same(columns, result.Pages);
        Assert.All(result.Rows, r => Assert.Equal(pages[r.InputIndex], r.Page));
        Assert.All(result.Excluded, e => Assert.Equal(pages[e.InputIndex], e.Page));
        Assert.All(result.Rows, r => Assert.Equal(r.Position, result.Row(r.Id).Position));
        Assert.Equal(pages, columns);
    }

    [Fact]
    public void Columns_PointToTheGivenMemory_AndAFieldWithoutAColumnIsUnknown()
    {
        double[] followers = [10, double.NaN, 30];
        PageColumns columns = new PageColumns(new[] { "a", "b", "c" }).With(PageFields.Followers, followers).WithNames(new[] { "A", null, "  " });
        Assert.Equal(3, columns.Count);
        Assert.Equal(10, columns[0].Followers);
        Assert.Null(columns[1].Followers);
        Assert.Null(columns[2].Posts);
        Assert.Equal(["A", "b", "c"], columns.Select(p => p.DisplayName));
        Assert.True(columns.ValuesOf(PageFields.Posts).IsEmpty);
        followers[2] = 31;
        Assert.Equal(31, columns[2].Followers);
    }

    [Fact]
    public void Columns_RefuseANullId_AndAColumnOfAnotherLength_NamingThem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PageColumns(new[] { "a", null!, "c" }));
        Assert.Contains("page #1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("ids", ex.ParamName);
        var columns = new PageColumns(new[] { "a", "b" });
        ex = Assert.Throws<ArgumentException>(() => columns.With(PageFields.EngagedUsers, new double[3]));
        Assert.Contains("engaged_users column has 3 values but there are 2 pages", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => columns.WithOwners(new string?[1]));
        Assert.Contains("owner column has 1 values", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[-1]);
        Assert.Throws<ArgumentNullException>(() => PageColumns.FromPages([new PageStats("a"), null!]));
    }

    [Fact]
    public void Evaluate_Columns_ReportBadCountsAndDuplicateIdsAsThePagesDo()
    {
        PageColumns columns = new PageColumns(new[] { "a", "b", "a", "" })
            .With(PageFields.Followers, new[] { 1, -2, 3, 4.0 })
            .With(PageFields.Population, new[] { 1, 1, double.PositiveInfinity, 1.0 });
        var ex = Assert.Throws<InvalidPagesException>(() => RatingMethod.Article().Evaluate(columns));
        var pages = Assert.Throws<InvalidPagesException>(() => RatingMethod.Article().Evaluate([.. columns]));
        Assert.Equal(pages.Problems.Select(p => p.Message), ex.Problems.Select(p => p.Message));
        Assert.Contains(ex.Problems, p => p.Message.Contains("followers must be >= 0 but was -2", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Message.Contains("'a' is used by pages #0 and #2", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Columns_AllocatesOnlyTheResult()
    {
        // Beyond the result, a fixed amount of scratch (blocks of 256 pages, the id check's tables): the same for 50,000
        // pages as for 200,000, and nothing per page.
        long small = AllocatedBeyondTheResult(50_000);
        long large = AllocatedBeyondTheResult(200_000);
        Assert.InRange(small, 0, 512 * 1024);
        Assert.InRange(large, 0, small + (64 * 1024));
    }

    private static long AllocatedBeyondTheResult(int n)
    {
        var random = new Random(3);
        double[] Column(int max) => [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(1, max))];
        PageColumns columns = new PageColumns(Enumerable.Range(0, n).Select(i => "page-" + i).ToArray())
            .With(PageFields.Followers, Column(100_000)).With(PageFields.Posts, Column(50)).With(PageFields.Likes, Column(5000))
            .With(PageFields.Comments, Column(500)).With(PageFields.Shares, Column(100)).With(PageFields.Saves, Column(100))
            .With(PageFields.EngagedUsers, Column(10_000)).With(PageFields.Population, Column(2_000_000));
        RatingMethod<PageStats> method = RatingMethod.Article();
        method.Evaluate(columns, EvaluationOptions.Sequential); // the ranking workspace, rented once, is reused after

        long before = GC.GetAllocatedBytesForCurrentThread();
        RatingResult<PageStats> result = method.Evaluate(columns, EvaluationOptions.Sequential);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(n, result.Rows.Count);

        // The result: 6 value and 6 place columns, totals, final places (8 bytes a page each) and the order (4 bytes).
        long resultBytes = ((6 * 2 * 8) + 8 + 8 + 4) * (long)n;
        return allocated - resultBytes;
    }

    [Fact]
    public void Evaluate_Columns_AValueReadByAnotherFunction_IsReadFromEachPageMadeFromItsRow()
    {
        PageColumns columns = new PageColumns(new[] { "a", "b", "c" }).With(PageFields.Followers, new[] { 5, 7, 6.0 });
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add("followers squared", p => p.Followers * p.Followers, Better.Higher).Build();
        RatingResult<PageStats> result = method.Evaluate(columns);
        Assert.Equal(["b", "c", "a"], result.Rows.Select(r => r.Id));
        Assert.Equal(49, result.Rows[0].Scores[0].Value);
    }
}
