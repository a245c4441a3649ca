using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>
/// The public ranking API on small columns whose places follow from the definitions by hand (pandas-derived cases
/// are in <see cref="RankerPandasReferenceTests"/>).
/// </summary>
public class RankerTests
{
    private const double NaN = double.NaN;
    private const double Inf = double.PositiveInfinity;

    [Fact]
    public void Rank_TiedValuesWithMin_ShareLowestPlace()
    {
        double[] places = Ranker.Rank([10.0, 20.0, 20.0, 30.0]);
        Assert.Equal([1.0, 2.0, 2.0, 4.0], places);
    }

    [Theory]
    [InlineData(TieMethod.Min, new[] { 1.0, 2.0, 2.0, 4.0 })]
    [InlineData(TieMethod.Average, new[] { 1.0, 2.5, 2.5, 4.0 })]
    [InlineData(TieMethod.Max, new[] { 1.0, 3.0, 3.0, 4.0 })]
    [InlineData(TieMethod.Dense, new[] { 1.0, 2.0, 2.0, 3.0 })]
    [InlineData(TieMethod.Ordinal, new[] { 1.0, 2.0, 3.0, 4.0 })]
    public void Rank_EachTieMethod_GivesItsDefinedPlaces(TieMethod ties, double[] expected)
    {
        Assert.Equal(expected, Ranker.Rank([10.0, 20.0, 20.0, 30.0], new RankOptions { Ties = ties }));
    }

    [Fact]
    public void Rank_DescendingOrdinal_TiesKeepInputOrder()
    {
        double[] places = Ranker.Rank([2.0, 1.0, 2.0, 3.0], new RankOptions { Ties = TieMethod.Ordinal, Direction = RankDirection.Descending });
        Assert.Equal([2.0, 4.0, 3.0, 1.0], places);
    }

    [Fact]
    public void Rank_EmptyColumn_GivesEmptyPlaces()
    {
        Assert.Empty(Ranker.Rank(Array.Empty<double>()));
        Ranker.Rank(ReadOnlySpan<double>.Empty, Span<double>.Empty, RankOptions.Default, new RankWorkspace());
    }

    [Theory]
    [InlineData(TieMethod.Min)]
    [InlineData(TieMethod.Average)]
    [InlineData(TieMethod.Max)]
    [InlineData(TieMethod.Dense)]
    [InlineData(TieMethod.Ordinal)]
    public void Rank_SingleValue_GetsPlaceOne(TieMethod ties)
    {
        Assert.Equal([1.0], Ranker.Rank([-7.5], new RankOptions { Ties = ties, Direction = RankDirection.Descending }));
        Assert.Equal([1.0], Ranker.Rank([-7.5], new RankOptions { Ties = ties, Percentile = true }));
    }

    [Fact]
    public void Rank_NegativeZero_TiesWithZero()
    {
        Assert.Equal([2.0, 2.0, 1.0, 2.0], Ranker.Rank([0.0, -0.0, -1.0, 0.0]));
    }

    [Fact]
    public void Rank_Infinities_TieWithTheirOwnSign()
    {
        Assert.Equal([4.0, 1.0, 4.0, 3.0, 1.0], Ranker.Rank([Inf, -Inf, Inf, 5.0, -Inf]));
    }

    [Theory]
    [InlineData(MissingPlacement.Top, RankDirection.Ascending, new[] { 1.0, 2.0, 1.0 })]
    [InlineData(MissingPlacement.Top, RankDirection.Descending, new[] { 1.0, 2.0, 1.0 })]
    [InlineData(MissingPlacement.Bottom, RankDirection.Ascending, new[] { 2.0, 1.0, 2.0 })]
    [InlineData(MissingPlacement.Bottom, RankDirection.Descending, new[] { 2.0, 1.0, 2.0 })]
    public void Rank_NaNBesideInfinity_NeverTiesWithIt(MissingPlacement missing, RankDirection direction, double[] expected)
    {
        // Dense places: NaN, +∞, NaN form two groups whatever the direction.
        var options = new RankOptions { Ties = TieMethod.Dense, Missing = missing, Direction = direction };
        Assert.Equal(expected, Ranker.Rank([NaN, Inf, NaN], options));
    }

