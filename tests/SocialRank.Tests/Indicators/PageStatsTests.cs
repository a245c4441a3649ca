using SocialRank.Indicators;

namespace SocialRank.Tests.Indicators;

public class PageStatsTests
{
    private static List<PageProblem> Check(PageStats page)
    {
        var problems = new List<PageProblem>();
        PageStats.Check(page, problems);
        return problems;
    }

    [Fact]
    public void Check_NegativeFollowers_NamesPageFieldAndValue()
    {
        PageProblem problem = Assert.Single(Check(new PageStats("atyrau-ig") { Followers = -5 }));
        Assert.Equal(new PageProblem("atyrau-ig", "followers", "-5", "Page 'atyrau-ig': followers must be >= 0 but was -5."), problem);
    }

    [Fact]
    public void Check_NaNAndInfinity_AreReported()
    {
        List<PageProblem> problems = Check(new PageStats("p") { Likes = double.NaN, Reach = double.PositiveInfinity, Population = double.NegativeInfinity });
        Assert.Equal(
            [
                "Page 'p': likes must be a number but was NaN.",
                "Page 'p': reach must be finite but was Infinity.",
                "Page 'p': population must be finite but was -Infinity.",
            ],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Check_EveryBadField_IsReportedInFieldOrder()
    {
        var page = new PageStats("p")
        {
            Followers = -1, Posts = -2, Likes = -3, Comments = -4, Shares = -5, Saves = -6,
            Views = -7, Reach = -8, EngagedUsers = -9, Population = -10,
        };
        Assert.Equal(
            ["followers", "posts", "likes", "comments", "shares", "saves", "views", "reach", "engaged users", "population"],
            Check(page).Select(p => p.Field));
    }

    [Fact]
    public void Check_BadPostDetail_NamesThePost()
    {
        var page = new PageStats("p") { PostDetails = [new PostStats(), new PostStats { Comments = -1 }] };
        PageProblem problem = Assert.Single(Check(page));
        Assert.Equal("Page 'p': post 2 comments must be >= 0 but was -1.", problem.Message);
    }

    [Fact]
    public void Check_UnknownAndZeroCounts_AreFine()
    {
        Assert.Empty(Check(new PageStats("p") { Followers = 0, Posts = null, Likes = 0 }));
    }

    [Fact]
    public void Interactions_KindsSelected_SumsOnlyThose()
    {
        var page = new PageStats("p") { Likes = 100, Comments = 20, Shares = 3, Saves = 4 };
        Assert.Equal(127.0, page.Interactions(InteractionKinds.All));
        Assert.Equal(120.0, page.Interactions(InteractionKinds.LikesAndComments));
        Assert.Equal(7.0, page.Interactions(InteractionKinds.Shares | InteractionKinds.Saves));
    }

    [Fact]
    public void Interactions_CountedKindUnknown_IsMissing()
    {
        var page = new PageStats("p") { Likes = 100, Comments = 20 };
        Assert.True(double.IsNaN(page.Interactions(InteractionKinds.All)));
        Assert.Equal(120.0, page.Interactions(InteractionKinds.LikesAndComments));
        Assert.True(double.IsNaN(page.Interactions(InteractionKinds.None)));
    }

    [Fact]
    public void DisplayName_NoName_IsId()
    {
        Assert.Equal("p", new PageStats("p").DisplayName);
        Assert.Equal("Page", new PageStats("p") { Name = "Page" }.DisplayName);
    }

    [Fact]
    public void IsEligible_ExclusionReason_MakesIneligible()
    {
        Assert.True(new PageStats("p").IsEligible);
        Assert.False(new PageStats("p") { ExclusionReason = "personal account" }.IsEligible);
    }
}
