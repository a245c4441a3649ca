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
