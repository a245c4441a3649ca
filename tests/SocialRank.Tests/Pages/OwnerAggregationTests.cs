using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Tests.Pages;

public class OwnerAggregationTests
{
    private static PageStats Page(string id, string owner, string network, double followers) => new(id)
    {
        Owner = owner, Network = network, Followers = followers, Posts = 10, Likes = 100, Comments = 10, Shares = 1, Saves = 2,
        EngagedUsers = 50, Population = 1_000_000,
    };

    [Fact]
    public void ByOwner_TwoPages_SumsCountsAndTakesPopulationOnce()
    {
        IReadOnlyList<PageStats> owners = OwnerAggregation.ByOwner(
            [Page("atyrau-fb", "Atyrau", "Facebook", 3000), Page("aktobe-ig", "Aktobe", "Instagram", 9000), Page("atyrau-ig", "Atyrau", "Instagram", 7000)]);

        Assert.Equal(["Atyrau", "Aktobe"], owners.Select(o => o.Id));
        PageStats atyrau = owners[0];
        Assert.Equal("Atyrau", atyrau.Name);
        Assert.Equal("Facebook + Instagram", atyrau.Network);
        Assert.Equal(10_000.0, atyrau.Followers);
        Assert.Equal(20.0, atyrau.Posts);
        Assert.Equal(200.0, atyrau.Likes);
        Assert.Equal(20.0, atyrau.Comments);
        Assert.Equal(2.0, atyrau.Shares);
        Assert.Equal(4.0, atyrau.Saves);
        Assert.Equal(100.0, atyrau.EngagedUsers);
        Assert.Equal(1_000_000.0, atyrau.Population);
        Assert.True(atyrau.IsEligible);
    }

    [Fact]
    public void ByOwner_CountMissingOnOnePage_IsMissingForTheOwner()
    {
        IReadOnlyList<PageStats> owners = OwnerAggregation.ByOwner(
            [Page("a", "X", "Facebook", 1) with { Views = 5 }, Page("b", "X", "Instagram", 2)]);
        Assert.Null(owners[0].Views);
        Assert.Equal(3.0, owners[0].Followers);
    }

    [Fact]
    public void ByOwner_IneligiblePage_IsLeftOutOfTheSums()
    {
        IReadOnlyList<PageStats> owners = OwnerAggregation.ByOwner(
            [Page("vko-fb", "East Kazakhstan", "Facebook", 5000) with { ExclusionReason = "personal account" }, Page("vko-ig", "East Kazakhstan", "Instagram", 2000)]);
        Assert.Equal(2000.0, owners[0].Followers);
        Assert.True(owners[0].IsEligible);
    }

    [Fact]
    public void ByOwner_AllPagesIneligible_OwnerIsIneligibleWithReasons()
    {
        IReadOnlyList<PageStats> owners = OwnerAggregation.ByOwner(
            [Page("a", "X", "Facebook", 1) with { ExclusionReason = "personal account" }]);
        Assert.Equal("all its pages are excluded: a (personal account)", owners[0].ExclusionReason);
    }

    [Fact]
    public void ByOwner_BadInput_ListsEveryProblem()
    {
        var ex = Assert.Throws<InvalidPagesException>(() => OwnerAggregation.ByOwner(
        [
            Page("a", "X", "Facebook", -5),
            Page("b", "", "Facebook", 1),
            Page("c", "X", "Instagram", 1) with { Population = 2_000_000 },
        ]));
        Assert.Equal(
            "3 problems in the input pages:\n"
            + "Page 'a': followers must be >= 0 but was -5.\n"
            + "Page 'b': owner is missing but rating owners needs it.\n"
            + "Owner 'X': page 'c' gives population 2000000 but page 'a' gives 1000000; an owner has one population.",
            ex.Message);
    }

    [Fact]
    public void ByOwner_RatedWithArticleMethod_OwnersAreRated()
    {
        IReadOnlyList<PageStats> owners = OwnerAggregation.ByOwner(
            [Page("a1", "A", "Facebook", 100), Page("a2", "A", "Instagram", 100), Page("b1", "B", "Instagram", 150)]);
        RatingResult<PageStats> result = RatingMethod.ForPageStats().Add(ArticleIndicators.Followers).Build().Evaluate(owners);
        // A: 200 followers, B: 150.
        Assert.Equal(["A", "B"], result.Rows.Select(r => r.Id));
    }
}
