using SocialRank.Indicators;
using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class ArticleIndicatorsTests
{
    // The article's worked example: 10 posts, 100 likes, 20 comments, 300 followers.
    private static readonly PageStats WorkedExample = new("example") { Followers = 300, Posts = 10, Likes = 100, Comments = 20 };

    [Fact]
    public void EngagementRateOf_ArticleWorkedExample_IsExactlyFourPercent()
    {
        Assert.Equal(4.0, ArticleIndicators.EngagementRateOf(InteractionKinds.LikesAndComments).Value.Read(WorkedExample));
    }

    [Fact]
    public void AverageEngagementPerPostOf_ArticleWorkedExample_IsTwelve()
    {
        Assert.Equal(12.0, ArticleIndicators.AverageEngagementPerPostOf(InteractionKinds.LikesAndComments).Value.Read(WorkedExample));
    }

    [Fact]
    public void EngagementRate_AllKindsWithSharesAndSavesUnknown_IsMissing()
    {
        Assert.True(double.IsNaN(ArticleIndicators.EngagementRate.Value.Read(WorkedExample)));
        Assert.Equal(5.0, ArticleIndicators.EngagementRate.Value.Read(WorkedExample with { Shares = 20, Saves = 10 }));
    }

    [Fact]
    public void PerPostIndicators_ZeroPosts_AreMissing()
    {
        PageStats page = WorkedExample with { Posts = 0 };
        Assert.True(double.IsNaN(ArticleIndicators.AverageEngagementPerPostOf(InteractionKinds.LikesAndComments).Value.Read(page)));
        Assert.True(double.IsNaN(ArticleIndicators.EngagementRateOf(InteractionKinds.LikesAndComments).Value.Read(page)));
    }

    [Fact]
    public void EngagementRate_ZeroFollowers_IsMissing()
    {
        Assert.True(double.IsNaN(ArticleIndicators.EngagementRateOf(InteractionKinds.LikesAndComments).Value.Read(WorkedExample with { Followers = 0 })));
    }

    [Fact]
    public void PopulationIndicators_Values_ArePercentages()
    {
        var page = new PageStats("p") { Followers = 64_500, EngagedUsers = 19_350, Population = 645_000 };
        Assert.Equal(10.0, ArticleIndicators.FollowersPercentOfPopulation.Value.Read(page));
        Assert.Equal(3.0, ArticleIndicators.EngagedUsersPercentOfPopulation.Value.Read(page));
        Assert.True(double.IsNaN(ArticleIndicators.FollowersPercentOfPopulation.Value.Read(page with { Population = null })));
    }

    [Fact]
    public void PopulationIndicators_PopulationLeaf_IsRequired()
    {
        Assert.Contains(ArticleIndicators.FollowersPercentOfPopulation.Value.Leaves, l => l.Name == "population" && l.IsRequired);
        Assert.Contains(ArticleIndicators.EngagedUsersPercentOfPopulation.Value.Leaves, l => l.Name == "population" && l.IsRequired);
    }

    [Fact]
    public void All_SixIndicators_InArticleOrderAllHigherIsBetter()
    {
        Assert.Equal(
            ["followers", "followers, % of population", "engaged users", "average engagement per post", "engaged users, % of population", "ER"],
            ArticleIndicators.All.Select(i => i.Name));
        Assert.All(ArticleIndicators.All, i => Assert.Equal(Better.Higher, i.Better));
        Assert.All(ArticleIndicators.All, i => Assert.Equal(MissingValueRule.RankLast, i.Missing));
        Assert.Equal([0, 2, 0, 1, 2, 2], ArticleIndicators.All.Select(i => i.Precision.DecimalPlaces ?? -1));
    }

    [Fact]
    public void Create_Kinds_ChangesOnlyInteractionIndicators()
    {
        IReadOnlyList<Indicator<PageStats>> six = ArticleIndicators.Create(InteractionKinds.LikesAndComments);
        Assert.Same(ArticleIndicators.Followers, six[0]);
        Assert.Equal(12.0, six[3].Value.Read(WorkedExample));
        Assert.Equal(4.0, six[5].Value.Read(WorkedExample));
        Assert.Same(ArticleIndicators.All, ArticleIndicators.Create(InteractionKinds.All));
    }
}
