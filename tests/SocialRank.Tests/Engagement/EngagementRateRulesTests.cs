using SocialRank.Engagement;
using SocialRank.Pages;

namespace SocialRank.Tests.Engagement;

/// <summary>
/// The rules of <see cref="EngagementRate"/> that the formulas' results alone do not show: zero and negative zero, the
/// comparison operators, the text, the refusals of the per-post formulas, which posts the mean of per-post rates leaves
/// out, and that the pooled rate is one division of the exact totals while the mean rounds each post's rate (the
/// survivors of the Engagement mutation run, docs/mutation.md).
/// </summary>
public class EngagementRateRulesTests
{
    private static readonly PostStats Good = new() { Likes = 5, Reach = 50, Views = 100 };

    [Fact]
    public void FromPercentAndFromFraction_Zero_IsARate_AndNegativeZeroIsStoredAsZero()
    {
        Assert.Equal(0.0, EngagementRate.FromPercent(0).Percent);
        Assert.Equal(0.0, EngagementRate.FromFraction(0).Percent);
        EngagementRate negativeZero = EngagementRate.FromPercent(-0.0);
        Assert.False(double.IsNegative(negativeZero.Percent));
        Assert.Equal("0%", negativeZero.ToString());
        Assert.False(double.IsNegative(EngagementRate.FromFraction(-0.0).Percent));

        // A formula whose numerator is a negative zero gives zero too.
        Assert.False(double.IsNegative(EngagementRate.ByReach(-0.0, 10)!.Value.Percent));
    }

    [Fact]
    public void Operators_CompareByPercent()
    {
        EngagementRate three = EngagementRate.FromPercent(3), four = EngagementRate.FromPercent(4), alsoFour = EngagementRate.FromFraction(0.04);
        Assert.True(four == alsoFour);
        Assert.False(four != alsoFour);
        Assert.True(three != four);
        Assert.False(three == four);
        Assert.True(three < four);
        Assert.False(four < three);
        Assert.False(four < alsoFour);
        Assert.True(four > three);
        Assert.False(three > four);
        Assert.False(four > alsoFour);
        Assert.True(three <= four);
        Assert.True(four <= alsoFour);
        Assert.False(four <= three);
        Assert.True(four >= three);
        Assert.True(four >= alsoFour);
        Assert.False(three >= four);
        Assert.Equal(-1, three.CompareTo(four));
        Assert.Equal(0, four.CompareTo(alsoFour));
        Assert.Equal(four.GetHashCode(), alsoFour.GetHashCode());
        Assert.True(four.Equals((object)alsoFour));
        Assert.False(four.Equals((object)4.0));
    }

