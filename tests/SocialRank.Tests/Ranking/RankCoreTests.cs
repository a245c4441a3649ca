using MathNet.Numerics.Statistics;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

public class RankCoreTests
{
    [Fact]
    public void OrderedKey_SortedDoubles_GiveAscendingKeys()
    {
        double[] ascending = [double.NegativeInfinity, double.MinValue, -1e300, -1.0, -double.Epsilon, 0.0, double.Epsilon, 1e-300, 1.0, 1.5, double.MaxValue, double.PositiveInfinity];
        for (int i = 1; i < ascending.Length; i++)
        {
            Assert.True(RankCore.OrderedKey(ascending[i - 1]) < RankCore.OrderedKey(ascending[i]), $"{ascending[i - 1]} < {ascending[i]}");
        }
    }

    [Fact]
    public void OrderedKey_NegativeZero_EqualsZero()
    {
        Assert.Equal(RankCore.OrderedKey(0.0), RankCore.OrderedKey(-0.0));
    }

    [Theory]
    [InlineData(RankCore.ComparisonCrossover - 1, (int)RankPath.Comparison)]
    [InlineData(RankCore.ComparisonCrossover, (int)RankPath.Buckets)]
    public void Rank_Auto_WideKeys_CountsIntoBuckets(int n, int expected)
    {
        // Ratios of many magnitudes: about 60 bits of the doubles differ, too many to share a word with the index.
        double[] values = [.. Enumerable.Range(0, n).Select(i => Math.Pow(10, (i % 41) - 20) / ((i % 13) + 1))];
        Assert.Equal((RankPath)expected, RankCore.Rank(values, new double[n], RankOptions.Default, new RankWorkspace(), RankPath.Auto));
    }

    [Fact]
    public void Rank_Auto_NarrowKeys_TakeTheRadixPath()
    {
        // Doubles of one magnitude, 2^-40 apart: about 40 differing bits, which share a word with the index.
        int n = RankCore.ComparisonCrossover;
        double[] values = [.. Enumerable.Range(0, n).Select(i => 1.0 + ((i * 7919 % n) * Math.Pow(2, -40)))];
        double[] places = new double[n];
        Assert.Equal(RankPath.Radix, RankCore.Rank(values, places, RankOptions.Default, new RankWorkspace(), RankPath.Auto));
        Assert.Equal(Statistics.Ranks(values, RankDefinition.Min), places);
    }

    [Theory]
    [InlineData(RankCore.ComparisonCrossover, 1, (int)RankPath.PrecisionCounting)] // follower counts: counted over a window
    [InlineData(RankCore.ComparisonCrossover, 1_000_003, (int)RankPath.PrecisionRadix)] // spread far beyond the window
    public void Rank_Auto_IntegersComparedExactly_RankAsWholeNumbers(int n, int step, int expected)
    {
        // Heavy-tailed whole numbers: too spread to be counted as they are, so whole-number keys replace the bits.
        double[] values = [.. Enumerable.Range(0, n).Select(i => i % 17 == 0 ? 1e9 + ((double)i * step) : (double)(i * 37 % 1000) * step)];
        double[] places = new double[n];
        Assert.Equal((RankPath)expected, RankCore.Rank(values, places, RankOptions.Default, new RankWorkspace(), RankPath.Auto));
        double[] mathNet = Statistics.Ranks(values, RankDefinition.Min);
        Assert.Equal(mathNet, places);
    }

