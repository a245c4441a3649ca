using FsCheck;
using FsCheck.Xunit;
using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary>Two editions of a rating compared: properties over generated ratings, and the cases of pages that come and go.</summary>
public class EditionComparisonTests
{
    [Property(MaxTest = 500, Replay = "(1501,1)", Arbitrary = [typeof(UncertaintyAnalysisTests.Arbitraries)])]
    public bool Compare_AnEditionWithItself_ChangesNothing(RatingCase c)
    {
        RatingResult<TestPage> result = AnalysisCases.MethodWithZones(c).Evaluate(c.Pages);
        EditionComparisonResult same = EditionComparison.Compare(result, result);
        return same.Pages.Count == result.Rows.Count
            && same.Pages.All(p => p.Status == EditionStatus.Rated && p.Change == 0 && p.ZoneThen == p.ZoneNow && p.Indicators.All(i => i.PenaltyChange == 0))
            && same.Movers.Count == 0
            && (result.Rows.Count < 2 || (Ones(same.KendallTauB) && Ones(same.Spearman)));

        // 1 up to the last bit of the square root in τ-b's denominator; every final place equal (all tied) has no correlation: NaN.
        bool Ones(double r) => Math.Abs(r - 1) <= 1e-15 || (double.IsNaN(r) && result.Rows.All(row => row.FinalPlace == result.Rows[0].FinalPlace));
    }

    [Property(MaxTest = 500, Replay = "(1502,1)", Arbitrary = [typeof(UncertaintyAnalysisTests.Arbitraries)])]
    public bool Compare_SwappedEditions_NegateEveryChange_AndTheIndicatorsAddUpToTheTotal(RatingCase c)
    {
        // The later edition: the same pages with the first indicator's values reversed, so places move.
        RatingMethod<TestPage> method = c.Method();
        TestPage[] later = [.. c.Pages.Select(p => p with { Values = [-p.Values[0], .. p.Values[1..]] })];
        RatingResult<TestPage> a = method.Evaluate(c.Pages), b = method.Evaluate(later);
        EditionComparisonResult forward = EditionComparison.Compare(a, b), backward = EditionComparison.Compare(b, a);
        Dictionary<string, PageChange> back = backward.Pages.ToDictionary(p => p.Id);
        return forward.Pages.All(p =>
            p.Change == -back[p.Id].Change
            && p.PlaceThen == back[p.Id].PlaceNow
            && Math.Abs(p.Indicators.Sum(i => i.PenaltyChange) - (a.Row(p.Id).Total - b.Row(p.Id).Total)) < 1e-9 * (1 + Math.Abs(a.Row(p.Id).Total)))
            && (double.IsNaN(forward.KendallTauB) ? double.IsNaN(backward.KendallTauB) : forward.KendallTauB == backward.KendallTauB);
    }

    [Fact]
    public void Compare_PagesThatComeGoAndAreExcluded_AreListedWithTheirReasons()
    {
        RatingMethod<TestPage> method = RatingMethod.For<TestPage>(p => p.Id)
            .WithEligibility(p => p.Values[0] < 0 ? "closed" : null)
            .Add(new Indicator<TestPage>("v", p => p.Values[0], Better.Higher))
            .Build();
        TestPage P(string id, double v) => new(id, [v]);
        RatingResult<TestPage> then = method.Evaluate([P("a", 3), P("b", 2), P("gone", 1), P("x", -1), P("old-name", 0.5)]);
        RatingResult<TestPage> now = method.Evaluate([P("b", 5), P("a", 3), P("fresh", 4), P("x", 1), P("new-name", 0.7), P("a2", -1)]);

        EditionComparisonResult result = EditionComparison.Compare(then, now, EditionOptions.Default with { IdMap = new Dictionary<string, string> { ["old-name"] = "new-name" } });
        Dictionary<string, PageChange> pages = result.Pages.ToDictionary(p => p.Id);

        Assert.Equal(["b", "fresh", "a", "x", "new-name", "a2", "gone"], result.Pages.Select(p => p.Id));
        Assert.Equal((EditionStatus.Rated, 2.0, 1.0, 1.0), (pages["b"].Status, pages["b"].PlaceThen!.Value, pages["b"].PlaceNow!.Value, pages["b"].Change!.Value));
        Assert.Equal(-2.0, pages["a"].Change);
        Assert.Equal(EditionStatus.New, pages["fresh"].Status);
        Assert.Null(pages["fresh"].Change);
        Assert.Equal((EditionStatus.ExcludedThen, "closed"), (pages["x"].Status, pages["x"].Reason));
        Assert.Equal((EditionStatus.Rated, 4.0, 5.0), (pages["new-name"].Status, pages["new-name"].PlaceThen!.Value, pages["new-name"].PlaceNow!.Value));
        Assert.Equal((EditionStatus.ExcludedNow, "closed"), (pages["a2"].Status, pages["a2"].Reason));
        Assert.Equal((EditionStatus.Left, 3.0), (pages["gone"].Status, pages["gone"].PlaceThen!.Value));
        Assert.Equal(3, result.CommonPages);
        Assert.Equal(["a", "b", "new-name"], result.Movers.Select(p => p.Id));
        Assert.Equal(1, Assert.Single(pages["b"].Indicators).PenaltyChange);
    }

    [Fact]
    public void Compare_DifferentMethods_AreRefusedUnlessAllowed()
    {
        RatingMethod<TestPage> one = RatingMethod.For<TestPage>(p => p.Id).Add(new Indicator<TestPage>("v", p => p.Values[0], Better.Higher)).Build();
        RatingMethod<TestPage> weighted = RatingMethod.For<TestPage>(p => p.Id).Add(new Indicator<TestPage>("v", p => p.Values[0], Better.Higher), 2).Build();
        TestPage[] pages = [new("a", [1]), new("b", [2])];
        RatingResult<TestPage> then = one.Evaluate(pages), now = weighted.Evaluate(pages);

        ArgumentException e = Assert.Throws<ArgumentException>(() => EditionComparison.Compare(then, now));
        Assert.StartsWith("The two editions were rated with different methods ('v' has another direction, precision, weight or missing-value rule)", e.Message, StringComparison.Ordinal);
        EditionComparisonResult allowed = EditionComparison.Compare(then, now, EditionOptions.Default with { AllowDifferentMethods = true });
        Assert.Equal("'v' has another direction, precision, weight or missing-value rule", allowed.MethodDifference);
        Assert.Null(EditionComparison.Compare(then, then).MethodDifference);
    }
}