    [Fact]
    public void Rank_MissingKept_GetsNoPlaceAndIsNotCounted()
    {
        double[] places = Ranker.Rank([3.0, NaN, 1.0], new RankOptions { Percentile = true });
        Assert.Equal([1.0, NaN, 0.5], places);
    }

    [Theory]
    [InlineData(RankDirection.Ascending, new[] { 3.0, 1.5, 4.0, 1.5 })]
    [InlineData(RankDirection.Descending, new[] { 4.0, 1.5, 3.0, 1.5 })]
    public void Rank_MissingOnTop_ComeFirstInEitherDirection(RankDirection direction, double[] expected)
    {
        var options = new RankOptions { Ties = TieMethod.Average, Missing = MissingPlacement.Top, Direction = direction };
        Assert.Equal(expected, Ranker.Rank([1.0, NaN, 2.0, NaN], options));
    }

    [Fact]
    public void Rank_MissingAtBottomWithOrdinal_TakeLastPlacesInInputOrder()
    {
        var options = new RankOptions { Ties = TieMethod.Ordinal, Missing = MissingPlacement.Bottom, Direction = RankDirection.Descending };
        Assert.Equal([3.0, 1.0, 4.0, 2.0], Ranker.Rank([NaN, 1.0, NaN, 1.0], options));
    }

    [Fact]
    public void Rank_Percentile_DividesByCountedValuesOrByDistinctPlacesForDense()
    {
        double[] values = [10.0, 20.0, 20.0, 30.0];
        Assert.Equal([0.25, 0.5, 0.5, 1.0], Ranker.Rank(values, new RankOptions { Percentile = true }));
        Assert.Equal([1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0], Ranker.Rank(values, new RankOptions { Ties = TieMethod.Dense, Percentile = true }));
    }

    [Fact]
    public void Rank_ValuesDifferingOnlyPastPrecision_Tie()
    {
        // pandas #8365: a tolerance tied 1001, 1001.0001 and 1001.0002 through a chain; rounding is per value.
        double[] values = [1001.0, 1001.0001, 1001.0002];
        Assert.Equal([1.0, 2.0, 3.0], Ranker.Rank(values));
        Assert.Equal([1.0, 1.0, 1.0], Ranker.Rank(values, new RankOptions { Precision = Precision.Decimals(3) }));
        Assert.Equal([1.0, 2.0, 3.0], Ranker.Rank(values, new RankOptions { Precision = Precision.Decimals(4) }));
    }

    [Fact]
    public void Rank_Precision_RoundsEachDecimalValueHalfAwayFromZero()
    {
        // The decimal value is rounded, not the double (0.145 is stored as 0.14499999999999999): at 2 decimals 0.145 →
        // 0.15, 0.125 → 0.13, 0.115 → 0.12, as a spreadsheet's ROUND gives.
        double[] values = [0.145, 0.14, 0.125, 0.12, 0.115];
        Assert.Equal([5.0, 4.0, 3.0, 1.0, 1.0], Ranker.Rank(values, new RankOptions { Precision = Precision.Decimals(2) }));
    }

    [Fact]
    public void Rank_PrecisionHalfToEven_RoundsEachDecimalValueToEven()
    {
        // Half to even on the decimal value: 0.145 → 0.14, 0.125 → 0.12, 0.115 → 0.12.
        double[] values = [0.145, 0.14, 0.125, 0.12, 0.115];
        Assert.Equal([4.0, 4.0, 1.0, 1.0, 1.0], Ranker.Rank(values, new RankOptions { Precision = Precision.Decimals(2, MidpointRounding.ToEven) }));
    }