    [Theory]
    [InlineData((int)RankPath.Comparison, 600)]
    [InlineData((int)RankPath.Radix, 600)]
    [InlineData((int)RankPath.Buckets, 600)]
    [InlineData((int)RankPath.Auto, 600)]
    [InlineData((int)RankPath.Radix, 40_000)]
    [InlineData((int)RankPath.Buckets, 40_000)]
    [InlineData((int)RankPath.Auto, 40_000)]
    public void Rank_WideKeysThatDifferOnlyInTheirLowestBits_AreToldApart(int path, int groups)
    {
        // Values of 600 magnitudes, each with its next and next-but-one double and a repeat: the keys are cut to
        // their top bits to share a word with the index, so every such triple ties on the cut key and must be told
        // apart by its whole key (and the repeats must still tie).
        var rng = new Random(7);
        var values = new List<double>();
        for (int g = 0; g < groups; g++)
        {
            double v = (rng.NextDouble() + 0.5) * Math.Pow(10, rng.Next(-150, 150)) * (g % 5 == 0 ? -1 : 1);
            values.AddRange([Math.BitIncrement(v), v, Math.BitIncrement(Math.BitIncrement(v)), v]);
        }

        values.AddRange([0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity]);
        double[] input = [.. values.OrderBy(_ => rng.Next())];
        double[] finite = [.. input.Where(double.IsFinite)];
        foreach ((TieMethod ties, RankDefinition definition) in new[]
        {
            (TieMethod.Min, RankDefinition.Min),
            (TieMethod.Average, RankDefinition.Average),
            (TieMethod.Ordinal, RankDefinition.First),
        })
        {
            foreach (RankDirection direction in new[] { RankDirection.Ascending, RankDirection.Descending })
            {
                var options = new RankOptions { Ties = ties, Direction = direction };
                double[] places = new double[finite.Length];
                RankCore.Rank(finite, places, options, new RankWorkspace(), (RankPath)path);
                double[] mathNet = Statistics.Ranks(
                    direction == RankDirection.Ascending ? finite : [.. finite.Select(v => -v)], definition);
                Assert.Equal(mathNet, places);
            }

            // With the infinities and a missing value too (against the comparison path, which MathNet cannot check).
            double[] all = new double[input.Length];
            double[] comparison = new double[input.Length];
            RankCore.Rank(input, all, new RankOptions { Ties = ties }, new RankWorkspace(), (RankPath)path);
            RankCore.Rank(input, comparison, new RankOptions { Ties = ties }, new RankWorkspace(), RankPath.Comparison);
            Assert.Equal(comparison, all);
        }
    }

    [Theory]
    [InlineData(0.9)] // one bucket would hold nine values in ten: the radix sort takes over
    [InlineData(0.05)] // the buckets take them
    public void Rank_Buckets_MostlyTiedWideKeys_AgreeWithMathNet(double tiedShare)
    {
        var rng = new Random(11);
        double[] values = [.. Enumerable.Range(0, 20_000).Select(_ => rng.NextDouble() < tiedShare ? 0.125 : Math.Pow(10, rng.Next(-30, 30)) * rng.NextDouble())];
        foreach (RankPath path in new[] { RankPath.Buckets, RankPath.Auto })
        {
            double[] places = new double[values.Length];
            RankCore.Rank(values, places, new RankOptions { Ties = TieMethod.Average }, new RankWorkspace(), path);
            Assert.Equal(Statistics.Ranks(values, RankDefinition.Average), places);
        }
    }

    [Theory]
    [InlineData(100, false, (int)RankPath.Counting)]
    [InlineData(RankCore.ComparisonCrossover, false, (int)RankPath.Counting)]
    [InlineData(RankCore.ComparisonCrossover - 1, true, (int)RankPath.Comparison)]
    [InlineData(RankCore.ComparisonCrossover, true, (int)RankPath.Buckets)] // from 0 to 700 with a third: about 60 differing bits
    public void Rank_Auto_CountsWhenItCanElseSortsBySize(int n, bool wide, int expected)
    {
        // Multiples of 0.5 in a narrow range can be counted; adding a third of the index makes them unsuitable.
        double[] values = [.. Enumerable.Range(0, n).Select(i => (i % 7 / 2.0) + (wide ? i / 3.0 : 0))];
        Assert.Equal((RankPath)expected, RankCore.Rank(values, new double[n], RankOptions.Default, new RankWorkspace(), RankPath.Auto));
    }

