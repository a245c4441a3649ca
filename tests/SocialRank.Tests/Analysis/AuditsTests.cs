using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

public class AuditsTests
{
    [Property(MaxTest = 1000, Replay = "(1411,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Dominance_AnyTieMethodButOrdinalFinalTies_NeverPlacesADominatedPageAbove(RatingCase c)
    {
        RatingResult<TestPage> result = c.Method().Evaluate(c.Pages);
        IReadOnlyList<DominancePair> pairs = Audits.Dominance(result);

        // Every pair found dominates by the definition, on the result's own places.
        bool definition = pairs.All(p =>
        {
            var a = result.Row(p.Dominator).Scores;
            var b = result.Row(p.Dominated).Scores;
            return Enumerable.Range(0, a.Count).All(j => a[j].Place <= b[j].Place) && Enumerable.Range(0, a.Count).Any(j => a[j].Place < b[j].Place);
        });
        return definition && pairs.All(p => !p.IsViolated);
    }

    [Property(MaxTest = 300, Replay = "(1412,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Dominance_UnderEveryDrawnPerturbation_IsNeverViolated(RatingCase c)
    {
        // Also across the runs of an uncertainty analysis: each drawn method keeps a dominator at or above its page.
        var perturbation = Perturbation.Weights(0.9).Then(Perturbation.DropOneIndicator());
        for (int run = 0; run < 5; run++)
        {
            RatingMethod<TestPage> method = c.Method();
            var draw = new Perturbation.Draw([.. method.Weights], method.IndicatorTies);
            perturbation.Apply(draw, new RunRandom(c.Pages.Length, run));
            if (Audits.Dominance(UncertaintyAnalysis.MethodOf(method, draw).Evaluate(c.Pages)).Any(p => p.IsViolated))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Dominance_OrdinalFinalTies_CanPlaceADominatedPageAbove()
    {
        // b is better than a only on a weight-0 indicator: equal totals, and ordinal final ties keep input order.
        RatingMethod<TestPage> method = RatingMethod.For<TestPage>(p => p.Id)
            .Add(new Indicator<TestPage>("x", p => p.Values[0], Better.Higher), 1)
            .Add(new Indicator<TestPage>("y", p => p.Values[1], Better.Higher), 0)
            .WithFinalTies(TieMethod.Ordinal).Build();
        IReadOnlyList<DominancePair> pairs = Audits.Dominance(method.Evaluate([new TestPage("a", [1, 1]), new TestPage("b", [1, 2])]));
        Assert.Equal([new DominancePair("b", "a", 2, 1)], pairs);
        Assert.True(pairs[0].IsViolated);
    }

    [Fact]
    public void Reversals_RankSums_ReverseTwoPagesWhenAThirdLeaves()
    {
        // x: a c b d, y (weight 0.75): b d a c. With c: a = 1 + 2.25 = 3.25, b = 3 + 0.75 = 3.75, a above b. Without c,
        // b moves up on x only: a = 1 + 2.25 = 3.25, b = 2 + 0.75 = 2.75, b above a.
        RatingMethod<TestPage> method = RatingMethod.For<TestPage>(p => p.Id)
            .Add(new Indicator<TestPage>("x", p => p.Values[0], Better.Higher))
            .Add(new Indicator<TestPage>("y", p => p.Values[1], Better.Higher), 0.75).Build();
        TestPage[] pages = [new("a", [4, 2]), new("b", [2, 4]), new("c", [3, 1]), new("d", [1, 3])];
        IReadOnlyList<PageRemoval> removals = Audits.Reversals(method.Evaluate(pages));

        Assert.Equal(["a", "b", "c", "d"], removals.Select(r => r.Removed));
        PageRemoval withoutC = removals.Single(r => r.Removed == "c");
        Assert.Equal(1, withoutC.FlippedPairs);
        Assert.Equal([new FlippedPair("a", "b")], withoutC.Examples);
        Assert.All(removals, r => Assert.Equal(r.FlippedPairs, r.Examples.Count));
    }

    [Fact]
    public void LeaveOneOut_EachIndicatorRemoved_EqualsRatingWithoutIt()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(50);
        RatingResult<TestPage> nominal = method.Evaluate(pages);
        LeaveOneOut table = LeaveOneOut.Of(nominal);
        Assert.Equal(["i0", "i1", "i2", "i3", "i4", "i5"], table.Indicators);
        Assert.Equal(nominal.Rows.Select(r => r.Id), table.Pages.Select(p => p.Id));
        for (int j = 0; j < 6; j++)
        {
            RatingMethodBuilder<TestPage> builder = RatingMethod.For<TestPage>(p => p.Id);
            for (int i = 0; i < 6; i++)
            {
                if (i != j)
                {
                    builder.Add(method.Indicators[i].Indicator, method.Indicators[i].Weight);
                }
            }

            RatingResult<TestPage> without = builder.Build().Evaluate(pages);
            Assert.All(table.Pages, p => Assert.Equal(without.Row(p.Id).FinalPlace, p.Places[j]));
            Assert.All(table.Pages, p => Assert.Equal(p.Places[j] - p.NominalPlace, p.Shifts[j]));
        }

        Assert.All(table.Pages, p => Assert.Equal(p.Shifts.Max(Math.Abs), p.MaxAbsoluteShift));
    }

    [Fact]
    public void Dominance_TooManyPages_IsRefusedWithItsLimit()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(501);
        var e = Assert.Throws<NotSupportedException>(() => Audits.Reversals(method.Evaluate(pages)));
        Assert.Equal("The reversal audit supports at most 500 rated pages but there are 501.", e.Message);
    }

    public static class Arbitraries
    {
        private static readonly TieMethod[] NotOrdinal = [TieMethod.Min, TieMethod.Average, TieMethod.Max, TieMethod.Dense];

        public static Arbitrary<RatingCase> Cases() =>
            (from c in AnalysisCases.AllCases()
             from finalTies in Gen.Elements(NotOrdinal)
             select c with { FinalTies = finalTies }).ToArbitrary();
    }
}
