using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using SocialRank.Formatting;

namespace SocialRank.Tests.Formatting;

/// <summary>The text of places, penalties and totals: whole numbers take a fast path that must write what the pattern writes.</summary>
public class NumberTextTests
{
    private static string Pattern(double value, IFormatProvider provider)
        => double.IsNaN(value) ? "" : (value + 0.0).ToString("0.##########", provider);

    [Property(MaxTest = 2000, Replay = "(7101,1)")]
    public void Number_WholeHalvesAndFractions_AsThePatternWritesThem(long whole, byte fraction, bool negative)
    {
        // Whole numbers of every size (up to and past 2^53), halves (average ties) and weighted penalties.
        double[] values =
        [
            whole,
            whole / 2.0,
            whole * 0.37,
            (whole % 10_000) + (fraction / 256.0),
            negative ? -Math.Abs((double)whole) : Math.Abs((double)whole) * 1e6,
        ];
        foreach (IFormatProvider provider in new IFormatProvider[] { CultureInfo.InvariantCulture, LabelSet.English.Numbers, LabelSet.Russian.Numbers })
        {
            foreach (double value in values)
            {
                Assert.Equal(Pattern(value, provider), RatingTables.Number(value, provider));
            }
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(9007199254740992.0)]
    [InlineData(-9007199254740992.0)]
    [InlineData(9007199254740990.0)]
    [InlineData(1e300)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2.5)]
    [InlineData(-1234567.0)]
    public void Number_Edges_AsThePatternWritesThem(double value)
    {
        foreach (IFormatProvider provider in new IFormatProvider[] { CultureInfo.InvariantCulture, LabelSet.Russian.Numbers })
        {
            Assert.Equal(Pattern(value, provider), RatingTables.Number(value, provider));
        }
    }
}

/// <summary><see cref="RatingTableOptions.Top"/>: a final table of its first rows, counting every rated page.</summary>
public class TopRowsTests
{
    private sealed record Shop(string Id, double Sales);

    private static SocialRank.Rating.RatingResult<Shop> Shops(int n) => SocialRank.Rating.RatingMethod.For<Shop>(s => s.Id)
        .Add(new SocialRank.Indicators.Indicator<Shop>("sales", s => s.Sales, SocialRank.Indicators.Better.Higher))
        .Build()
        .Evaluate([.. Enumerable.Range(0, n).Select(i => new Shop($"s{i}", i % 7))]);

    [Fact]
    public void Final_Top_FirstRowsOfTheFullTable()
    {
        var result = Shops(20);
        RatingTable all = RatingTables.Final(result);
        RatingTable top = RatingTables.Final(result, new RatingTableOptions { Top = 6 });
        Assert.Equal(20, all.RatedCount);
        Assert.Equal(20, all.Rows.Count);
        Assert.Equal(20, top.RatedCount);
        Assert.Equal(6, top.Rows.Count);
        Assert.Equal(all.Rows.Take(6).Select(r => r.Id), top.Rows.Select(r => r.Id));
        Assert.Equal(all.Rows.Take(6).Select(r => string.Join("|", r.Cells.Select(c => c.Text))), top.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        Assert.Equal(20, RatingTables.Final(result, new RatingTableOptions { Top = 50 }).Rows.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => top.Rows[6]);
    }

    [Fact]
    public void Top_BelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatingTableOptions { Top = 0 });
        Assert.Null(new RatingTableOptions().Top);
    }
}
