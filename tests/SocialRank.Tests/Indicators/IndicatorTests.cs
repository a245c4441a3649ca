using SocialRank.Indicators;
using SocialRank.Ranking;

namespace SocialRank.Tests.Indicators;

public class IndicatorTests
{
    private sealed record Page(double Score);

    [Fact]
    public void Constructor_Defaults_RankLastAndExact()
    {
        var indicator = new Indicator<Page>("score", p => p.Score, Better.Lower);
        Assert.Equal("score", indicator.Name);
        Assert.Equal(Better.Lower, indicator.Better);
        Assert.Equal(Precision.Exact, indicator.Precision);
        Assert.Equal(MissingValueRule.RankLast, indicator.Missing);
        Assert.Equal(4.0, indicator.Value.Read(new Page(4)));
    }

    [Fact]
    public void ToRankOptions_HigherIsBetter_DescendingWithMissingAtBottom()
    {
        var indicator = new Indicator<Page>("score", p => p.Score, Better.Higher) { Precision = Precision.Decimals(2) };
        RankOptions options = indicator.ToRankOptions(TieMethod.Dense);
        Assert.Equal(new RankOptions { Ties = TieMethod.Dense, Direction = RankDirection.Descending, Missing = MissingPlacement.Bottom, Precision = Precision.Decimals(2) }, options);
        Assert.Equal(RankDirection.Ascending, (indicator with { Better = Better.Lower }).ToRankOptions(TieMethod.Min).Direction);
    }

    [Fact]
    public void Precision_OutOfRange_ThrowsWithMessage()
    {
        var indicator = new Indicator<Page>("score", p => p.Score, Better.Higher);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => indicator with { Precision = Precision.Decimals(16) });
        Assert.Equal("places must be between 0 and 15 decimal places but was 16. (Parameter 'places')", ex.Message);
    }

    [Fact]
    public void Better_Undefined_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator<Page>("score", p => p.Score, (Better)7));
        Assert.Equal("Better must be a defined Better value but was 7. (Parameter 'better')", ex.Message);
    }

    [Fact]
    public void Missing_Undefined_ThrowsWithMessage()
    {
        var indicator = new Indicator<Page>("score", p => p.Score, Better.Higher);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => indicator with { Missing = (MissingValueRule)9 });
        Assert.Equal("Missing must be a defined MissingValueRule value but was 9. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Name_Empty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Indicator<Page>("", p => p.Score, Better.Higher));
        Assert.Equal("A name must not be empty or white space. (Parameter 'name')", ex.Message);
    }
}
