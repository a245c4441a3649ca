using SocialRank.Engagement;
using SocialRank.Pages;

namespace SocialRank.Tests.Engagement;

public class ErNormTableTests
{
    private static EngagementRate Pct(double percent) => EngagementRate.FromPercent(percent);

    [Theory]
    [InlineData(4_999, 50.0, ErNormClass.NoTier)]
    [InlineData(5_000, 9.99, ErNormClass.Below)]
    [InlineData(5_000, 10.0, ErNormClass.Within)]
    [InlineData(9_999, 20.0, ErNormClass.Within)]
    [InlineData(9_999, 20.01, ErNormClass.Above)]
    [InlineData(10_000, 0.1, ErNormClass.Below)]
    [InlineData(10_000, 2.99, ErNormClass.Below)]
    [InlineData(10_000, 3.0, ErNormClass.Within)]
    [InlineData(10_000, 5.0, ErNormClass.Within)]
    [InlineData(99_999, 5.5, ErNormClass.Above)]
    [InlineData(100_000, 0.99, ErNormClass.Below)]
    [InlineData(100_000, 1.0, ErNormClass.Within)]
    [InlineData(100_000, 3.0, ErNormClass.Within)]
    [InlineData(100_000, 3.1, ErNormClass.Above)]
    [InlineData(1_000_000, 0.01, ErNormClass.Within)]
    [InlineData(1_000_000, 1.0, ErNormClass.Within)]
    [InlineData(5_000_000, 1.5, ErNormClass.Above)]
    public void Classify_ArticlePreset_MatchesTheQuotedNorms(double followers, double percent, ErNormClass expected)
    {
        Assert.Equal(expected, ErNormTable.ArticlePreset.Classify(followers, Pct(percent)));
    }

    [Fact]
    public void Classify_Page_UsesErByFollowers()
    {
        var page = new PageStats("p") { Followers = 6_000, Posts = 10, Likes = 6_000, Comments = 0, Shares = 0, Saves = 0 };
        // 600 per post × 100 / 6000 = 10 %: within 10–20 %.
        Assert.Equal(ErNormClass.Within, ErNormTable.ArticlePreset.Classify(page, InteractionKinds.All));
        Assert.Null(ErNormTable.ArticlePreset.Classify(page with { Posts = 0 }, InteractionKinds.All));
    }

    [Fact]
    public void Constructor_UserTable_ClassifiesWithItsOwnTiers()
    {
        var table = new ErNormTable("mine", [new ErNormTier(0, 1000, Pct(5), Pct(15)), new ErNormTier(2000, null, Pct(1), null)]);
        Assert.Equal(ErNormClass.Below, table.Classify(500, Pct(4)));
        Assert.Equal(ErNormClass.NoTier, table.Classify(1500, Pct(4)));
        Assert.Equal(ErNormClass.Within, table.Classify(1e7, Pct(90)));
    }

    [Fact]
    public void Constructor_OverlappingTiers_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ErNormTable("mine", [new ErNormTier(0, 1000, null, Pct(5)), new ErNormTier(900, 2000, null, Pct(4))]));
        Assert.Equal("ER norm table 'mine': tier 2 starts at 900 followers, before tier 1 ends at 1000; tiers must be sorted and must not overlap.", ex.Message);
    }

    [Fact]
    public void Constructor_UnboundedTierNotLast_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ErNormTable("mine", [new ErNormTier(0, null, null, Pct(5)), new ErNormTier(900, 2000, null, Pct(4))]));
        Assert.Equal("ER norm table 'mine': tier 1 has no upper follower bound, but only the last tier may be unbounded.", ex.Message);
    }

    [Fact]
    public void Constructor_NoTiers_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ErNormTable("mine", []));
        Assert.Equal("ER norm table 'mine' has no tiers; give it at least one.", ex.Message);
    }

    [Fact]
    public void ErNormTier_LowAboveHigh_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ErNormTier(0, 10, Pct(5), Pct(4)));
        Assert.Equal("A tier's lowest normal rate 5% is above its highest normal rate 4%. (Parameter 'low')", ex.Message);
    }

    [Fact]
    public void ArticlePreset_HasFourTiers()
    {
        Assert.Equal([5_000.0, 10_000, 100_000, 1_000_000], ErNormTable.ArticlePreset.Tiers.Select(t => t.MinFollowers));
    }
    [Fact]
    public void ErNormTier_BadFollowerBounds_ThrowWithMessages()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new ErNormTier(-1, 10, null, null));
        Assert.Equal("A tier's lowest follower count must be a finite number >= 0 but was -1. (Parameter 'minFollowers')", negative.Message);
        var empty = Assert.Throws<ArgumentOutOfRangeException>(() => new ErNormTier(10, 10, null, null));
        Assert.Equal("A tier's follower bound must be above its lowest follower count 10 but was 10. (Parameter 'maxFollowers')", empty.Message);
    }

    [Fact]
    public void Constructor_NullNameTiersOrTier_ThrowArgumentNull()
    {
        ErNormTier tier = new(0, null, null, null);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ErNormTable(null!, [tier])).ParamName);
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => new ErNormTable("mine", null!)).ParamName);
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => new ErNormTable("mine", [null!])).ParamName);
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => new ErNormTable("mine", [new ErNormTier(0, 10, null, null), null!])).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentNullException>(() => ErNormTable.ArticlePreset.Classify(null!, InteractionKinds.All)).ParamName);
    }

    [Fact]
    public void ErNormTier_EqualLowAndHigh_IsOneNormalRate_AndNegativeZeroFollowersAreZero()
    {
        ErNormTier tier = new(-0.0, 100, Pct(4), Pct(4));
        Assert.Equal(Pct(4), tier.Low);
        Assert.Equal(Pct(4), tier.High);
        Assert.False(double.IsNegative(tier.MinFollowers));
        Assert.Equal(0.0, tier.MinFollowers);
    }
}
