using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Tests.Rating;

public class RatingMethodTests
{
    // Three pages whose places on the article's six indicators are worked out by hand in the comments.
    internal static PageStats[] ThreePages() =>
    [
        // followers 1000, % of population 10, engaged 50, per post 10, engaged % 0.5, ER 1
        new("a") { Followers = 1000, Posts = 10, Likes = 100, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 50, Population = 10_000 },
        // followers 2000, % of population 20, engaged 100, per post 5, engaged % 1, ER 0.25
        new("b") { Followers = 2000, Posts = 10, Likes = 50, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 100, Population = 10_000 },
        // followers 500, % of population 50, engaged 10, per post missing (0 posts), engaged % 1, ER missing
        new("c") { Followers = 500, Posts = 0, Likes = 0, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 10, Population = 1000 },
    ];

    [Fact]
    public void Evaluate_ArticleMethodOnThreePages_GivesHandComputedPlacesTotalsAndFinalPlaces()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(ThreePages());

        RatingRow<PageStats> a = result.Row("a"), b = result.Row("b"), c = result.Row("c");
        Assert.Equal([2.0, 3, 2, 1, 3, 1], a.Scores.Select(s => s.Place));
        Assert.Equal([1.0, 2, 1, 2, 1, 2], b.Scores.Select(s => s.Place));
        Assert.Equal([3.0, 1, 3, 3, 1, 3], c.Scores.Select(s => s.Place));
        Assert.Equal(12.0, a.Total);
        Assert.Equal(9.0, b.Total);
        Assert.Equal(14.0, c.Total);
        Assert.Equal(["b", "a", "c"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 2, 3], result.Rows.Select(r => r.FinalPlace));
        Assert.Empty(result.Excluded);
    }
}
