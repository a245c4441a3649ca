using System.Globalization;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>
/// The one rounding rule: the true decimal value (a double's shortest decimal form, or a ratio's exact value) rounded to
/// the precision, half away from zero by default, half to even as an option.
/// </summary>
public class PrecisionTests
{
    [Theory]
    [InlineData(1.25, 1, 1.3, 1.2)]
    [InlineData(0.125, 2, 0.13, 0.12)]
    [InlineData(2.675, 2, 2.68, 2.68)] // stored as 2.67499999999999982236431605997495353221893310546875; the decimal 2.675 is a half
    [InlineData(1.005, 2, 1.01, 1.0)] // stored as 1.00499999999999989341858963598497211933135986328125
    [InlineData(0.145, 2, 0.15, 0.14)]
    [InlineData(-1.25, 1, -1.3, -1.2)]
    [InlineData(-2.5, 0, -3.0, -2.0)]
    [InlineData(-0.5, 0, -1.0, 0.0)]
    [InlineData(0.5, 0, 1.0, 0.0)]
    [InlineData(1.5, 0, 2.0, 2.0)]
    [InlineData(1.2499999999999998, 1, 1.2, 1.2)] // just below a half: not a midpoint
    [InlineData(1.2500000000000002, 1, 1.3, 1.3)]
    [InlineData(4.35, 1, 4.4, 4.4)]
    [InlineData(1000000000000000.5, 0, 1000000000000001.0, 1000000000000000.0)] // 10^15 + 0.5 is exact in a double
    [InlineData(999999999999999.5, 0, 1000000000000000.0, 1000000000000000.0)]
    [InlineData(123456789012.345, 2, 123456789012.35, 123456789012.34)]
    [InlineData(0.0, 2, 0.0, 0.0)]
    [InlineData(7.0, 0, 7.0, 7.0)]
    public void Round_HandPickedValues_RoundTheDecimalValue(double value, int places, double awayFromZero, double toEven)
    {
        Assert.Equal(awayFromZero, Precision.Decimals(places).Round(value));
        Assert.Equal(toEven, Precision.Decimals(places, MidpointRounding.ToEven).Round(value));
    }

    [Theory]
    [InlineData(5, 4, 1, 1.3, 1.2)] // 5 interactions on 4 posts: exactly 1.25
    [InlineData(72900, 324000, 2, 0.23, 0.22)] // 729 interactions × 100 / (120 posts × 2,700 followers): exactly 0.225 %
    [InlineData(1, 8, 2, 0.13, 0.12)]
    [InlineData(-5, 4, 1, -1.3, -1.2)]
    [InlineData(5, -4, 1, -1.3, -1.2)]
    [InlineData(201, 200, 2, 1.01, 1.0)] // exactly 1.005, whose double is below 1.005
    [InlineData(1, 3, 2, 0.33, 0.33)]
    [InlineData(2, 3, 0, 1.0, 1.0)]
    public void RoundRatio_WholeNumbers_RoundsTheExactRatio(double numerator, double denominator, int places, double awayFromZero, double toEven)
    {
        Assert.Equal(awayFromZero, Precision.Decimals(places).RoundRatio(numerator, denominator));
        Assert.Equal(toEven, Precision.Decimals(places, MidpointRounding.ToEven).RoundRatio(numerator, denominator));
    }

