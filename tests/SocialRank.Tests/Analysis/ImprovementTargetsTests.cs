using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Analysis;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Analysis;

/// <summary>
/// The improvement targets: a property (the change reaches the target, one unit less does not), a brute-force oracle
/// (every value of the figure in a range, each re-rated) that must agree exactly, and cases on small hand-made ratings.
/// </summary>
public class ImprovementTargetsTests
{
    /// <summary>The figures the generated cases change.</summary>
    internal static readonly PageField[] Fields = [PageFields.Followers, PageFields.Posts, PageFields.Likes, PageFields.Comments, PageFields.EngagedUsers];

    /// <summary>The band scheme of the generated methods: place 1 leads, the next 2 are the middle, the rest last.</summary>
    private static PlaceBandZoneScheme Bands() => new("bands", [new PlaceBand(1, new Zone("lead", "green")), new PlaceBand(2, new Zone("middle", "white"))], new Zone("rest", "red"));

    internal static PageFigure<PageStats> Figure(PageField field) => new(field.Key, field.ValueOf, field.With);

    [Property(MaxTest = 1000, Replay = "(1701,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Find_ReachedChange_ReachesTheTarget_AndOneUnitLessDoesNot(TargetCase c)
    {
        RatingResult<PageStats> today = c.Method.Evaluate(c.Pages);
        string id = c.Pages[c.Page].Id;
        PageField field = Fields[c.Field];
        FigureTarget answer = ImprovementTargets.Find(today, id, Figure(field), c.Target);
        double x0 = field.ValueOf(c.Pages[c.Page])!.Value;
        return answer.Outcome switch
        {
            TargetOutcome.Reached => answer.Change is double d && d != 0 && d == Math.Floor(d)
                && Meets(c, today, Rerate(c, field, x0 + d), id)
                && !Meets(c, today, Rerate(c, field, x0 + d - Math.Sign(d)), id)
                && answer.PlaceThen == Rerate(c, field, x0 + d).Row(id).FinalPlace,
            TargetOutcome.AlreadyMet => answer.Change == 0 && Meets(c, today, today, id),
            TargetOutcome.Unreachable => !Meets(c, today, today, id) && answer.Value is null,
            _ => false,
        };
    }

    [Property(MaxTest = 1000, Replay = "(1702,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Find_AgreesWithABruteForceSearch_OverEveryValueOfTheFigure(TargetCase c)
    {
        RatingResult<PageStats> today = c.Method.Evaluate(c.Pages);
        string id = c.Pages[c.Page].Id;
        PageField field = Fields[c.Field];
        FigureTarget answer = ImprovementTargets.Find(today, id, Figure(field), c.Target);
        double? oracle = BruteForce(c, today, field, id, out bool metToday);
        return metToday ? answer.Outcome == TargetOutcome.AlreadyMet
            : oracle is double value ? answer.Outcome == TargetOutcome.Reached && answer.Value == value
            : answer.Outcome == TargetOutcome.Unreachable;
    }

    [Property(MaxTest = 500, Replay = "(1703,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Find_OneDirection_AgreesWithTheBruteForceSearchInThatDirection(TargetCase c)
    {
        RatingResult<PageStats> today = c.Method.Evaluate(c.Pages);
        string id = c.Pages[c.Page].Id;
        PageField field = Fields[c.Field];
        double x0 = field.ValueOf(c.Pages[c.Page])!.Value;
        FigureTarget up = ImprovementTargets.Find(today, id, Figure(field), c.Target, ChangeDirection.Increase);
        FigureTarget down = ImprovementTargets.Find(today, id, Figure(field), c.Target, ChangeDirection.Decrease);
        if (Meets(c, today, today, id))
        {
            return up.Outcome == TargetOutcome.AlreadyMet && down.Outcome == TargetOutcome.AlreadyMet;
        }

        double? Search(IEnumerable<double> values) => values.Cast<double?>().FirstOrDefault(x => Meets(c, today, Rerate(c, field, x!.Value), id));
        double? higher = Search(Range(x0 + 1, OracleLimit)), lower = Search(Range(0, x0 - 1).Reverse());
        return up.Value == higher && (up.Outcome == TargetOutcome.Reached) == higher.HasValue
            && down.Value == lower && (down.Outcome == TargetOutcome.Reached) == lower.HasValue;
    }

    [Fact]
    public void Find_PassingAPage_PushesItDown_SoTheTotalIsNotMonotone()
    {
        // Two indicators: followers, and followers % of population. Page "c" is last; passing "b" on followers (21 > 20)
        // is enough for a better place.
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(ArticleIndicators.FollowersPercentOfPopulation).Build();
        PageStats[] pages =
        [
            new("a") { Followers = 30, Population = 100 },
            new("b") { Followers = 20, Population = 100 },
            new("c") { Followers = 10, Population = 200 },
        ];
        RatingResult<PageStats> today = method.Evaluate(pages);
        Assert.Equal(3.0, today.Row("c").FinalPlace);

        FigureTarget answer = ImprovementTargets.Find(today, "c", Figure(PageFields.Followers), ImprovementTarget.BetterPlace);

        // At 20 followers (10 %, below b's 20 %) c ties b on followers: totals b 2+2 = 4, c 2+3 = 5, still last.
        // At 21 c passes b on followers: b 3+2 = 5, c 2+3 = 5, a shared second place.
        Assert.Equal((TargetOutcome.Reached, 21.0, 11.0, 2.0), (answer.Outcome, answer.Value!.Value, answer.Change!.Value, answer.PlaceThen!.Value));
        Assert.Equal(110.0, answer.PercentOfToday);
    }

    [Fact]
    public void Find_AtThePrecision_PassesOnlyWhenTheRoundedValueDoes()
    {
        // Followers % of population at 2 decimals: a has 1 / 3 = 33.33 %; b needs 33.33 % to tie and 33.34 % to pass.
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.FollowersPercentOfPopulation).Build();
        PageStats[] pages = [new("a") { Followers = 1, Population = 3 }, new("b") { Followers = 3_000, Population = 10_000 }];
        RatingResult<PageStats> today = method.Evaluate(pages);

        FigureTarget tie = ImprovementTargets.Find(today, "b", Figure(PageFields.Followers), ImprovementTarget.BetterPlace);

        // 3,333 / 10,000 = 33.33 % ties a (shared place 1); 3,332 is 33.32 %.
        Assert.Equal((3_333.0, 1.0), (tie.Value!.Value, tie.PlaceThen!.Value));
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 25.0)]
    [InlineData(MidpointRounding.ToEven, 23.0)]
    public void Find_TheMidpointRule_MovesTheThreshold(MidpointRounding midpoint, double likes)
    {
        // Average engagement per post at 1 decimal: a has 5 / 4 = 1.25, compared as 1.3 (half away from zero) or 1.2 (to
        // even). b, on 20 posts, ties a at 25 likes (1.25 → 1.3) or at 23 (1.15 → 1.2 to even; 24 is 1.2 too, but
        // 23 is the smallest), a shared first place.
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.AverageEngagementPerPost).WithMidpointRounding(midpoint).Build();
        PageStats[] pages =
        [
            new("a") { Posts = 4, Likes = 5, Comments = 0, Shares = 0, Saves = 0 },
            new("b") { Posts = 20, Likes = 20, Comments = 0, Shares = 0, Saves = 0 },
        ];
        RatingResult<PageStats> today = method.Evaluate(pages);

        FigureTarget answer = ImprovementTargets.Find(today, "b", Figure(PageFields.Likes), ImprovementTarget.BetterPlace);

        Assert.Equal((likes, 1.0), (answer.Value!.Value, answer.PlaceThen!.Value));
    }

    [Fact]
    public void Find_FollowersInTheDenominatorOfER_CanBeADecrease()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.EngagementRate).Build();
        PageStats[] pages =
        [
            new("a") { Followers = 100, Posts = 1, Likes = 10, Comments = 0, Shares = 0, Saves = 0 },
            new("b") { Followers = 100, Posts = 1, Likes = 5, Comments = 0, Shares = 0, Saves = 0 },
        ];
        RatingResult<PageStats> today = method.Evaluate(pages);

        FigureTarget up = ImprovementTargets.Find(today, "b", Figure(PageFields.Followers), ImprovementTarget.BetterPlace, ChangeDirection.Increase);
        FigureTarget down = ImprovementTargets.Find(today, "b", Figure(PageFields.Followers), ImprovementTarget.BetterPlace);

        // ER 5 / 100 = 5 %; a has 10 %: b ties at 50 followers.
        Assert.Equal(TargetOutcome.Unreachable, up.Outcome);
        Assert.Equal((TargetOutcome.Reached, 50.0, -50.0), (down.Outcome, down.Value!.Value, down.Change!.Value));
    }

    [Fact]
    public void Find_AnIncreaseAndADecreaseOfOneSize_ThenTheIncreaseIsTheAnswer()
    {
        // b is second (followers 2 + ER 2 = 4 against a's 1 + 1). 12 followers pass a on followers (b 1 + 2, ER 75 %;
        // a 2 + 1): a shared first place; so do 8 followers (ER 112.5 % passes a's 100 %: b 2 + 1, a 1 + 2). 11 and 9 only tie.
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Add(ArticleIndicators.EngagementRate).Build();
        PageStats[] pages =
        [
            new("a") { Followers = 11, Posts = 1, Likes = 11, Comments = 0, Shares = 0, Saves = 0 },
            new("b") { Followers = 10, Posts = 1, Likes = 9, Comments = 0, Shares = 0, Saves = 0 },
        ];
        RatingResult<PageStats> today = method.Evaluate(pages);
        PageFigure<PageStats> followers = Figure(PageFields.Followers);

        Assert.Equal(2.0, ImprovementTargets.Find(today, "b", followers, ImprovementTarget.BetterPlace).Change);
        Assert.Equal(-2.0, ImprovementTargets.Find(today, "b", followers, ImprovementTarget.BetterPlace, ChangeDirection.Decrease).Change);
    }

    [Fact]
    public void Find_FigureNotInAnyIndicator_IsUnreachable_AndAnUnknownFigureIsSaid()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Build();
        PageStats[] pages = [new("a") { Followers = 10 }, new("b") { Followers = 5, Views = 100 }];
        RatingResult<PageStats> today = method.Evaluate(pages);

        Assert.Equal(TargetOutcome.Unreachable, ImprovementTargets.Find(today, "b", Figure(PageFields.Views), ImprovementTarget.BetterPlace).Outcome);
        Assert.Equal(TargetOutcome.FigureUnknown, ImprovementTargets.Find(today, "b", Figure(PageFields.Reach), ImprovementTarget.BetterPlace).Outcome);
        Assert.Equal(TargetOutcome.AlreadyMet, ImprovementTargets.Find(today, "a", Figure(PageFields.Followers), ImprovementTarget.BetterPlace).Outcome);
        Assert.Equal((TargetOutcome.Reached, 10.0), ImprovementTargets.Find(today, "b", Figure(PageFields.Followers), ImprovementTarget.ToPlace(1)) is var f ? (f.Outcome, f.Value!.Value) : default);

        // Beyond the range searched: not searched, said to be out of reach.
        RatingResult<PageStats> huge = method.Evaluate([new("a") { Followers = 2e12 }, new("b") { Followers = 1.5e12 }]);
        Assert.Equal(TargetOutcome.Unreachable, ImprovementTargets.Find(huge, "b", Figure(PageFields.Followers), ImprovementTarget.BetterPlace).Outcome);
    }

