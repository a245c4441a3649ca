using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

public class RankWorkspaceTests
{
    [Fact]
    public void Constructor_NegativeCapacity_Throws()
    {
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new RankWorkspace(-1)).ParamName);
    }

    [Fact]
    public void EnsureCapacity_Grows_AndNeverShrinks()
    {
        var workspace = new RankWorkspace();
        Assert.Equal(0, workspace.Capacity);
        workspace.EnsureCapacity(100);
        Assert.Equal(100, workspace.Capacity);
        workspace.EnsureCapacity(10);
        Assert.Equal(100, workspace.Capacity);
    }

    [Fact]
    public void Rank_LongerColumn_GrowsWorkspace()
    {
        var workspace = new RankWorkspace(2);
        double[] places = new double[5];
        Ranker.Rank([5.0, 4.0, 3.0, 2.0, 1.0], places, RankOptions.Default, workspace);
        Assert.Equal([5.0, 4.0, 3.0, 2.0, 1.0], places);
        Assert.Equal(5, workspace.Capacity);
    }
}
