using SocialRank.Cli.Input;

namespace SocialRank.Cli.Tests.Input;

public class NumberParserTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("12345", 12345.0)]
    [InlineData("12 345", 12345.0)]
    [InlineData("12\u00A0345", 12345.0)]
    [InlineData("12\u202F345", 12345.0)]
    [InlineData("1 234 567", 1234567.0)]
    [InlineData("12,345", 12345.0)]
    [InlineData("1,234", 1234.0)]
    [InlineData("1.234", 1234.0)]
    [InlineData("1,234,567", 1234567.0)]
    [InlineData("1.234.567", 1234567.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("1,5", 1.5)]
    [InlineData("0,123", 0.123)]
    [InlineData("12345,678", 12345.678)]
    [InlineData("1,2345", 1.2345)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234.567,25", 1234567.25)]
    [InlineData("12 345,5", 12345.5)]
    [InlineData("12 345.5", 12345.5)]
    [InlineData("1'234", 1234.0)]
    [InlineData("  42  ", 42.0)]
    [InlineData("+7", 7.0)]
    [InlineData("-5", -5.0)]
    [InlineData("−5", -5.0)]
    [InlineData("1.5e3", 1500.0)]
    [InlineData("2E+2", 200.0)]
    public void TryParse_CountColumn_ReadsValue(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, isCount: true, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,234", 1.234)]
    [InlineData("1.234", 1.234)]
    [InlineData("1,234,567", 1234567.0)]
    [InlineData("1,234.5", 1234.5)]
    public void TryParse_DecimalColumn_LoneSeparatorIsDecimal(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, isCount: false, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("1 2")]
    [InlineData("12 34")]
    [InlineData("1,23,456")]
    [InlineData("1.2.3")]
    [InlineData("1,234,56")]
    [InlineData("1.234.5,6.7")]
    [InlineData("1,5,")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1..5")]
    [InlineData("1,5.2,3")]
    [InlineData("1 234e3")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("--5")]
    [InlineData("1e999")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("$5")]
    [InlineData("5%")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
        => Assert.False(NumberParser.TryParse(text, isCount: true, out _));
}