    [Fact]
    public void Find_AValueTheRatingWouldRefuse_IsNeverTheAnswer()
    {
        // Average engagement per post whose missing values fail the rating: 0 posts would make b's value missing.
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.AverageEngagementPerPost with { Missing = SocialRank.Indicators.MissingValueRule.Fail }).Build();
        PageStats[] pages =
        [
            new("a") { Posts = 1, Likes = 10, Comments = 0, Shares = 0, Saves = 0 },
            new("b") { Posts = 1, Likes = 5, Comments = 0, Shares = 0, Saves = 0 },
        ];
        RatingResult<PageStats> today = method.Evaluate(pages);
        Assert.Throws<InvalidPagesException>(() => method.Evaluate([pages[0], PageFields.Posts.With(pages[1], 0)]));

        Assert.Equal(TargetOutcome.Unreachable, ImprovementTargets.Find(today, "b", Figure(PageFields.Posts), ImprovementTarget.BetterPlace).Outcome);
        Assert.Equal(5.0, ImprovementTargets.Find(today, "b", Figure(PageFields.Likes), ImprovementTarget.BetterPlace).Change);
    }

    [Fact]
    public void Find_PageNotRated_OrZoneNotInTheMethod_Throws()
    {
        RatingMethod<PageStats> method = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).AddZones(Bands()).Build();
        PageStats[] pages = [new("a") { Followers = 10 }, new("x") { Followers = 5, ExclusionReason = "closed" }];
        RatingResult<PageStats> today = method.Evaluate(pages);
        PageFigure<PageStats> followers = Figure(PageFields.Followers);

        Assert.Equal(
            "Page 'x' is excluded from this rating (closed), so it has no place to improve. (Parameter 'pageId')",
            Assert.Throws<ArgumentException>(() => ImprovementTargets.Find(today, "x", followers, ImprovementTarget.BetterPlace)).Message);
        Assert.Equal(
            "Page 'nope' is not rated in this rating, so it has no place to improve. (Parameter 'pageId')",
            Assert.Throws<ArgumentException>(() => ImprovementTargets.Find(today, "nope", followers, ImprovementTarget.BetterPlace)).Message);
        Assert.Equal(
            "No zone scheme of the method has a zone named 'top'; the zones are: 'lead', 'middle', 'rest'. (Parameter 'target')",
            Assert.Throws<ArgumentException>(() => ImprovementTargets.Find(today, "a", followers, ImprovementTarget.ToZone("top"))).Message);
        Assert.Equal(
            "The method has no zone scheme named 'other'. (Parameter 'target')",
            Assert.Throws<ArgumentException>(() => ImprovementTargets.Find(today, "a", followers, ImprovementTarget.ToZone("lead", "other"))).Message);
        Assert.Equal("directions", Assert.Throws<ArgumentOutOfRangeException>(() => ImprovementTargets.Find(today, "a", followers, ImprovementTarget.BetterPlace, (ChangeDirection)7)).ParamName);
        Assert.Equal(
            "A target place must be at least 1 but was 0. (Parameter 'place')",
            Assert.Throws<ArgumentOutOfRangeException>(() => ImprovementTarget.ToPlace(0)).Message);
    }

    [Fact]
    public void Summarize_TheSample_GivesEachFiguresCheapestMove_CheckedByRerating()
    {
        RatingResult<PageStats> today = SamplePages.ArticleWithZones().Evaluate(SamplePages.July());
        PageFigure<PageStats>[] figures = [.. PageFields.All.Where(f => f != PageFields.Population).Select(Figure)];
        foreach (string id in new[] { "atyrau-ig", "almaty_region-ig", "pavlodar-fb" })
        {
            TargetSummary summary = ImprovementTargets.Summarize(today, id, figures);
            Assert.Equal(today.Row(id).FinalPlace, summary.Place);
            Assert.Equal(figures.Length, summary.ToBetterPlace.Count);
            foreach (FigureTarget move in summary.ToBetterPlace.Where(m => m.IsReached).Concat(summary.ToNextZone.Where(m => m.IsReached)))
            {
                PageField field = PageFields.All.Single(f => f.Key == move.Figure);
                PageStats[] changed = [.. today.Pages.Select(p => p.Id == id ? field.With(p, move.Value) : p)];
                RatingRow<PageStats> row = today.Method.Evaluate(changed).Row(id);
                Assert.Equal(move.PlaceThen, row.FinalPlace);
                string[] zones = [.. today.Method.ZoneSchemes[0].Zones.Select(z => z.Name)];
                Assert.True(move.Target.Kind == TargetKind.BetterPlace
                    ? row.FinalPlace < summary.Place
                    : Array.IndexOf(zones, row.ZoneOf(0)!.Name) <= Array.IndexOf(zones, summary.NextZone));
            }

            double[] costs = [.. summary.ToBetterPlace.TakeWhile(m => m.IsReached).Select(m => Math.Abs(m.PercentOfToday ?? double.PositiveInfinity))];
            Assert.Equal(costs.Order(), costs);
        }

        // Atyrau's Instagram page is first: nothing moves it up.
        Assert.Null(ImprovementTargets.Summarize(today, "atyrau-ig", figures).CheapestToBetterPlace);
    }

    [Fact]
    public void Find_OnTheSample_EngagedUsersToThePlaceAbove_IsTheSmallestThatWorks()
    {
        RatingResult<PageStats> today = SamplePages.ArticleWithZones().Evaluate(SamplePages.July());
        foreach (RatingRow<PageStats> row in today.Rows.Where(r => r.FinalPlace is > 1 and <= 12))
        {
            FigureTarget answer = ImprovementTargets.Find(today, row.Id, Figure(PageFields.EngagedUsers), ImprovementTarget.BetterPlace, ChangeDirection.Increase);
            if (!answer.IsReached)
            {
                continue;
            }

            double Place(double value) => today.Method.Evaluate([.. today.Pages.Select(p => p.Id == row.Id ? PageFields.EngagedUsers.With(p, value) : p)]).Row(row.Id).FinalPlace;
            Assert.True(Place(answer.Value!.Value) < row.FinalPlace, row.Id);
            Assert.False(Place(answer.Value!.Value - 1) < row.FinalPlace, row.Id);
        }
    }

    /// <summary>The oracle's range: every figure from 0 to here (the generated figures saturate every indicator well below it).</summary>
    private const double OracleLimit = 2_600;

    private static IEnumerable<double> Range(double from, double to)
    {
        for (double x = from; x <= to; x++)
        {
            yield return x;
        }
    }

    /// <summary>Tries every value of the figure from today's outwards (an increase before a decrease of the same size), re-rating each.</summary>
    private static double? BruteForce(TargetCase c, RatingResult<PageStats> today, PageField field, string id, out bool metToday)
    {
        metToday = Meets(c, today, today, id);
        double x0 = field.ValueOf(c.Pages[c.Page])!.Value;
        for (double k = 1; k <= OracleLimit; k++)
        {
            if (x0 + k <= OracleLimit && Meets(c, today, Rerate(c, field, x0 + k), id))
            {
                return x0 + k;
            }

            if (x0 - k >= 0 && Meets(c, today, Rerate(c, field, x0 - k), id))
            {
                return x0 - k;
            }
        }

        return null;
    }

    private static RatingResult<PageStats> Rerate(TargetCase c, PageField field, double value)
        => c.Method.Evaluate([.. c.Pages.Select((p, i) => i == c.Page ? field.With(p, value) : p)]);

    /// <summary>The test's own reading of the target: a lower final place, place N or better, or the zone (for the bands, or one above it).</summary>
    private static bool Meets(TargetCase c, RatingResult<PageStats> today, RatingResult<PageStats> changed, string id)
    {
        double before = today.Row(id).FinalPlace;
        if (!changed.TryGetRow(id, out RatingRow<PageStats> row))
        {
            return false;
        }

        ImprovementTarget t = c.Target;
        return t.Kind switch
        {
            TargetKind.BetterPlace => before > 1 ? row.FinalPlace < before : row.FinalPlace == 1,
            TargetKind.Place => row.FinalPlace <= t.Place,
            _ when t.Scheme == "bands" => row.ZoneOf("bands")?.Name is string z && Array.IndexOf(["lead", "middle", "rest"], z) <= Array.IndexOf(["lead", "middle", "rest"], t.Zone),
            _ => row.ZoneOf(t.Scheme!)?.Name == t.Zone,
        };
    }

    /// <summary>A generated rating: the article's six indicators (or some of them; at their precisions, half away from zero or to even, or exact) over 2 to 5 small pages, a page, a figure, a target.</summary>
    public sealed record TargetCase(PageStats[] Pages, RatingMethod<PageStats> Method, int Page, int Field, ImprovementTarget Target)
    {
        public override string ToString()
            => $"{string.Join("; ", Pages.Select(p => $"{p.Id}: F{p.Followers} P{p.Posts} L{p.Likes} C{p.Comments} E{p.EngagedUsers} N{p.Population}"))} | {string.Join(", ", Method.Indicators.Select(i => i.Indicator.Name))} ties {Method.IndicatorTies}/{Method.FinalTies}, precisions {string.Join("/", Method.Indicators.Select(i => i.Indicator.Precision))} | page {Page} {Fields[Field]} to {Target}";
    }

    public static class Arbitraries
    {
        private static readonly TieMethod[] Ties = Enum.GetValues<TieMethod>();

        public static Arbitrary<TargetCase> Cases() =>
            (from n in Gen.Choose(2, 5)
             from followers in Gen.ArrayOf(Gen.Choose(1, 20), n)
             from posts in Gen.ArrayOf(Gen.Choose(1, 4), n)
             from likes in Gen.ArrayOf(Gen.Choose(1, 20), n)
             from comments in Gen.ArrayOf(Gen.Choose(0, 5), n)
             from engaged in Gen.ArrayOf(Gen.Choose(0, 30), n)
             from population in Gen.ArrayOf(Gen.Elements(50, 100, 150, 200), n)
             from indicators in Gen.SubListOf(ArticleIndicators.All.ToArray()).Where(l => l.Count > 0)
             from weights in Gen.ArrayOf(Gen.Elements(1.0, 1.0, 2.0, 0.5), indicators.Count)
             from indicatorTies in Gen.Elements(Ties)
             from finalTies in Gen.Elements(Ties)
             from page in Gen.Choose(0, n - 1)
             from field in Gen.Choose(0, Fields.Length - 1)
             from kind in Gen.Choose(0, 4)
             from place in Gen.Choose(1, n)
             from zone in Gen.Elements("lead", "middle", "Green zone", "White zone", "Red zone")
             from rounding in Gen.Elements("published", "published", "to even", "exact")
             select Build(n, followers, posts, likes, comments, engaged, population, indicators, weights, indicatorTies, finalTies, page, field, kind, place, zone, rounding))
            .Where(c => c.Field == 0 || !Meets(c, c.Method.Evaluate(c.Pages), c.Method.Evaluate(c.Pages), c.Pages[c.Page].Id)) // mostly targets not met today
            .ToArbitrary();

        private static TargetCase Build(int n, int[] followers, int[] posts, int[] likes, int[] comments, int[] engaged, int[] population,
            List<SocialRank.Indicators.Indicator<PageStats>> indicators, double[] weights, TieMethod indicatorTies, TieMethod finalTies, int page, int field, int kind, int place, string zone, string rounding)
        {
            PageStats[] pages = [.. Enumerable.Range(0, n).Select(i => new PageStats("p" + i)
            {
                Followers = followers[i], Posts = posts[i], Likes = likes[i], Comments = comments[i], Shares = 0, Saves = 0, EngagedUsers = engaged[i], Population = population[i],
            })];
            RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats().WithIndicatorTies(indicatorTies).WithFinalTies(finalTies).AddZones(Bands());
            for (int j = 0; j < indicators.Count; j++)
            {
                builder.Add(indicators[j], weights[j]);
            }

            builder = rounding switch
            {
                "exact" => builder.WithExactComparison(),
                "to even" => builder.WithMidpointRounding(MidpointRounding.ToEven),
                _ => builder,
            };
            bool followersPercent = indicators.Any(i => i.Name == ArticleIndicators.FollowersPercentOfPopulationName);
            if (followersPercent)
            {
                builder.AddZones(ArticleZones.FollowersPercentOfPopulation());
            }

            ImprovementTarget target = kind switch
            {
                0 or 1 => ImprovementTarget.BetterPlace,
                2 => ImprovementTarget.ToPlace(place),
                _ when zone is "lead" or "middle" || !followersPercent => ImprovementTarget.ToZone(zone is "lead" or "middle" ? zone : "lead", "bands"),
                _ => ImprovementTarget.ToZone(zone, ArticleZoneNames.English.FollowersPercentOfPopulation),
            };
            return new TargetCase(pages, builder.Build(), page, field, target);
        }
    }
}