    [Theory]
    [InlineData(4.0, "4%")]
    [InlineData(12.5, "12.5%")]
    [InlineData(0.1, "0.1%")]
    [InlineData(1e-7, "1E-07%")]
    public void ToString_IsTheShortestTextThatReadsBackAsTheRate(double percent, string expected)
    {
        string text = EngagementRate.FromPercent(percent).ToString();
        Assert.Equal(expected, text);
        Assert.Equal(percent, double.Parse(text.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_OfARateWithARepeatingExpansion_ReadsBackToTheSameDouble()
    {
        EngagementRate third = EngagementRate.ByFollowers(1, 1, 3)!.Value;
        Assert.Equal(third.Percent, double.Parse(third.ToString().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("33.333333333333336%", third.ToString());
    }

    [Theory]
    [InlineData(ErAggregation.Pooled)]
    [InlineData(ErAggregation.MeanOfPosts)]
    public void PerPost_NullPostsOrANullPost_ThrowArgumentNullNamingPosts(ErAggregation aggregation)
    {
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByFollowers(null!, 100, InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByReach(null!, InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByViews(null!, InteractionKinds.All, aggregation)).ParamName);
        PostStats[] withNull = [Good, null!];
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByFollowers(withNull, 100, InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByReach(withNull, InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("posts", Assert.Throws<ArgumentNullException>(() => EngagementRate.ByViews(withNull, InteractionKinds.All, aggregation)).ParamName);
    }

    [Fact]
    public void PerPost_UndefinedAggregation_Throws_EvenWithNoPosts()
    {
        const ErAggregation undefined = (ErAggregation)7;
        foreach (PostStats[] posts in new[] { Array.Empty<PostStats>(), [Good] })
        {
            AssertUndefined(() => EngagementRate.ByFollowers(posts, 100, InteractionKinds.All, undefined));
            AssertUndefined(() => EngagementRate.ByReach(posts, InteractionKinds.All, undefined));
            AssertUndefined(() => EngagementRate.ByViews(posts, InteractionKinds.All, undefined));
        }

        static void AssertUndefined(Func<EngagementRate?> call)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call());
            Assert.Equal("Aggregation must be a defined ErAggregation value but was 7. (Parameter 'aggregation')", ex.Message);
        }
    }

    [Fact]
    public void PerPost_ABadAudience_IsNamedAsTheAudienceItIs()
    {
        var reach = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByReach([Good with { Reach = -3 }], InteractionKinds.All, ErAggregation.Pooled));
        Assert.StartsWith("reach must be a finite number >= 0 but was -3", reach.Message, StringComparison.Ordinal);
        var views = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByViews([Good with { Views = -4 }], InteractionKinds.All, ErAggregation.Pooled));
        Assert.StartsWith("views must be a finite number >= 0 but was -4", views.Message, StringComparison.Ordinal);
        Assert.Equal("posts", views.ParamName);
    }

    [Fact]
    public void PerPost_NoPosts_HaveNoRate_InEitherAggregation()
    {
        foreach (ErAggregation aggregation in new[] { ErAggregation.Pooled, ErAggregation.MeanOfPosts })
        {
            Assert.Null(EngagementRate.ByFollowers([], 100, InteractionKinds.All, aggregation));
            Assert.Null(EngagementRate.ByReach([], InteractionKinds.All, aggregation));
            Assert.Null(EngagementRate.ByViews([], InteractionKinds.All, aggregation));
        }
    }

    [Fact]
    public void MeanOfPosts_AnUnknownCountOfACountedPost_MeansNoRate_EvenWhenItsAudienceIsZero()
    {
        // The post with unknown likes has reach 0: the mean would leave it out of its sum, but the rate is still
        // unknown, as the documentation says (a counted post's interactions are unknown).
        PostStats unknownLikes = new() { Likes = null, Reach = 0, Views = 0 };
        Assert.Null(EngagementRate.ByReach([unknownLikes, Good], InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByViews([unknownLikes, Good], InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByReach([unknownLikes, Good], InteractionKinds.All, ErAggregation.Pooled));

        // A post whose audience is NaN (known to be there but not a number) makes the rate unknown too.
        Assert.Null(EngagementRate.ByReach([Good with { Reach = double.NaN }, Good], InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByViews([Good with { Views = double.NaN }, Good], InteractionKinds.All, ErAggregation.MeanOfPosts));

        // Without the unknown post, the same posts have a rate: 5 × 100 / 50 = 10 %.
        Assert.Equal(10.0, EngagementRate.ByReach([Good, Good], InteractionKinds.All, ErAggregation.MeanOfPosts)!.Value.Percent);
    }

    [Fact]
    public void MeanOfPosts_OnlyPostsWithAudienceZero_HaveNoMeanRate_ButAPooledOneWhenAnotherPostHasAnAudience()
    {
        PostStats zero = new() { Likes = 3, Reach = 0, Views = 0 };
        Assert.Null(EngagementRate.ByReach([zero, zero], InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByReach([zero, zero], InteractionKinds.All, ErAggregation.Pooled));
        // Pooled: (3 + 5) × 100 / (0 + 50) = 16 %; mean: only the post with reach, 10 %.
        Assert.Equal(16.0, EngagementRate.ByReach([zero, Good], InteractionKinds.All, ErAggregation.Pooled)!.Value.Percent);
        Assert.Equal(10.0, EngagementRate.ByReach([zero, Good], InteractionKinds.All, ErAggregation.MeanOfPosts)!.Value.Percent);
    }

    [Fact]
    public void ByFollowers_Pooled_IsTheCorrectlyRoundedExactRate_WhileTheMeanRoundsEachPost()
    {
        // Two posts with 1 and 4 interactions, 3 followers: the exact rate is (1 + 4) × 100 / (2 × 3) = 250 / 3 %.
        // 250.0 / 3 is that fraction correctly rounded (one IEEE division of exact integers). The mean of the posts'
        // rates, 100 / 3 and 400 / 3 each rounded first, lands one unit in the last place away from it.
        PostStats[] posts = [new() { Likes = 1 }, new() { Likes = 4 }];
        double exact = 250.0 / 3;
        double pooled = EngagementRate.ByFollowers(posts, 3, InteractionKinds.All, ErAggregation.Pooled)!.Value.Percent;
        double mean = EngagementRate.ByFollowers(posts, 3, InteractionKinds.All, ErAggregation.MeanOfPosts)!.Value.Percent;
        Assert.Equal(exact, pooled);
        Assert.NotEqual(exact, mean);
        Assert.Equal(exact, mean, 1e-12);
        // The page formula with the same totals is the pooled rate.
        Assert.Equal(pooled, EngagementRate.ByFollowers(5, 2, 3)!.Value.Percent);
    }

    [Fact]
    public void ByFollowers_PerPost_NoFollowers_HasNoRate()
    {
        Assert.Null(EngagementRate.ByFollowers([Good], 0, InteractionKinds.All, ErAggregation.Pooled));
        Assert.Null(EngagementRate.ByFollowers([Good], 0, InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByFollowers([Good], double.NaN, InteractionKinds.All, ErAggregation.MeanOfPosts));
        Assert.Null(EngagementRate.ByFollowers([new PostStats { Likes = 0 }], 0, InteractionKinds.All, ErAggregation.MeanOfPosts));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1e308, 1.0)]
    public void ScalarFormulas_ZeroOrOverflowingDenominators_HaveNoRate(double interactions, double audience)
    {
        // 0 / 0 is NaN and 1e310 / 1 overflows to infinity: neither is a rate.
        Assert.Null(EngagementRate.ByReach(interactions, audience));
        Assert.Null(EngagementRate.ByViews(interactions, audience));
        Assert.Null(EngagementRate.ByFollowers(interactions, audience, audience == 0 ? 5 : 1));
        Assert.Null(EngagementRate.Daily(interactions, audience, audience == 0 ? 5 : 1));
    }
}
