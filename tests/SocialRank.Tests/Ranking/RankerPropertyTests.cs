using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Statistics;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>Properties of <see cref="Ranker"/>, each checked on 1,000 generated columns (fixed seed).</summary>
public class RankerPropertyTests
{
    private const int Cases = 1_000;
    private const string Seed = "20261126,1234567";

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void PermutationInvariance_Meets_Specification(RankCase c)
    {
        double[] permuted = [.. c.Values];
        int[] order = [.. Enumerable.Range(0, permuted.Length)];
        new Random(c.Seed).Shuffle(order);
        for (int k = 0; k < order.Length; k++)
        {
            permuted[k] = c.Values[order[k]];
        }

        double[] places = Ranker.Rank(c.Values, c.Options);
        double[] permutedPlaces = Ranker.Rank(permuted, c.Options);
        if (c.Options.Ties != TieMethod.Ordinal)
        {
            for (int k = 0; k < order.Length; k++)
            {
                AssertSame(places[order[k]], permutedPlaces[k], c);
            }

            return;
        }

        // Ordinal: a value takes its tie group's first place plus the number of tied values before it in the input.
        AssertOrdinalFollowsInputOrder(c.Values, places, c.Options);
        AssertOrdinalFollowsInputOrder(permuted, permutedPlaces, c.Options);
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void TieMethodOrder_Meets_Specification(RankCase c)
    {
        // Places, not fractions: dense fractions have a smaller denominator.
        RankOptions options = c.Options with { Percentile = false };
        double[] min = Ranker.Rank(c.Values, options with { Ties = TieMethod.Min });
        double[] average = Ranker.Rank(c.Values, options with { Ties = TieMethod.Average });
        double[] max = Ranker.Rank(c.Values, options with { Ties = TieMethod.Max });
        double[] dense = Ranker.Rank(c.Values, options with { Ties = TieMethod.Dense });
        double[] ordinal = Ranker.Rank(c.Values, options with { Ties = TieMethod.Ordinal });
        for (int i = 0; i < c.Values.Length; i++)
        {
            if (double.IsNaN(min[i]))
            {
                Assert.True(double.IsNaN(c.Values[i]) && c.Options.Missing == MissingPlacement.Keep, c.ToString());
                Assert.True(double.IsNaN(average[i]) && double.IsNaN(max[i]) && double.IsNaN(dense[i]) && double.IsNaN(ordinal[i]), c.ToString());
                continue;
            }

            Assert.True(min[i] <= average[i] && average[i] <= max[i], c.ToString());
            Assert.True(dense[i] <= min[i], c.ToString());
            Assert.True(min[i] <= ordinal[i] && ordinal[i] <= max[i], c.ToString());
        }
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void OrdinalPlaces_Meets_Specification(RankCase c)
    {
        RankOptions options = c.Options with { Ties = TieMethod.Ordinal, Percentile = false };
        double[] places = Ranker.Rank(c.Values, options);
        double[] placed = [.. places.Where(p => !double.IsNaN(p))];
        int expectedCount = options.Missing == MissingPlacement.Keep ? c.Values.Count(v => !double.IsNaN(v)) : c.Values.Length;
        Assert.Equal(expectedCount, placed.Length);
        Assert.Equal(Enumerable.Range(1, placed.Length).Select(p => (double)p), placed.Order());
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void AveragePlacesSum_Meets_Specification(RankCase c)
    {
        double[] places = Ranker.Rank(c.Values, c.Options with { Ties = TieMethod.Average, Percentile = false });
        double[] placed = [.. places.Where(p => !double.IsNaN(p))];
        long n = placed.Length;
        Assert.Equal(n * (n + 1) / 2.0, placed.Sum());
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void DescendingIsAscendingOfNegated_Meets_Specification(RankCase c)
    {
        double[] values = [.. c.Values.Where(v => !double.IsNaN(v))];
        RankOptions options = c.Options.Ties == TieMethod.Ordinal ? c.Options with { Ties = TieMethod.Min } : c.Options;
        double[] descending = Ranker.Rank(values, options with { Direction = RankDirection.Descending });
        double[] negatedAscending = Ranker.Rank(values.Select(v => -v).ToArray(), options with { Direction = RankDirection.Ascending });
        for (int i = 0; i < values.Length; i++)
        {
            AssertSame(negatedAscending[i], descending[i], c);
        }
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void SortingPathsAgree_Meets_Specification(RankCase c)
    {
        var workspace = new RankWorkspace();
        double[] comparison = new double[c.Values.Length];
        RankCore.Rank(c.Values, comparison, c.Options, workspace, RankPath.Comparison);
        foreach (RankPath path in new[] { RankPath.Radix, RankPath.Buckets, RankPath.Counting, RankPath.PrecisionRadix, RankPath.PrecisionCounting, RankPath.Final, RankPath.Auto })
        {
            double[] places = new double[c.Values.Length];
            RankCore.Rank(c.Values, places, c.Options, workspace, path);
            for (int i = 0; i < places.Length; i++)
            {
                AssertSame(comparison[i], places[i], c);
            }
        }
    }

    [Property(MaxTest = Cases, Replay = Seed, Arbitrary = [typeof(Arbitraries)])]
    public void AgreesWithMathNetOnFiniteValues_Meets_Specification(RankCase c)
    {
        double[] values = [.. c.Values.Where(double.IsFinite)];
        if (values.Length == 0)
        {
            return; // Nothing to compare.
        }

        foreach ((TieMethod ties, RankDefinition definition) in new[]
        {
            (TieMethod.Average, RankDefinition.Average),
            (TieMethod.Min, RankDefinition.Min),
            (TieMethod.Max, RankDefinition.Max),
            (TieMethod.Ordinal, RankDefinition.First),
        })
        {
            double[] ours = Ranker.Rank(values, new RankOptions { Ties = ties });
            double[] mathNet = Statistics.Ranks(values, definition);
            for (int i = 0; i < values.Length; i++)
            {
                AssertSame(mathNet[i], ours[i], c);
            }
        }
    }

    private static void AssertOrdinalFollowsInputOrder(double[] values, double[] ordinal, RankOptions options)
    {
        double[] min = Ranker.Rank(values, options with { Ties = TieMethod.Min });
        double[] rounded = [.. values.Select(v => options.Precision.Round(v))];
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(min[i]))
            {
                Assert.True(double.IsNaN(ordinal[i]));
                continue;
            }

            int tiedBefore = 0;
            for (int j = 0; j < i; j++)
            {
                if (rounded[j] == rounded[i] || (double.IsNaN(rounded[j]) && double.IsNaN(rounded[i])))
                {
                    tiedBefore++;
                }
            }

            double expected = options.Percentile ? Math.Round(min[i] * Denominator(values, options)) + tiedBefore : min[i] + tiedBefore;
            double actual = options.Percentile ? Math.Round(ordinal[i] * Denominator(values, options)) : ordinal[i];
            Assert.Equal(expected, actual);
        }
    }

    private static int Denominator(double[] values, RankOptions options)
        => options.Missing == MissingPlacement.Keep ? values.Count(v => !double.IsNaN(v)) : values.Length;

    private static void AssertSame(double expected, double actual, RankCase c)
    {
        if (!(expected.Equals(actual)))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"expected {expected:R} but got {actual:R} for {c}"));
        }
    }

