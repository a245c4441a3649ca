using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Statistics;
using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

public class UncertaintyAnalysisTests
{
    private static readonly Perturbation Everything =
        Perturbation.Weights(0.5).Then(Perturbation.DropOneIndicator()).Then(Perturbation.IndicatorTies()).Then(Perturbation.ExactOrPublished());

    // Properties.

    [Property(MaxTest = 1000, Replay = "(1401,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Run_NoPerturbation_EveryIntervalIsTheNominalPlace(RatingCase c)
    {
        UncertaintyResult<TestPage> result = UncertaintyAnalysis.Run(
            AnalysisCases.MethodWithZones(c), c.Pages, Perturbation.None, new UncertaintyOptions { Runs = 7, Quantiles = [0, 0.3, 1], MaxDegreeOfParallelism = 1 });
        return result.Pages.All(p =>
            p.MedianPlace == p.NominalPlace && p.Lower == p.NominalPlace && p.Upper == p.NominalPlace
            && p.MinPlace == p.NominalPlace && p.MaxPlace == p.NominalPlace && p.Quantiles.All(q => q == p.NominalPlace)
            && p.MeanAbsoluteShift == 0 && p.ProbabilityNominalZone == 1 && p.QuantilesAreExact
            && p.ProbabilityTopK == (p.NominalPlace <= 3 ? 1 : 0))
            && result.Runs.All(r => double.IsNaN(r.Spearman) || r.Spearman == 1);
    }

    [Property(MaxTest = 1000, Replay = "(1402,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Run_NominalMethodAmongTheDraws_NominalPlaceLiesWithinTheRunsRange(RatingCase c)
    {
        // Two tie methods drawn 64 times: the nominal one is among them (all but surely drawn); weights ±0 keep the rest.
        TieMethod other = c.IndicatorTies == TieMethod.Min ? TieMethod.Max : TieMethod.Min;
        UncertaintyResult<TestPage> result = UncertaintyAnalysis.Run(
            c.Method(), c.Pages, Perturbation.IndicatorTies(c.IndicatorTies, other).Then(Perturbation.Weights(0)),
            new UncertaintyOptions { Runs = 64, MaxDegreeOfParallelism = 1, RunCorrelations = false });
        return result.Pages.All(p => p.MinPlace <= p.NominalPlace && p.NominalPlace <= p.MaxPlace);
    }

    [Property(MaxTest = 300, Replay = "(1403,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Run_ReRankingTheTotals_EqualsEvaluatingEveryDrawnMethod(RatingCase c)
    {
        // The fast path (places ranked once per variant, totals re-ranked per run) against Evaluate per run, same draws.
        RatingMethod<TestPage> method = AnalysisCases.MethodWithZones(c);
        var options = new UncertaintyOptions { Runs = 12, Seed = c.Pages.Length, Quantiles = [0.25, 0.75], MaxDegreeOfParallelism = 1 };
        UncertaintyResult<TestPage> fast = UncertaintyAnalysis.Run(method, c.Pages, Everything, options);
        UncertaintyResult<TestPage> slow = UncertaintyAnalysis.Run(method, c.Pages, Everything, options with { EvaluateEveryRun = true });
        return Describe(fast) == Describe(slow);
    }

    [Property(MaxTest = 200, Replay = "(1404,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Run_AnyThreadCount_GivesTheSameResult(RatingCase c)
    {
        RatingMethod<TestPage> method = AnalysisCases.MethodWithZones(c);
        var options = new UncertaintyOptions { Runs = 40, Seed = 99, Quantiles = [0.1] };
        string one = Describe(UncertaintyAnalysis.Run(method, c.Pages, Everything, options with { MaxDegreeOfParallelism = 1 }));
        return one == Describe(UncertaintyAnalysis.Run(method, c.Pages, Everything, options with { MaxDegreeOfParallelism = 2 }))
            && one == Describe(UncertaintyAnalysis.Run(method, c.Pages, Everything, options with { MaxDegreeOfParallelism = 4 }));
    }

    // Facts.

    [Fact]
    public void Run_LongTableOnOneTwoAndFourThreads_GivesTheSameResult()
    {
        // Longer than ExactPages: each page's places are counted in a window set by the first runs.
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(3000);
        var options = new UncertaintyOptions { Runs = 48, Seed = 7, Quantiles = [0.25, 0.75] };
        string one = Describe(UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(), options with { MaxDegreeOfParallelism = 1 }));
        Assert.Equal(one, Describe(UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(), options with { MaxDegreeOfParallelism = 2 })));
        Assert.Equal(one, Describe(UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(), options with { MaxDegreeOfParallelism = 4 })));
    }

    [Fact]
    public void Run_Quantiles_AreNumpysDefaultOverTheRunsPlaces()
    {
        // Replays the draws run by run through Evaluate and compares with MathNet's type-7 quantiles.
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(40);
        var options = new UncertaintyOptions { Runs = 101, Seed = 3, Quantiles = [0.1, 0.25, 0.9] };
        Perturbation perturbation = Perturbation.DirichletWeights(20).Then(Perturbation.DropOneIndicator());
        UncertaintyResult<TestPage> result = UncertaintyAnalysis.Run(method, pages, perturbation, options);

        var places = pages.ToDictionary(p => p.Id, _ => new List<double>());
        for (int run = 0; run < options.Runs; run++)
        {
            var draw = new Perturbation.Draw([.. method.Weights], method.IndicatorTies);
            perturbation.Apply(draw, new RunRandom(options.Seed, run));
            foreach (RatingRow<TestPage> row in UncertaintyAnalysis.MethodOf(method, draw).Evaluate(pages).Rows)
            {
                places[row.Id].Add(row.FinalPlace);
            }
        }

        foreach (PageUncertainty page in result.Pages)
        {
            double[] runs = [.. places[page.Id]];
            Assert.True(page.QuantilesAreExact);
            Assert.Equal(runs.QuantileCustom(0.5, QuantileDefinition.R7), page.MedianPlace, 12);
            Assert.Equal(runs.QuantileCustom(0.05, QuantileDefinition.R7), page.Lower, 12);
            Assert.Equal(runs.QuantileCustom(0.95, QuantileDefinition.R7), page.Upper, 12);
            Assert.Equal([.. options.Quantiles.Select(q => runs.QuantileCustom(q, QuantileDefinition.R7))], page.Quantiles.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
            Assert.Equal(runs.Min(), page.MinPlace);
            Assert.Equal(runs.Max(), page.MaxPlace);
            Assert.Equal(runs.Count(p => p <= 3) / 101.0, page.ProbabilityTopK);
            Assert.Equal(runs.Average(p => Math.Abs(p - page.NominalPlace)), page.MeanAbsoluteShift, 12);
        }

        Assert.Equal(101, result.Runs.Count);
        Assert.All(result.Runs, r => Assert.InRange(r.Spearman, -1, 1));
    }

    [Fact]
    public void Run_LongTable_CountsEveryRunOfEveryBatch_AsReplayingTheDraws()
    {
        // Longer than ExactPages, so places are counted in windows; 41 runs are two batches and a part of one.
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(3000);
        var options = new UncertaintyOptions { Runs = 41, Seed = 9, TopK = 100, RunCorrelations = false };
        Perturbation perturbation = Perturbation.Weights(0.5);
        UncertaintyResult<TestPage> result = UncertaintyAnalysis.Run(method, pages, perturbation, options);

        var places = pages.ToDictionary(p => p.Id, _ => new List<double>());
        for (int run = 0; run < options.Runs; run++)
        {
            var draw = new Perturbation.Draw([.. method.Weights], method.IndicatorTies);
            perturbation.Apply(draw, new RunRandom(options.Seed, run));
            foreach (RatingRow<TestPage> row in UncertaintyAnalysis.MethodOf(method, draw).Evaluate(pages).Rows)
            {
                places[row.Id].Add(row.FinalPlace);
            }
        }

        Assert.Contains(result.Pages, p => !p.QuantilesAreExact);
        foreach (PageUncertainty page in result.Pages)
        {
            double[] runs = [.. places[page.Id]];
            Assert.Equal((runs.Min(), runs.Max()), (page.MinPlace, page.MaxPlace));
            Assert.Equal(runs.Count(p => p <= 100) / 41.0, page.ProbabilityTopK);
            Assert.Equal(runs.Average(p => Math.Abs(p - page.NominalPlace)), page.MeanAbsoluteShift, 9);
            Assert.InRange(page.MedianPlace, runs.Min(), runs.Max());
            if (page.QuantilesAreExact)
            {
                Assert.Equal(runs.QuantileCustom(0.5, QuantileDefinition.R7), page.MedianPlace, 12);
            }
        }
    }

    [Fact]
    public void Run_WiderSpread_WidensTheIntervalsInDistribution()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(60);
        var options = new UncertaintyOptions { Runs = 2000, Seed = 5, RunCorrelations = false };
        double Width(double spread) => UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(spread), options).Pages.Sum(p => p.Upper - p.Lower);
        double narrow = Width(0.1), middle = Width(0.3), wide = Width(0.9);
        Assert.True(narrow <= middle && middle <= wide, $"{narrow} {middle} {wide}");
        Assert.True(narrow < wide);
    }

    [Fact]
    public void Run_Custom_IsCalledWithTheRunsMethodAndMustRateTheSamePages()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(10);
        Perturbation identity = Perturbation.Custom<TestPage>((m, _) => m);
        UncertaintyResult<TestPage> result = UncertaintyAnalysis.Run(method, pages, identity, new UncertaintyOptions { Runs = 5 });
        Assert.All(result.Pages, p => Assert.Equal(p.NominalPlace, p.MaxPlace));

        Perturbation dropsAPage = Perturbation.Custom<TestPage>((m, _) => m.ToBuilder().WithEligibility(p => p.Id == "p0" ? "gone" : null).Build());
        var e = Assert.Throws<InvalidOperationException>(() => UncertaintyAnalysis.Run(method, pages, dropsAPage, new UncertaintyOptions { Runs = 1 }));
        Assert.Equal("Run 0: the perturbed method rates 9 pages but the nominal method rates 10; a perturbation must not change which pages are rated.", e.Message);
    }

    [Fact]
    public void Run_CustomForAnotherPageType_IsRejected()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = LongTable(3);
        var e = Assert.Throws<ArgumentException>(() => UncertaintyAnalysis.Run(method, pages, Perturbation.Custom<string>((m, _) => m)));
        Assert.Equal("The perturbation changes methods for pages of type String but the analysis rates pages of type TestPage. (Parameter 'perturbation')", e.Message);
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedWithTheirMessages()
    {
        Assert.Equal("Runs must be at least 1 but was 0. (Parameter 'value')", Assert.Throws<ArgumentOutOfRangeException>(() => new UncertaintyOptions { Runs = 0 }).Message);
        Assert.Equal("A quantile must be from 0 to 1 but was 1.5. (Parameter 'value')", Assert.Throws<ArgumentOutOfRangeException>(() => new UncertaintyOptions { Quantiles = [1.5] }).Message);
        Assert.Equal("The weight spread must be a fraction from 0 to 1 (0.25 is ±25 %) but was -0.1. (Parameter 'spread')", Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Weights(-0.1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.DirichletWeights(0));
        Assert.Throws<ArgumentException>(() => Perturbation.IndicatorTies([]));
    }

    [Fact]
    public void Perturbation_ToString_DescribesTheSteps()
        => Assert.Equal("weights ±50 %, drop one indicator, indicator ties from min/average/max/dense/ordinal, exact or published", Everything.ToString().Replace("exact or as published", "exact or published", StringComparison.Ordinal));

    [Fact]
    public void DirichletWeights_KeepTheSumAndZeroWeights()
    {
        var draw = new Perturbation.Draw([1, 0, 2, 3], TieMethod.Min);
        Perturbation.DirichletWeights(5).Apply(draw, new RunRandom(1, 2));
        Assert.Equal(6, draw.Weights.Sum(), 12);
        Assert.Equal(0, draw.Weights[1]);
    }

    [Fact]
    public void RunRandom_Gamma_HasTheMeanAndVarianceOfItsShape()
    {
        var random = new RunRandom(11, 0);
        foreach (double shape in new[] { 0.3, 1.0, 4.5 })
        {
            double[] draws = [.. Enumerable.Range(0, 200_000).Select(_ => random.NextGamma(shape))];
            Assert.Equal(shape, draws.Mean(), 1);
            Assert.InRange(draws.Variance() / shape, 0.97, 1.03);
        }
    }

    [Fact]
    public void RunRandom_SameSeedAndRun_DrawsTheSameNumbers()
    {
        Assert.Equal(new RunRandom(5, 9).NextUInt64(), new RunRandom(5, 9).NextUInt64());
        Assert.NotEqual(new RunRandom(5, 9).NextUInt64(), new RunRandom(5, 10).NextUInt64());
    }

    internal static (RatingMethod<TestPage> Method, TestPage[] Pages) LongTable(int n)
    {
        var random = new Random(n);
        TestPage[] pages = [.. Enumerable.Range(0, n).Select(i => new TestPage("p" + i, [.. Enumerable.Range(0, 6).Select(_ => (double)random.Next(n))]))];
        RatingMethodBuilder<TestPage> builder = RatingMethod.For<TestPage>(p => p.Id);
        for (int j = 0; j < 6; j++)
        {
            int column = j;
            builder.Add(new Indicator<TestPage>("i" + j, p => p.Values[column], Better.Higher), 1 + (j % 3));
        }

        return (builder.Build(), pages);
    }

    private static string Describe<TPage>(UncertaintyResult<TPage> result)
        => string.Join("\n", result.Pages.Select(p =>
            $"{p.Id} {p.NominalPlace} {p.MedianPlace} {p.Lower} {p.Upper} {p.MinPlace} {p.MaxPlace} [{string.Join(",", p.Quantiles)}] "
            + $"{p.ProbabilityTopK} {p.ProbabilityNominalZone} {p.MeanAbsoluteShift} {p.QuantilesAreExact}"))
           + "\n" + string.Join(";", result.Runs.Select(r => $"{r.Run}:{r.Spearman:R}:{r.KendallTauB:R}"));

    public static class Arbitraries
    {
        public static Arbitrary<RatingCase> Cases() => AnalysisCases.AllCases().ToArbitrary();
    }
}
