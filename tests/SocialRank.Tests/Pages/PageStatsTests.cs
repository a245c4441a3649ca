using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

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

    public static TheoryData<double?> Counts => [null, 0.0, -0.0, 1.5, 3e9, double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001), double.PositiveInfinity, -2.0];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Counts_EveryField_ReadBackAsGiven(double? count)
    {
        var page = new PageStats("p")
        {
            Followers = count, Posts = count, Likes = count, Comments = count, Shares = count, Saves = count, Views = count,
            Reach = count, EngagedUsers = count, Population = count,
        };

        double?[] read = [page.Followers, page.Posts, page.Likes, page.Comments, page.Shares, page.Saves, page.Views, page.Reach, page.EngagedUsers, page.Population];
        Assert.All(read, r =>
        {
            Assert.Equal(count.HasValue, r.HasValue);
            if (count is double c)
            {
                // A NaN reads back as a NaN (not unknown); any other number bit for bit.
                Assert.True(double.IsNaN(c) ? double.IsNaN(r!.Value) : BitConverter.DoubleToInt64Bits(c) == BitConverter.DoubleToInt64Bits(r!.Value));
            }
        });
    }

    [Fact]
    public void Equality_UnknownAndNaN_AreDifferentCounts()
    {
        var unknown = new PageStats("p") { Followers = null };
        var nan = new PageStats("p") { Followers = double.NaN };
        var otherNan = new PageStats("p") { Followers = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001) };

        Assert.NotEqual(unknown, nan);
        Assert.Equal(nan, otherNan);
        Assert.Equal(nan.GetHashCode(), otherNan.GetHashCode());
        Assert.Equal(new PageStats("p") { Followers = 0.0 }, new PageStats("p") { Followers = -0.0 });
        Assert.Equal(new PageStats("p") { Followers = 0.0 }.GetHashCode(), new PageStats("p") { Followers = -0.0 }.GetHashCode());
        Assert.NotEqual(new PageStats("p") { Followers = 0 }, unknown);
        Assert.Equal(unknown, new PageStats("p"));
        Assert.Equal(unknown.GetHashCode(), new PageStats("p").GetHashCode());
    }

    [Fact]
    public void Equality_EveryField_Counts()
    {
        var posts = new List<PostStats>();
        var page = new PageStats("p")
        {
            Name = "n", Network = "x", Owner = "o", Followers = 1, Posts = 2, Likes = 3, Comments = 4, Shares = 5, Saves = 6,
            Views = 7, Reach = 8, EngagedUsers = 9, Population = 10, ExclusionReason = "r", PostDetails = posts,
        };

        Assert.Equal(page, page with { });
        Assert.Equal(page.GetHashCode(), (page with { }).GetHashCode());
        PageStats[] changed =
        [
            page with { Id = "q" }, page with { Name = "m" }, page with { Network = "y" }, page with { Owner = "w" },
            page with { Followers = null }, page with { Posts = 0 }, page with { Likes = 0 }, page with { Comments = 0 },
            page with { Shares = 0 }, page with { Saves = 0 }, page with { Views = 0 }, page with { Reach = 0 },
            page with { EngagedUsers = 0 }, page with { Population = 0 }, page with { ExclusionReason = null },
            page with { PostDetails = [] },
        ];
        Assert.All(changed, c => Assert.NotEqual(page, c));
        Assert.False(page.Equals(null));
        Assert.False(page.Equals((object)"p"));
    }

    [Fact]
    public void Check_NaNStoredByCaller_IsReportedUnknownIsNot()
    {
        Assert.Single(Check(new PageStats("p") { Followers = double.NaN, Population = 100 }));
        Assert.Empty(Check(new PageStats("p") { Followers = null, Population = 100 }));
    }
}