    [Theory]
    [InlineData(new[] { 1.5, 1.6, 1.7 }, (int)RankPath.Counting)] // integers after × 10, 3 buckets
    [InlineData(new[] { 0.1, 0.30000000000000004, 3.0 }, (int)RankPath.Radix)] // no power of ten up to 10^15 makes 0.1 + 0.2 an integer
    [InlineData(new[] { 1.0, 2.0, double.PositiveInfinity }, (int)RankPath.Radix)]
    [InlineData(new[] { 1.0, 2.0, 100.0 }, (int)RankPath.Radix)] // more buckets than values
    public void Rank_Counting_FallsBackToRadixWhenItDoesNotApply(double[] values, int expected)
    {
        double[] places = new double[values.Length];
        Assert.Equal((RankPath)expected, RankCore.Rank(values, places, RankOptions.Default, new RankWorkspace(), RankPath.Counting));
        Assert.Equal([1.0, 2.0, 3.0], places);
    }

    [Fact]
    public void Rank_WideKeysWithManyValues_UsesUnpackedRadixAndAgreesWithComparison()
    {
        // Full-width keys (about 62 differing bits) and 4,096 values (12 index bits) do not fit one word.
        var random = new Random(7);
        double[] values = [.. Enumerable.Range(0, 4096).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)))];
        values[10] = values[20];
        values[30] = double.NaN;
        foreach (TieMethod ties in Enum.GetValues<TieMethod>())
        {
            var options = new RankOptions { Ties = ties, Missing = MissingPlacement.Top, Direction = RankDirection.Descending };
            double[] comparison = new double[values.Length];
            double[] radix = new double[values.Length];
            RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
            RankCore.Rank(values, radix, options, new RankWorkspace(), RankPath.Radix);
            Assert.Equal(comparison, radix);
        }
    }

    [Theory]
    [InlineData(RankCore.ComparisonCrossover - 1, 2, (int)RankPath.Comparison)]
    [InlineData(RankCore.ComparisonCrossover, 2, (int)RankPath.PrecisionRadix)]
    [InlineData(16384, 0, (int)RankPath.PrecisionCounting)]
    public void Rank_AutoWithPrecision_UsesPrecisionKeysFromCrossover(int n, int precision, int expected)
    {
        // Hundredths spread over about 10^6 integers after × 100 (nearly all above a window of 2,048 buckets: radix
        // sorted); at precision 0 they round to at most 10,001 whole numbers, fewer than 16,384 values (counted).
        double[] values = [.. Enumerable.Range(0, n).Select(i => (i * 7919L % 1000003) / 100.0)];
        var options = new RankOptions { Precision = Precision.Decimals(precision) };
        Assert.Equal((RankPath)expected, RankCore.Rank(values, new double[n], options, new RankWorkspace(), RankPath.Auto));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 100.0 }, 0, (int)RankPath.PrecisionRadix)]
    [InlineData(new[] { 1.5, 1.6, 1.7 }, 1, (int)RankPath.PrecisionRadix)]
    [InlineData(new[] { 1.5, 1.6, 1.7 }, -1, (int)RankPath.Radix)] // no precision
    [InlineData(new[] { 1.0, 2.0, double.PositiveInfinity }, 2, (int)RankPath.Radix)]
    [InlineData(new[] { 1.0, 2.0, 1e300 }, 2, (int)RankPath.Radix)] // × 100 is above 2^50
    [InlineData(new[] { -1125899906842624.0, 0.0, 1125899906842624.0 }, 0, (int)RankPath.PrecisionRadix)] // ±2^50
    [InlineData(new[] { -1125899906842624.0, 0.0, 1125899906842626.0 }, 0, (int)RankPath.Radix)]
    public void Rank_PrecisionRadix_FallsBackToRadixWhenKeysDoNotApply(double[] values, int precision, int expected)
    {
        double[] places = new double[values.Length];
        var options = new RankOptions { Precision = precision < 0 ? Precision.Exact : Precision.Decimals(precision) };
        Assert.Equal((RankPath)expected, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.PrecisionRadix));
        Assert.Equal([1.0, 2.0, 3.0], places);
    }

    [Theory]
    [InlineData(100, 0)]
    [InlineData(4096, 0)]
    [InlineData(4096, 3)]
    public void Rank_PrecisionRadixAcrossSigns_AgreesWithComparison(int n, int precision)
    {
        // Values from about −2^50 to 2^50 after scaling (51 differing key bits: with 4,096 values, key and index no
        // longer fit one word), ±0.0, repeated values and missing values.
        double edge = 0.999 * 1125899906842624.0 / Precision.Decimals(precision).Scale; // just below 2^50 / 10^precision
        var random = new Random(11);
        double[] values = [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * 2 * edge)];
        values[0] = edge;
        values[1] = -edge;
        values[2] = 0.0;
        values[3] = -0.0;
        values[4] = values[5];
        values[6] = double.NaN;
        values[7] = edge;
        values[8] = -1e-9;
        AssertAgreesWithComparison(values, precision, RankPath.PrecisionRadix, RankPath.PrecisionRadix, everyOption: true);
    }

    [Fact]
    public void Rank_PrecisionRadix_TiesEqualRoundedValues()
    {
        // Rounded to 2 decimals, half away from zero: 0.125 → 0.13, 0.1249 → 0.12, 0.135 → 0.14; half to even: 0.125 → 0.12.
        double[] values = [0.125, 0.12, 0.135, 0.1249, 0.14, double.NaN, 1000.0];
        var options = new RankOptions { Precision = Precision.Decimals(2), Direction = RankDirection.Descending, Missing = MissingPlacement.Bottom };
        double[] places = new double[values.Length];
        Assert.Equal(RankPath.PrecisionRadix, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.PrecisionRadix));
        Assert.Equal([4.0, 5.0, 2.0, 5.0, 2.0, 7.0, 1.0], places);
        options = options with { Precision = Precision.Decimals(2, MidpointRounding.ToEven) };
        Assert.Equal(RankPath.PrecisionRadix, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.PrecisionRadix));
        Assert.Equal([4.0, 4.0, 2.0, 4.0, 2.0, 7.0, 1.0], places);
    }

    [Fact]
    public void Rank_PrecisionKeysNarrowEnoughToCount_AgreeWithComparison()
    {
        // 4,096 values that round to tenths from −5.0 to 5.0: 101 keys, counted rather than sorted.
        var random = new Random(5);
        double[] values = [.. Enumerable.Range(0, 4096).Select(_ => (random.NextDouble() - 0.5) * 10)];
        values[0] = -0.0;
        values[1] = 0.0;
        values[2] = double.NaN;
        values[3] = 0.04; // rounds to 0.0
        AssertAgreesWithComparison(values, 1, RankPath.Auto, RankPath.PrecisionCounting, everyOption: true);
    }

    [Theory]
    [InlineData(3000, 0, 0.0)] // a few very large values above the window (heavy tail), the rest counted
    [InlineData(3000, 2, 0.0)]
    [InlineData(3000, 0, 0.5)] // half the values above the window: sorted apart when the path is forced
    [InlineData(40, 1, 0.3)]
    [InlineData(600_000, 0, 0.0)] // more values than the 2^19 buckets the window can have
    public void Rank_PrecisionCounting_AgreesWithComparisonAroundTheWindow(int n, int precision, double wideShare)
    {
        // Heavy-tailed counts: most within n buckets of the smallest, some far above; ties, ±0.0, a NaN, negatives.
        var random = new Random(17 + n);
        double unit = 1 / Precision.Decimals(precision).Scale;
        double[] values = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < wideShare
            ? Math.Round(random.NextDouble() * 1e8) * unit
            : Math.Floor(1000 * Math.Exp(2 * random.NextDouble() * random.NextDouble() * 3)) * unit)];
        values[0] = -0.0;
        values[1] = 0.0;
        values[2] = double.NaN;
        values[3] = -5 * unit;
        values[4] = 2e9 * unit; // the largest key the path takes is below 2^31
        values[5] = values[4];
        values[6] = values[7];
        bool checkEveryOption = n <= 3000;
        AssertAgreesWithComparison(values, precision, RankPath.PrecisionCounting, RankPath.PrecisionCounting, everyOption: checkEveryOption);
    }

    [Theory]
    [InlineData(0.01, (int)RankPath.PrecisionCounting)] // 1 % above the window: sorted apart
    [InlineData(0.2, (int)RankPath.PrecisionRadix)] // more than an eighth above it: the radix sort instead
    public void Rank_AutoWithPrecision_CountsHeavyTailsUnlessTooManyLieAboveTheWindow(double wideShare, int expected)
    {
        int n = 10_000;
        var random = new Random(3);
        double[] values = [.. Enumerable.Range(0, n).Select(i => random.NextDouble() < wideShare ? 1e6 + i : i % 5000)];
        double[] auto = new double[n];
        double[] comparison = new double[n];
        var options = new RankOptions { Precision = Precision.Decimals(0), Direction = RankDirection.Descending };
        Assert.Equal((RankPath)expected, RankCore.Rank(values, auto, options, new RankWorkspace(), RankPath.Auto));
        RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
        Assert.Equal(comparison, auto);
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3e9 }, 0, (int)RankPath.PrecisionRadix)] // a key beyond 32 bits
    [InlineData(new[] { 1.0, 2.0, -2147483648.0 }, 0, (int)RankPath.PrecisionRadix)] // −2^31 itself is not taken
    [InlineData(new[] { 1.0, 2.0, 21474836.47 }, 2, (int)RankPath.PrecisionCounting)] // 2^31 − 1 after × 100
    [InlineData(new[] { 1.0, 2.0, double.PositiveInfinity }, 2, (int)RankPath.Radix)]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, -1, (int)RankPath.Radix)] // no precision
    public void Rank_PrecisionCounting_GivesWayWhenKeysDoNotFit(double[] values, int precision, int expected)
    {
        double[] places = new double[values.Length];
        var options = new RankOptions { Precision = precision < 0 ? Precision.Exact : Precision.Decimals(precision) };
        Assert.Equal((RankPath)expected, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.PrecisionCounting));
        double[] comparison = new double[values.Length];
        RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
        Assert.Equal(comparison, places);
    }

    [Theory]
    [InlineData(2147483647.0 - 1999, 0)] // keys up to 2^31 − 1: a missing value's code minus the smallest key wraps around
    [InlineData(-2147483647.0, 0)] // the smallest key the path takes
    [InlineData(21474810.0, 2)] // up to 21,474,830 × 100, just below 2^31 − 1
    public void Rank_PrecisionCountingNearTheEdgesOf32Bits_AgreesWithComparison(double start, int precision)
    {
        // 4,099 values (not a multiple of four: the vector loop and its scalar tail both run) from start upwards in steps
        // of 1 / 10^precision, with ties, missing values anywhere, and the extremes ±(2^31 − 1) / 10^precision when in range.
        int n = 4099;
        double unit = 1 / Precision.Decimals(precision).Scale;
        var random = new Random(23);
        double[] values = [.. Enumerable.Range(0, n).Select(_ => random.Next(8) == 0 ? double.NaN : start + (random.Next(2000) * unit))];
        values[^1] = double.NaN;
        values[^2] = start;
        AssertAgreesWithComparison(values, precision, RankPath.Auto, RankPath.PrecisionCounting, everyOption: true);
    }

    [Theory]
    [InlineData(2147483647.0, 0, (int)RankPath.PrecisionCounting)]
    [InlineData(2147483647.5, 0, (int)RankPath.PrecisionRadix)] // rounds (half to even) to 2^31
    [InlineData(-2147483647.0, 0, (int)RankPath.PrecisionRadix)] // fits, but leaves every other value above the window
    [InlineData(-2147483647.6, 0, (int)RankPath.PrecisionRadix)] // does not fit
    [InlineData(double.NegativeInfinity, 0, (int)RankPath.Buckets)] // no integer keys: the bits of doubles of every magnitude
    public void Rank_PrecisionCountingInTheVectorLoop_GivesWayWhenAKeyDoesNotFit(double edge, int precision, int expected)
    {
        // The edge value sits inside the first vectors (with AVX, four values at a time), then again in the scalar tail.
        foreach (int at in new[] { 2, 4097 })
        {
            double[] values = [.. Enumerable.Range(0, 4099).Select(i => (double)(i % 700))];
            values[at] = edge;
            values[5] = double.NaN;
            var options = new RankOptions { Precision = Precision.Decimals(precision) };
            double[] places = new double[values.Length];
            double[] comparison = new double[values.Length];
            Assert.Equal((RankPath)expected, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.Auto));
            RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
            Assert.Equal(comparison, places);
        }
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 2.0, -0.0, 0.0 }, (int)RankPath.Final)]
    [InlineData(new[] { -2e9, double.NaN, 2e9, 5.0 }, (int)RankPath.Final)] // a span of 4e9, below 2^32
    [InlineData(new[] { double.NaN, double.NaN }, (int)RankPath.Final)]
    [InlineData(new[] { 0.0, 4294967296.0 }, (int)RankPath.Radix)] // a span of 2^32
    [InlineData(new[] { 1.0, 1.5 }, (int)RankPath.Radix)]
    [InlineData(new[] { 1.0, double.PositiveInfinity }, (int)RankPath.Radix)]
    [InlineData(new[] { 9007199254740992.0, 9007199254740990.0 }, (int)RankPath.Radix)] // beyond 2^52
    public void Rank_FinalPath_TakesWholeValuesWithinA32BitSpan(double[] values, int expected)
    {
        foreach (TieMethod ties in Enum.GetValues<TieMethod>())
        {
            var options = new RankOptions { Ties = ties, Direction = RankDirection.Descending };
            double[] places = new double[values.Length];
            double[] comparison = new double[values.Length];
            Assert.Equal((RankPath)expected, RankCore.Rank(values, places, options, new RankWorkspace(), RankPath.Final));
            RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
            Assert.Equal(comparison, places);
        }
    }

    [Theory]
    [InlineData(1000, 100L)] // one radix pass
    [InlineData(20_000, 1L << 20)] // two passes
    [InlineData(20_000, 3_000_000_000L)] // three passes: keys of 32 bits
    public void Rank_FinalPathOnLongWholeColumns_AgreesWithComparison(int n, long span)
    {
        var random = new Random(29);
        double[] values = [.. Enumerable.Range(0, n).Select(_ => random.Next(10) == 0 ? double.NaN : (double)(random.NextInt64(span) - (span / 2)))];
        AssertAgreesWithComparison(values, 0, RankPath.Final, RankPath.Final, everyOption: true);
    }

    /// <summary>
    /// Ranks <paramref name="values"/> through <paramref name="path"/> with every tie method, direction and missing
    /// placement (with only min, dense and ordinal ties and missing values last unless <paramref name="everyOption"/>),
    /// and checks that <paramref name="expected"/> ranked them and that the places are the comparison path's.
    /// </summary>
    private static void AssertAgreesWithComparison(double[] values, int precision, RankPath path, RankPath expected, bool everyOption)
    {
        foreach (TieMethod ties in Enum.GetValues<TieMethod>())
        {
            foreach (RankDirection direction in Enum.GetValues<RankDirection>())
            {
                foreach (MissingPlacement missing in Enum.GetValues<MissingPlacement>())
                {
                    if (!everyOption && (missing != MissingPlacement.Bottom || ties is TieMethod.Max or TieMethod.Average))
                    {
                        continue;
                    }

                    var options = new RankOptions { Ties = ties, Missing = missing, Direction = direction, Precision = Precision.Decimals(precision) };
                    double[] comparison = new double[values.Length];
                    double[] places = new double[values.Length];
                    RankCore.Rank(values, comparison, options, new RankWorkspace(), RankPath.Comparison);
                    Assert.Equal(expected, RankCore.Rank(values, places, options, new RankWorkspace(), path));
                    Assert.Equal(comparison, places);
                }
            }
        }
    }
}