    /// <summary>A generated column with options and a seed for permutations.</summary>
    public sealed record RankCase(double[] Values, RankOptions Options, int Seed)
    {
        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"[{string.Join(", ", Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}] with {Options}");
    }

    /// <summary>Generators: columns rich in ties, NaN, infinities and −0.0, short and (sometimes) past the radix crossover.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<RankCase> RankCases()
        {
            Gen<double> smallIntegers = Gen.Choose(0, 5).Select(i => (double)i);
            Gen<double> percentages = Gen.Choose(0, 10_000).Select(i => i / 100.0);
            Gen<double> counts = Gen.Choose(0, 1_000_000).Select(i => Math.Floor(Math.Exp(i / 70_000.0)));
            Gen<double> anyBits = Gen.Choose(int.MinValue, int.MaxValue).Two()
                .Select(t => BitConverter.Int64BitsToDouble(unchecked(((long)t.Item1 << 32) | (uint)t.Item2)));
            Gen<double> specials = Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue);
            Gen<double> value = Gen.Frequency(
                (5, smallIntegers),
                (2, percentages),
                (2, counts),
                (2, anyBits),
                (2, specials));
            Gen<double[]> values = Gen.Frequency(
                (4, Gen.Choose(0, 40)),
                (1, Gen.Choose(200, 700)))
                .SelectMany(n => Gen.OneOf(
                    value.ArrayOf(n),
                    counts.ArrayOf(n),
                    percentages.ArrayOf(n)));
            Gen<RankOptions> options =
                from ties in Gen.Elements(Enum.GetValues<TieMethod>())
                from direction in Gen.Elements(Enum.GetValues<RankDirection>())
                from missing in Gen.Elements(Enum.GetValues<MissingPlacement>())
                from percentile in Gen.Elements(false, true)
                from precision in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 15).Select(d => (int?)d)))
                select new RankOptions { Ties = ties, Direction = direction, Missing = missing, Percentile = percentile, Precision = precision is int d ? Precision.Decimals(d) : Precision.Exact };
            Gen<RankCase> cases =
                from v in values
                from o in options
                from seed in Gen.Choose(0, int.MaxValue)
                select new RankCase(v, o, seed);
            return cases.ToArbitrary();
        }
    }
}
