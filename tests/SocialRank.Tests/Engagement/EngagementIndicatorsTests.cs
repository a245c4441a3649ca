using SocialRank.Engagement;
using SocialRank.Indicators;
using SocialRank.Pages;

namespace SocialRank.Tests.Engagement;

public class EngagementIndicatorsTests
{
    private static readonly PageStats Page = new("p")
    {
        Followers = 300, Posts = 10, Likes = 100, Comments = 20, Shares = 0, Saves = 0, Reach = 6000, Views = 24_000,
        PostDetails = [new PostStats { Likes = 60, Comments = 0, Reach = 1000 }, new PostStats { Likes = 40, Comments = 20, Reach = 5000 }],
    };

    [Fact]
    public void ByFollowers_Pooled_EqualsArticleIndicator()
    {
        Indicator<PageStats> er = EngagementIndicators.ByFollowers(InteractionKinds.All, ErAggregation.Pooled);
        Assert.Equal("ER", er.Name);
        Assert.Equal(4.0, er.Value.Read(Page));
        Assert.Equal(ArticleIndicators.EngagementRate.Value.Read(Page), er.Value.Read(Page));
    }

    [Fact]
    public void ByFollowers_MeanOfPosts_UsesPostDetails()
    {
        Indicator<PageStats> er = EngagementIndicators.ByFollowers(InteractionKinds.All, ErAggregation.MeanOfPosts);
        Assert.Equal("ER (mean of posts)", er.Name);
        // Posts: 60 and 60 interactions, each 20 % of 300 followers.
        Assert.Equal(20.0, er.Value.Read(Page));
        Assert.True(double.IsNaN(er.Value.Read(Page with { PostDetails = null })));
    }

    [Fact]
    public void ByReach_PooledAndMean_FollowFormulas()
    {
        Assert.Equal(2.0, EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.Pooled).Value.Read(Page));
        // Per post: 60 / 1000 = 6 %, 60 / 5000 = 1.2 %; mean 3.6 %.
        Assert.Equal(3.6, EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.MeanOfPosts).Value.Read(Page), 12);
        Assert.True(double.IsNaN(EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.Pooled).Value.Read(Page with { Reach = null })));
    }

    [Fact]
    public void ByViews_Pooled_FollowsFormula()
    {
        Indicator<PageStats> erv = EngagementIndicators.ByViews(InteractionKinds.All, ErAggregation.Pooled);
        Assert.Equal("ERV", erv.Name);
        Assert.Equal(0.5, erv.Value.Read(Page));
        Assert.True(double.IsNaN(erv.Value.Read(Page with { Views = 0 })));
    }

    [Fact]
    public void Daily_ThirtyDays_DividesByDays()
    {
        Indicator<PageStats> daily = EngagementIndicators.Daily(InteractionKinds.All, 30);
        Assert.Equal("ERday", daily.Name);
        // 120 interactions / 30 days = 4 a day; 4 × 100 / 300.
        Assert.Equal(400.0 / 300, daily.Value.Read(Page));
    }

    [Fact]
    public void Daily_ZeroDays_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementIndicators.Daily(InteractionKinds.All, 0));
        Assert.Equal("The period must last a finite number of days above 0 but was 0. (Parameter 'days')", ex.Message);
    }

    [Fact]
    public void ByFollowers_UndefinedAggregation_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementIndicators.ByFollowers(InteractionKinds.All, (ErAggregation)5));
        Assert.Equal("Aggregation must be a defined ErAggregation value but was 5. (Parameter 'aggregation')", ex.Message);
    }

    [Fact]
    public void EveryIndicatorOfTheFamily_ComparesAtTwoDecimals_HigherIsBetter_MissingLast()
    {
        Indicator<PageStats>[] family =
        [
            EngagementIndicators.ByFollowers(InteractionKinds.All, ErAggregation.Pooled),
            EngagementIndicators.ByFollowers(InteractionKinds.All, ErAggregation.MeanOfPosts),
            EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.Pooled),
            EngagementIndicators.ByReach(InteractionKinds.All, ErAggregation.MeanOfPosts),
            EngagementIndicators.ByViews(InteractionKinds.All, ErAggregation.Pooled),
            EngagementIndicators.ByViews(InteractionKinds.All, ErAggregation.MeanOfPosts),
            EngagementIndicators.Daily(InteractionKinds.All, 30),
        ];
        foreach (Indicator<PageStats> indicator in family)
        {
            Assert.Equal(SocialRank.Ranking.Precision.Decimals(2), indicator.Precision);
            Assert.Equal(Better.Higher, indicator.Better);
            Assert.Equal(MissingValueRule.RankLast, indicator.Missing);
        }
    }
}
