using FsCheck.Xunit;
using SocialRank.Analysis;
using SocialRank.Engagement;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary>
/// <see cref="Perturbation.IndicatorVariants{TPage}"/> (the ER variant: ER by reach pooled over the month, or the mean of the
/// posts' own rates where post data exists; by followers the two are the same number up to rounding), and
/// the widening of the intervals as the weights' spread grows.
/// </summary>
public class IndicatorVariantsTests
{
    private static readonly Indicator<PageStats> Pooled = EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.Pooled);

    /// <summary>ERR as the mean of the posts' own rates where the page has post data, else pooled over the page's figures.</summary>
    private static readonly Indicator<PageStats> MeanWherePosts = new(
        "ERR (mean of posts where known)",
        p => p.PostDetails is null ? Pooled.Value.Read(p) : EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.MeanOfPosts).Value.Read(p),
        Better.Higher);

    /// <summary>Twenty pages with seeded figures, all but the last four with per-post data whose rates vary from post to post.</summary>
    private static PageStats[] Pages()
    {
        var random = new Random(20200701);
        return [.. Enumerable.Range(0, 20).Select(i =>
        {
            PostStats[] posts = [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => new PostStats { Likes = random.Next(0, 400), Comments = random.Next(0, 60), Shares = random.Next(0, 30), Saves = 0, Reach = random.Next(500, 20_000) })];
            return new PageStats($"p{i:00}")
            {
                Followers = random.Next(1_000, 60_000), Posts = posts.Length, Likes = posts.Sum(p => p.Likes), Comments = posts.Sum(p => p.Comments),
                Shares = posts.Sum(p => p.Shares), Saves = 0, Reach = posts.Sum(p => p.Reach), EngagedUsers = random.Next(100, 9_000), Population = random.Next(200_000, 2_000_000),
                PostDetails = i < 16 ? posts : null,
            };
        })];
    }

    /// <summary>The article's method with zones, written out from its indicators with ER by reach as given in place of ER: the reference rating of one variant.</summary>
    private static RatingMethod<PageStats> ArticleWith(Indicator<PageStats> err)
    {
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats();
        foreach (Indicator<PageStats> indicator in ArticleIndicators.All)
        {
            builder.Add(indicator.Name == EngagementIndicators.ByFollowersName ? err with { Name = EngagementIndicators.ByReachName, Precision = indicator.Precision } : indicator);
        }

        return builder.AddZones(ArticleZones.FinalTable()).Build();
    }

    [Fact]
    public void Run_ErrPooledOrMeanOfPosts_EveryRunIsOneOfTheTwoRatings_AboutHalfEach()
    {
        PageStats[] pages = Pages();
        RatingMethod<PageStats> nominal = ArticleWith(Pooled);
        RatingResult<PageStats> pooled = nominal.Evaluate(pages), mean = ArticleWith(MeanWherePosts).Evaluate(pages);
        Assert.Contains(pages, p => pooled.Rows.Single(r => r.Id == p.Id).FinalPlace != mean.Rows.Single(r => r.Id == p.Id).FinalPlace);

        Perturbation variants = Perturbation.IndicatorVariants(EngagementIndicators.ByReachName, Pooled, MeanWherePosts);
        Assert.Equal("'ERR' as ERR/ERR (mean of posts where known)", variants.ToString());
        UncertaintyResult<PageStats> result = UncertaintyAnalysis.Run(nominal, pages, variants, new UncertaintyOptions { Runs = 400, Seed = 3, TopK = 3 });
        Assert.Equal(EngagementIndicators.ByReachName, result.Nominal.Method.Indicators[5].Indicator.Name);
        foreach (PageUncertainty page in result.Pages)
        {
            double a = pooled.Rows.Single(r => r.Id == page.Id).FinalPlace, b = mean.Rows.Single(r => r.Id == page.Id).FinalPlace;
            Assert.Equal(a, page.NominalPlace);
            Assert.Equal((Math.Min(a, b), Math.Max(a, b)), (page.MinPlace, page.MaxPlace));
            bool topA = a <= 3, topB = b <= 3;
            double expected = (topA ? 0.5 : 0) + (topB ? 0.5 : 0);
            Assert.InRange(page.ProbabilityTopK, expected - 0.1, expected + 0.1);
        }
    }

    [Fact]
    public void IndicatorVariants_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => Perturbation.IndicatorVariants("ER", Pooled));
        Assert.Throws<ArgumentException>(() => Perturbation.IndicatorVariants(" ", Pooled, MeanWherePosts));
        Assert.Throws<ArgumentNullException>(() => Perturbation.IndicatorVariants("ER", Pooled, null!));
        var ex = Assert.Throws<KeyNotFoundException>(() => UncertaintyAnalysis.Run(
            RatingMethod.Article(), Pages(), Perturbation.IndicatorVariants("ERV", Pooled, MeanWherePosts), new UncertaintyOptions { Runs = 2, MaxDegreeOfParallelism = 1 }));
        Assert.StartsWith("The perturbation varies the indicator 'ERV', which the method does not have; its indicators: 'followers', ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WiderWeightSpread_WidensTheIntervalsOfTwentyPages()
    {
        PageStats[] pages = Pages();
        RatingMethod<PageStats> method = ArticleWith(Pooled);
        var options = new UncertaintyOptions { Runs = 500, Seed = 11 };
        double[] widths = [.. new[] { 0.0, 0.1, 0.25, 0.5 }.Select(x => UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(x), options).Pages.Sum(p => p.Upper - p.Lower))];
        Assert.Equal(0, widths[0]);
        Assert.True(widths[1] < widths[2] && widths[2] < widths[3], string.Join(", ", widths));
    }

    /// <summary>
    /// A wider spread of the weights never narrows the intervals, in distribution: with the same seed and 300 runs, the
    /// pages' 5–95 % intervals at ±40 % are together at least as wide as at ±10 %, and every run at ±40 % is at least as far
    /// from the nominal ranking (its Kendall τ-b no higher) as the same run at ±10 %, whose weights move the same way less far.
    /// </summary>
    [Property(MaxTest = 1000, Replay = "(1411,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Run_WiderWeightSpread_NeverNarrowsTheIntervals(RatingCase c)
    {
        RatingMethod<TestPage> method = AnalysisCases.MethodWithZones(c);
        var options = new UncertaintyOptions { Runs = 300, Seed = c.Pages.Length, MaxDegreeOfParallelism = 1 };
        UncertaintyResult<TestPage> narrow = UncertaintyAnalysis.Run(method, c.Pages, Perturbation.Weights(0.1), options);
        UncertaintyResult<TestPage> wide = UncertaintyAnalysis.Run(method, c.Pages, Perturbation.Weights(0.4), options);
        double Width(UncertaintyResult<TestPage> r) => r.Pages.Sum(p => p.Upper - p.Lower);
        bool runsFarther = narrow.Runs.Zip(wide.Runs).All(pair => double.IsNaN(pair.First.KendallTauB) || pair.Second.KendallTauB <= pair.First.KendallTauB + 1e-9);
        return Width(wide) >= Width(narrow) && runsFarther;
    }
}
