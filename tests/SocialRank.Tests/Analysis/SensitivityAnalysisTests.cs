using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary>
/// The variance-based sensitivity indices: the estimators against the Ishigami function's analytic indices (the
/// standard test of Sobol' estimators, an independent reference), then the analysis of ratings.
/// </summary>
public class SensitivityAnalysisTests
{
    [Fact]
    public void Estimate_IshigamiFunction_GivesItsAnalyticIndices()
    {
        // f = sin x1 + a sin² x2 + b x3⁴ sin x1, each x uniform on [−π, π]; a = 7, b = 0.1. Analytic variances (Ishigami
        // and Homma 1990): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225.
        const double A = 7, B = 0.1;
        double pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        double v = (A * A / 8) + (B * pi4 / 5) + (B * B * pi8 / 18) + 0.5;
        double v1 = Math.Pow(1 + (B * pi4 / 5), 2) / 2, v2 = A * A / 8, v13 = 8 * B * B * pi8 / 225;
        double[] first = [v1 / v, v2 / v, 0];
        double[] total = [(v1 + v13) / v, v2 / v, v13 / v];

        const int N = 200_000;
        var random = new Random(20200731);
        double[,] a = Sample(random, N), b = Sample(random, N);
        double F(double[,] x, int r, int swapped, double[,] from)
        {
            double X(int i) => i == swapped ? from[r, i] : x[r, i];
            return Math.Sin(X(0)) + (A * Math.Pow(Math.Sin(X(1)), 2)) + (B * Math.Pow(X(2), 4) * Math.Sin(X(0)));
        }

        double[] fa = [.. Enumerable.Range(0, N).Select(r => F(a, r, -1, b))];
        double[] fb = [.. Enumerable.Range(0, N).Select(r => F(b, r, -1, a))];
        for (int i = 0; i < 3; i++)
        {
            double[] fab = [.. Enumerable.Range(0, N).Select(r => F(a, r, i, b))];
            (double s, double st) = SensitivityAnalysis.Estimate(fa, fb, fab);
            Assert.InRange(s, first[i] - 0.02, first[i] + 0.02);
            Assert.InRange(st, total[i] - 0.02, total[i] + 0.02);
        }
    }

    [Fact]
    public void Estimate_ConstantOutput_HasNoIndex()
    {
        (double s, double st) = SensitivityAnalysis.Estimate([3, 3, 3], [3, 3, 3], [3, 3, 3]);
        Assert.True(double.IsNaN(s));
        Assert.True(double.IsNaN(st));
        Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Estimate([1, 2], [1, 2], [1]));
        Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Estimate([], [], []));
    }

    [Fact]
    public void Run_AnInputThatCannotMovePlaces_HasIndicesOfExactlyZero()
    {
        // Distinct values on every indicator: the indicators' tie method changes no place, so swapping its draws changes nothing.
        (RatingMethod<TestPage> method, TestPage[] pages) = DistinctTable(20);
        SensitivityResult result = SensitivityAnalysis.Run(method, pages, Perturbation.Weights(0.5).Then(Perturbation.IndicatorTies()), SensitivityOptions.Default with { Samples = 64 });

        Assert.Equal(["weights ±50 %", "indicator ties from min/average/max/dense/ordinal"], result.Inputs.Select(i => i.Input));
        Assert.Equal(0.0, result.Inputs[1].FirstOrder);
        Assert.Equal(0.0, result.Inputs[1].TotalEffect);
        Assert.True(result.Inputs[0].TotalEffect > 0.5, $"weights: {result.Inputs[0]}");
        Assert.Equal(pages.Length, result.Pages.Count);
        Assert.All(result.Pages, p => Assert.True(p.Inputs[1].TotalEffect is 0.0 || double.IsNaN(p.Inputs[1].TotalEffect), p.Id));
    }

    [Fact]
    public void Run_OneInput_ExplainsAllOfTheVariance()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = DistinctTable(20);
        SensitivityResult result = SensitivityAnalysis.Run(method, pages, Perturbation.Weights(0.5), SensitivityOptions.Default with { Samples = 512 });
        SensitivityIndex index = Assert.Single(result.Inputs);
        Assert.InRange(index.FirstOrder, 0.85, 1.15);
        Assert.InRange(index.TotalEffect, 0.85, 1.15);
    }

    [Fact]
    public void Run_IsReproducibleFromTheSeedOnAnyNumberOfThreads()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(40);
        Perturbation inputs = Perturbation.Weights().Then(Perturbation.DropOneIndicator()).Then(Perturbation.IndicatorTies());
        string Describe(int threads, long seed)
        {
            SensitivityResult r = SensitivityAnalysis.Run(method, pages, inputs, SensitivityOptions.Default with { Samples = 32, Seed = seed, MaxDegreeOfParallelism = threads });
            return string.Join("\n", r.Inputs.Select(i => $"{i.Input} {i.FirstOrder:R} {i.TotalEffect:R}"))
                + string.Concat(r.Pages.Select(p => "\n" + p.Id + " " + string.Join(" ", p.Inputs.Select(i => $"{i.FirstOrder:R}/{i.TotalEffect:R}"))));
        }

        string one = Describe(1, 7);
        Assert.Equal(one, Describe(2, 7));
        Assert.Equal(one, Describe(4, 7));
        Assert.NotEqual(one, Describe(2, 8));
    }

    [Fact]
    public void Run_WithoutInputs_OrTooFewSamples_Throws()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = DistinctTable(5);
        Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(method, pages, Perturbation.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityOptions.Default with { Samples = 1 });
    }

    private static double[,] Sample(Random random, int n)
    {
        var x = new double[n, 3];
        for (int r = 0; r < n; r++)
        {
            for (int i = 0; i < 3; i++)
            {
                x[r, i] = (random.NextDouble() * 2 * Math.PI) - Math.PI;
            }
        }

        return x;
    }

    /// <summary>Pages with distinct values on each of three indicators (a permutation per indicator).</summary>
    private static (RatingMethod<TestPage> Method, TestPage[] Pages) DistinctTable(int n)
    {
        var random = new Random(n);
        int[][] columns = [.. Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray())];
        TestPage[] pages = [.. Enumerable.Range(0, n).Select(i => new TestPage("p" + i, [.. columns.Select(c => (double)c[i])]))];
        RatingMethodBuilder<TestPage> builder = RatingMethod.For<TestPage>(p => p.Id);
        for (int j = 0; j < 3; j++)
        {
            int column = j;
            builder.Add(new Indicator<TestPage>("i" + j, p => p.Values[column], Better.Higher));
        }

        return (builder.Build(), pages);
    }
}
