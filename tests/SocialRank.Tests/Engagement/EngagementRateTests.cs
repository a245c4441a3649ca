using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Engagement;
using SocialRank.Pages;

namespace SocialRank.Tests.Engagement;

public class EngagementRateTests
{
    [Fact]
    public void ByFollowers_ArticleWorkedExample_IsExactlyFourPercent()
    {
        // 10 posts, 100 likes + 20 comments = 120 interactions, 300 followers: 12 per post, 12 / 300 × 100 = 4 %.
        Assert.Equal(EngagementRate.FromPercent(4), EngagementRate.ByFollowers(120, 10, 300));
        Assert.Equal(4.0, EngagementRate.ByFollowers(120, 10, 300)!.Value.Percent);
    }

    [Theory]
    [InlineData(120, 0, 300)]
    [InlineData(120, 10, 0)]
    [InlineData(double.NaN, 10, 300)]
    [InlineData(120, double.NaN, 300)]
    [InlineData(120, 10, double.NaN)]
    [InlineData(0, 0, 0)]
    public void ByFollowers_Undefined_IsNull(double interactions, double posts, double followers)
    {
        Assert.Null(EngagementRate.ByFollowers(interactions, posts, followers));
    }

    [Fact]
    public void ByFollowers_NegativeCount_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByFollowers(-1, 10, 300));
        Assert.Equal("interactions must be a finite number >= 0 but was -1. (Parameter 'interactions')", ex.Message);
    }

    [Fact]
    public void ByReachByViewsDaily_Values_FollowTheirFormulas()
    {
        Assert.Equal(2.0, EngagementRate.ByReach(50, 2500)!.Value.Percent);
        Assert.Equal(0.5, EngagementRate.ByViews(50, 10_000)!.Value.Percent);
        Assert.Equal(0.1, EngagementRate.Daily(930, 31, 30_000)!.Value.Percent);
        Assert.Null(EngagementRate.ByReach(50, 0));
        Assert.Null(EngagementRate.ByViews(50, double.NaN));
        Assert.Null(EngagementRate.Daily(50, 0, 100));
    }

    [Fact]
    public void ByFollowers_PerPostPooledAndMean_AgreeWithPageFormula()
    {
        PostStats[] posts = [new() { Likes = 10, Comments = 2 }, new() { Likes = 20, Comments = 4 }, new() { Likes = 0, Comments = 0 }];
        // 36 interactions over 3 posts: 12 per post; 12 × 100 / 300 = 4 %. Mean of 4, 8 and 0 is 4 too.
        Assert.Equal(4.0, EngagementRate.ByFollowers(posts, 300, InteractionKinds.LikesAndComments, ErAggregation.Pooled)!.Value.Percent);
        Assert.Equal(4.0, EngagementRate.ByFollowers(posts, 300, InteractionKinds.LikesAndComments, ErAggregation.MeanOfPosts)!.Value.Percent);
        Assert.Null(EngagementRate.ByFollowers([], 300, InteractionKinds.All, ErAggregation.Pooled));
    }

    [Fact]
    public void ByReach_PooledVersusMean_Differ()
    {
        PostStats[] posts =
        [
            new() { Likes = 10, Reach = 100 },    // 10 %
            new() { Likes = 10, Reach = 1000 },   // 1 %
            new() { Likes = 99, Reach = null },   // reach unknown: left out
            new() { Likes = 0, Reach = 0 },       // reach 0: in the pooled sums, not in the mean
        ];
        // Pooled: 20 × 100 / 1100; mean: (10 + 1) / 2.
        Assert.Equal(2000.0 / 1100, EngagementRate.ByReach(posts, InteractionKinds.All, ErAggregation.Pooled)!.Value.Percent);
        Assert.Equal(5.5, EngagementRate.ByReach(posts, InteractionKinds.All, ErAggregation.MeanOfPosts)!.Value.Percent);
    }

    [Fact]
    public void ByViews_NoPostWithViews_IsNull()
    {
        PostStats[] posts = [new() { Likes = 10 }];
        Assert.Null(EngagementRate.ByViews(posts, InteractionKinds.All, ErAggregation.Pooled));
        Assert.Null(EngagementRate.ByViews(posts, InteractionKinds.All, ErAggregation.MeanOfPosts));
    }

    [Fact]
    public void ByFollowers_PerPostInteractionsUnknown_IsNull()
    {
        PostStats[] posts = [new() { Likes = 10 }, new() { Likes = null }];
        Assert.Null(EngagementRate.ByFollowers(posts, 300, InteractionKinds.All, ErAggregation.Pooled));
        Assert.Null(EngagementRate.ByFollowers(posts, 300, InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByReach([new() { Likes = null, Reach = 10 }], InteractionKinds.All, ErAggregation.Pooled));
    }

    [Fact]
    public void FromPercentAndFraction_AreTheSameRate()
    {
        Assert.Equal(EngagementRate.FromPercent(4), EngagementRate.FromFraction(0.04));
        Assert.Equal(0.04, EngagementRate.FromPercent(4).Fraction);
        Assert.True(EngagementRate.FromPercent(3) < EngagementRate.FromPercent(4));
        Assert.Equal("4%", EngagementRate.FromPercent(4).ToString());
    }

    [Fact]
    public void FromPercent_Negative_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.FromPercent(-1));
        Assert.Equal("An engagement rate (percent) must be a finite number >= 0 but was -1. (Parameter 'percent')", ex.Message);
    }

    [Property(MaxTest = 1000, Replay = "(20261126,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool ByFollowers_TimesFollowersTimesPostsOverHundred_GivesBackInteractions(ErInput input)
    {
        double er = EngagementRate.ByFollowers(input.Interactions, input.Posts, input.Followers)!.Value.Percent;
        double back = er * input.Followers * input.Posts / 100;
        return Math.Abs(back - input.Interactions) <= 1e-9 * Math.Max(1, input.Interactions);
    }

    public sealed record ErInput(double Interactions, double Posts, double Followers);

    public static class Arbitraries
    {
        public static Arbitrary<ErInput> ErInputs() =>
            (from interactions in Gen.Choose(0, 5_000_000)
             from posts in Gen.Choose(1, 2_000)
             from followers in Gen.Choose(1, 50_000_000)
             select new ErInput(interactions, posts, followers)).ToArbitrary();
    }
    [Fact]
    public void FromFraction_Infinite_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.FromFraction(double.PositiveInfinity));
        Assert.Equal("An engagement rate (fraction) must be a finite number >= 0 but was Infinity. (Parameter 'fraction')", ex.Message);
    }
}
