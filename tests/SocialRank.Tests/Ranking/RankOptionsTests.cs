using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

public class RankOptionsTests
{
    [Fact]
    public void Default_IsMinAscendingKeepExactPlaces()
    {
        RankOptions options = RankOptions.Default;
        Assert.Equal(TieMethod.Min, options.Ties);
        Assert.Equal(RankDirection.Ascending, options.Direction);
        Assert.Equal(MissingPlacement.Keep, options.Missing);
        Assert.Equal(Precision.Exact, options.Precision);
        Assert.False(options.Percentile);
        Assert.Equal(new RankOptions(), options);
    }

    [Fact]
    public void Ties_UndefinedValue_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RankOptions { Ties = (TieMethod)9 });
        Assert.Equal("Ties must be a defined TieMethod value but was 9. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Direction_UndefinedValue_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankOptions.Default with { Direction = (RankDirection)(-1) });
        Assert.Equal("Direction must be a defined RankDirection value but was -1. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Missing_UndefinedValue_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RankOptions { Missing = (MissingPlacement)3 });
        Assert.Equal("Missing must be a defined MissingPlacement value but was 3. (Parameter 'value')", ex.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Precision_OutOfRange_ThrowsWithMessage(int precision)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RankOptions { Precision = Precision.Decimals(precision) });
        Assert.Equal($"places must be between 0 and 15 decimal places but was {precision}. (Parameter 'places')", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public void Precision_InRange_IsKept(int precision)
    {
        Assert.Equal(precision, new RankOptions { Precision = Precision.Decimals(precision) }.Precision.DecimalPlaces);
    }
}
