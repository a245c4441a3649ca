using SocialRank.Indicators;
using SocialRank.Rating;

namespace SocialRank.Tests.Rating;

public class RatingResultTests
{
    [Fact]
    public void Row_UnknownOrExcludedId_ThrowsWithMessage()
    {
        PageStats[] pages = [.. RatingMethodTests.ThreePages(), new PageStats("x") { ExclusionReason = "test" }];
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Row("x"));
        Assert.Equal("No rated page has id 'x'.", ex.Message);
    }

    [Fact]
    public void Rows_IndexOutOfRange_Throws()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Rows[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Rows[-1]);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Pages_AreTheInputInInputOrder()
    {
        PageStats[] pages = RatingMethodTests.ThreePages();
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);
        Assert.Same(pages, result.Pages);
    }

    [Fact]
    public void Scores_UnknownIndicatorName_ThrowsWithMessage()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Rows[0].Scores["posts"]);
        Assert.Equal("The method has no indicator 'posts'.", ex.Message);
    }

    [Fact]
    public void ZoneOf_UnknownScheme_ThrowsWithMessage()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Rows[0].ZoneOf("final"));
        Assert.Equal("The method has no zone scheme 'final'.", ex.Message);
        Assert.Empty(result.Rows[0].Zones);
    }

    [Fact]
    public void Row_ToString_ShowsPositionIdTotalAndPlace()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        Assert.Equal("1. b: total 9, place 1", result.Rows[0].ToString());
    }
}