    [Fact]
    public void Rank_PrecisionOverflowingValue_IsComparedAsItIs()
    {
        // 1e300 × 10^15 is not finite, so both values are compared unrounded (numpy.round would turn both into ∞).
        Assert.Equal([2.0, 1.0], Ranker.Rank([1.0000001e300, 1e300], new RankOptions { Precision = Precision.Decimals(15) }));
    }

    [Fact]
    public void Rank_TieGroupOfAMillion_AveragePlaceIsExact()
    {
        double[] values = new double[1_000_001];
        Array.Fill(values, 7.0);
        values[500_000] = 1.0;
        double[] places = Ranker.Rank(values, new RankOptions { Ties = TieMethod.Average });
        Assert.Equal(1.0, places[500_000]);
        Assert.Equal(500_001.5, places[0]); // (2 + 1,000,001) / 2
        Assert.Equal(500_001.5, places[^1]);
    }

    [Fact]
    public void Rank_ArrayAndEnumerableOverloads_GiveTheSpanPlaces()
    {
        double[] values = [5.0, NaN, 1.0, 5.0];
        var options = new RankOptions { Ties = TieMethod.Max, Missing = MissingPlacement.Bottom };
        double[] places = new double[values.Length];
        Ranker.Rank(values, places, options, new RankWorkspace());
        Assert.Equal([3.0, 4.0, 1.0, 3.0], places);
        Assert.Equal(places, Ranker.Rank(values, options));
        Assert.Equal(places, Ranker.Rank(values.Select(v => v), options));
        double[] spanPlaces = new double[values.Length];
        Ranker.Rank(values, spanPlaces, options);
        Assert.Equal(places, spanPlaces);
        Assert.Equal(Ranker.Rank(values, RankOptions.Default), Ranker.Rank(values.Select(v => v)));
        Assert.Equal(Ranker.Rank(values, RankOptions.Default), Ranker.Rank(values));
    }

    [Fact]
    public void Rank_MismatchedLengths_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ranker.Rank([1.0, 2.0, 3.0], new double[2], RankOptions.Default, new RankWorkspace()));
        Assert.Equal("places must have the same length as values (3) but has length 2. (Parameter 'places')", ex.Message);
        Assert.Equal("places", ex.ParamName);
    }

    [Fact]
    public void Rank_NullArguments_Throw()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => Ranker.Rank([1.0], new double[1], null!, new RankWorkspace())).ParamName);
        Assert.Equal("workspace", Assert.Throws<ArgumentNullException>(() => Ranker.Rank([1.0], new double[1], RankOptions.Default, null!)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Ranker.Rank((double[])null!, RankOptions.Default)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Ranker.Rank((IEnumerable<double>)null!, RankOptions.Default)).ParamName);
    }

    [Theory]
    [InlineData(TieMethod.Min)]
    [InlineData(TieMethod.Average)]
    [InlineData(TieMethod.Dense)]
    [InlineData(TieMethod.Ordinal)]
    public void Rank_WithWorkspace_AllocatesNothing(TieMethod ties)
    {
        var random = new Random(42);
        double[] counts = [.. Enumerable.Range(0, 100_000).Select(_ => Math.Floor(Math.Exp(random.NextDouble() * 16)))];
        double[] percentages = [.. Enumerable.Range(0, 100_000).Select(_ => random.Next(0, 10_001) / 100.0)];
        double[] doubles = [.. Enumerable.Range(0, 100_000).Select(_ => random.NextDouble() - 0.5)];
        double[] small = [.. doubles.Take(100)];
        var options = new RankOptions { Ties = ties, Missing = MissingPlacement.Bottom, Percentile = true };
        var workspace = new RankWorkspace(100_000);
        double[] places = new double[100_000];
        foreach (double[] values in new[] { counts, percentages, doubles, small })
        {
            Span<double> output = places.AsSpan(0, values.Length);
            // Warm up past tiered compilation's call counting (30 calls), whose promotion can allocate on the calling thread.
            for (int warm = 0; warm < 40; warm++)
            {
                Ranker.Rank(values, output, options, workspace);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            Ranker.Rank(values, output, options, workspace);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
        }
    }
}
