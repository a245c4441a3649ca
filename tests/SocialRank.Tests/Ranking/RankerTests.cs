using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

public class RankerTests
{
    [Fact]
    public void Rank_TiedValuesWithMin_ShareLowestPlace()
    {
        double[] places = Ranker.Rank([10.0, 20.0, 20.0, 30.0]);
        Assert.Equal([1.0, 2.0, 2.0, 4.0], places);
    }
}