    [Fact]
    public void RoundRatio_JustBelowAMidpointWithAHugeDenominator_RoundsTheExactRatio()
    {
        // 4998995586381250 / (2^53 − 1) × 100 = 55.5 − 1/(2 × (2^53 − 1)): below the half, so 0.55 by either rule, although
        // its double prints as 0.555 (which, as a decimal, rounds to 0.56 half away from zero).
        const double numerator = 4998995586381250.0, denominator = 9007199254740991.0;
        Assert.Equal("0.555", (numerator / denominator).ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(0.55, Precision.Decimals(2).RoundRatio(numerator, denominator));
        Assert.Equal(0.55, Precision.Decimals(2, MidpointRounding.ToEven).RoundRatio(numerator, denominator));
        Assert.Equal(0.56, Precision.Decimals(2).Round(numerator / denominator));
    }

    [Fact]
    public void RoundRatio_Undefined_IsMissing()
    {
        Assert.True(double.IsNaN(Precision.Decimals(2).RoundRatio(1, 0)));
        Assert.True(double.IsNaN(Precision.Decimals(2).RoundRatio(double.NaN, 1)));
        Assert.True(double.IsNaN(Precision.Exact.RoundRatio(1, 0)));
        Assert.Equal(1.0 / 3.0, Precision.Exact.RoundRatio(1, 3));
    }

    [Fact]
    public void Round_NotFiniteOrTooLarge_IsReturnedAsItIs()
    {
        Precision two = Precision.Decimals(2);
        Assert.Equal(double.PositiveInfinity, two.Round(double.PositiveInfinity));
        Assert.True(double.IsNaN(two.Round(double.NaN)));
        Assert.Equal(1e300, Precision.Decimals(15).Round(1e300));
        Assert.Equal(1.0 / 3.0, Precision.Exact.Round(1.0 / 3.0));
    }

    [Fact]
    public void Round_NegativeValueRoundingToZero_IsPositiveZero()
    {
        double zero = Precision.Decimals(2).Round(-0.001);
        Assert.Equal(0.0, zero);
        Assert.False(double.IsNegative(zero));
    }

    [Theory]
    [InlineData(1.25, 1, false, "1.3")]
    [InlineData(0.225, 2, false, "0.23")]
    [InlineData(2.675, 2, false, "2.68")]
    [InlineData(4.0, 2, false, "4.00")]
    [InlineData(-0.001, 2, false, "0.00")]
    [InlineData(1234567.891, 1, true, "1,234,567.9")]
    [InlineData(double.NaN, 2, false, "")]
    public void Format_RoundedValue_WritesExactlyThePlaces(double value, int places, bool group, string expected)
    {
        Assert.Equal(expected, Precision.Decimals(places).Format(value, CultureInfo.InvariantCulture, group));
    }

    [Fact]
    public void Format_OtherCulture_UsesItsSeparators()
    {
        Assert.Equal("17,37", Precision.Decimals(2).Format(17.3702, CultureInfo.GetCultureInfo("ru-RU")));
        Assert.Equal("0.1", Precision.Exact.Format(0.1));
        Assert.Equal("1,000", Precision.Exact.Format(1000, CultureInfo.InvariantCulture, groupThousands: true));
    }

    [Fact]
    public void Decimals_OutOfRange_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Precision.Decimals(16));
        Assert.Equal("places must be between 0 and 15 decimal places but was 16. (Parameter 'places')", ex.Message);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => Precision.Decimals(-1));
        Assert.Equal("places must be between 0 and 15 decimal places but was -1. (Parameter 'places')", ex.Message);
    }

    [Fact]
    public void Decimals_UnsupportedMidpointRule_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Precision.Decimals(2, MidpointRounding.ToZero));
        Assert.Equal("midpoint must be MidpointRounding.AwayFromZero or MidpointRounding.ToEven but was ToZero. (Parameter 'midpoint')", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.Exact.WithMidpoint(MidpointRounding.ToPositiveInfinity));
    }

    [Fact]
    public void Values_EqualityDefaultAndText_AreConsistent()
    {
        Assert.Equal(Precision.Exact, default);
        Assert.True(Precision.Exact.IsExact);
        Assert.Null(Precision.Exact.DecimalPlaces);
        Assert.Equal(2, Precision.Decimals(2).DecimalPlaces);
        Assert.Equal(MidpointRounding.AwayFromZero, Precision.Decimals(2).Midpoint);
        Assert.Equal(Precision.Decimals(2, MidpointRounding.ToEven), Precision.Decimals(2).WithMidpoint(MidpointRounding.ToEven));
        Assert.NotEqual(Precision.Decimals(2), Precision.Decimals(2, MidpointRounding.ToEven));
        Assert.NotEqual(Precision.Decimals(0), Precision.Exact);
        Assert.Equal(Precision.Exact, Precision.Exact.WithMidpoint(MidpointRounding.ToEven));
        Assert.Equal("exact", Precision.Exact.ToString());
        Assert.Equal("1 decimal, half away from zero", Precision.Decimals(1).ToString());
        Assert.Equal("2 decimals, half to even", Precision.Decimals(2, MidpointRounding.ToEven).ToString());
        Assert.True(Precision.Decimals(1).AreEqual(1.25, 1.3));
        Assert.False(Precision.Decimals(1, MidpointRounding.ToEven).AreEqual(1.25, 1.3));
        Assert.True(Precision.Decimals(1).AreEqual(double.NaN, double.NaN));
    }
}
