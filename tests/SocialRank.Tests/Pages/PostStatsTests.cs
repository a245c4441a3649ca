using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class PostStatsTests
{
    [Fact]
    public void Interactions_Defaults_AreZeroCounts()
    {
        Assert.Equal(0.0, new PostStats().Interactions(InteractionKinds.All));
        Assert.Equal(5.0, new PostStats { Likes = 2, Saves = 3 }.Interactions(InteractionKinds.All));
        Assert.True(double.IsNaN(new PostStats { Likes = null }.Interactions(InteractionKinds.All)));
        Assert.Equal(0.0, new PostStats { Likes = null }.Interactions(InteractionKinds.Comments));
    }
}
