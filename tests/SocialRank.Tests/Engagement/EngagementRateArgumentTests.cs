using SocialRank.Engagement;
using SocialRank.Pages;

namespace SocialRank.Tests.Engagement;

/// <summary>
/// Every engagement rate refuses a negative or infinite count, naming the argument that carried it: each factory, each
/// count, each way a count can be bad (the survivors of the Engagement mutation run, docs/mutation.md).
/// </summary>
public class EngagementRateArgumentTests
{
    private const double Good = 10;

    public static TheoryData<string, string, double> ScalarCounts()
    {
        var data = new TheoryData<string, string, double>();
        foreach ((string factory, string[] counts) in new[]
        {
            ("ByFollowers", new[] { "interactions", "posts", "followers" }),
            ("ByReach", ["interactions", "reach"]),
            ("ByViews", ["interactions", "views"]),
            ("Daily", ["interactions", "days", "followers"]),
        })
        {
            foreach (string count in counts)
            {
                data.Add(factory, count, -1);
                data.Add(factory, count, double.PositiveInfinity);
                data.Add(factory, count, double.NegativeInfinity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScalarCounts))]
    public void Factory_BadCount_ThrowsNamingIt(string factory, string count, double bad)
    {
        double Arg(string name) => name == count ? bad : Good;
        Func<EngagementRate?> call = factory switch
        {
            "ByFollowers" => () => EngagementRate.ByFollowers(Arg("interactions"), Arg("posts"), Arg("followers")),
            "ByReach" => () => EngagementRate.ByReach(Arg("interactions"), Arg("reach")),
            "ByViews" => () => EngagementRate.ByViews(Arg("interactions"), Arg("views")),
            _ => () => EngagementRate.Daily(Arg("interactions"), Arg("days"), Arg("followers")),
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call());
        Assert.Equal(count, ex.ParamName);
        Assert.StartsWith(count + " must be a finite number >= 0 but was ", ex.Message, StringComparison.Ordinal);

        // The same call with every count good gives a rate: the check, not the formula, refused it.
        Assert.NotNull(factory switch
        {
            "ByFollowers" => EngagementRate.ByFollowers(Good, Good, Good),
            "ByReach" => EngagementRate.ByReach(Good, Good),
            "ByViews" => EngagementRate.ByViews(Good, Good),
            _ => EngagementRate.Daily(Good, Good, Good),
        });
    }

    [Theory]
    [InlineData(ErAggregation.Pooled)]
    [InlineData(ErAggregation.MeanOfPosts)]
    public void PerPost_ABadCountOfAPost_ThrowsNamingThePosts_AndBadFollowersNameFollowers(ErAggregation aggregation)
    {
        PostStats good = new() { Likes = 5, Reach = 50, Views = 100 };
        PostStats[][] bad =
        [
            [good, good with { Likes = -1 }],
            [good, good with { Comments = double.PositiveInfinity }],
        ];
        foreach (PostStats[] posts in bad)
        {
            Assert.Equal("posts", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByFollowers(posts, 100, InteractionKinds.All, aggregation)).ParamName);
            Assert.Equal("posts", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByReach(posts, InteractionKinds.All, aggregation)).ParamName);
            Assert.Equal("posts", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByViews(posts, InteractionKinds.All, aggregation)).ParamName);
        }

        Assert.Equal("posts", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByReach([good, good with { Reach = -3 }], InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("posts", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByViews([good, good with { Views = double.PositiveInfinity }], InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("followers", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByFollowers([good], -1, InteractionKinds.All, aggregation)).ParamName);
        Assert.Equal("followers", Assert.Throws<ArgumentOutOfRangeException>(() => EngagementRate.ByFollowers([good], double.PositiveInfinity, InteractionKinds.All, aggregation)).ParamName);

        // The same posts, all good: rates.
        Assert.NotNull(EngagementRate.ByFollowers([good, good], 100, InteractionKinds.All, aggregation));
        Assert.NotNull(EngagementRate.ByReach([good, good], InteractionKinds.All, aggregation));
        Assert.NotNull(EngagementRate.ByViews([good, good], InteractionKinds.All, aggregation));
    }
}
