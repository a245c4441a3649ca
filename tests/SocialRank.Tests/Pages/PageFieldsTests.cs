using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class PageFieldsTests
{
    [Fact]
    public void All_IsTheCountFieldsInFieldOrder()
        => Assert.Equal(
            ["followers", "posts", "likes", "comments", "shares", "saves", "views", "reach", "engaged_users", "population"],
            PageFields.All.Select(f => f.Key));

    [Fact]
    public void All_IndexIsThePosition()
        => Assert.Equal(Enumerable.Range(0, PageFields.All.Count), PageFields.All.Select(f => f.Index));

    [Fact]
    public void All_IsReadOnly()
        => Assert.False(PageFields.All is PageField[] or List<PageField>);

    [Fact]
    public void Fields_ReuseThePageStatsValuesLeaves()
    {
        Assert.Same(PageStatsValues.Followers, PageFields.Followers.Value);
        Assert.Same(PageStatsValues.Posts, PageFields.Posts.Value);
        Assert.Same(PageStatsValues.Likes, PageFields.Likes.Value);
        Assert.Same(PageStatsValues.Comments, PageFields.Comments.Value);
        Assert.Same(PageStatsValues.Shares, PageFields.Shares.Value);
        Assert.Same(PageStatsValues.Saves, PageFields.Saves.Value);
        Assert.Same(PageStatsValues.Views, PageFields.Views.Value);
        Assert.Same(PageStatsValues.Reach, PageFields.Reach.Value);
        Assert.Same(PageStatsValues.EngagedUsers, PageFields.EngagedUsers.Value);
        Assert.Same(PageStatsValues.Population, PageFields.Population.Value);
    }

    [Fact]
    public void Names_AreTheLeafNameAndRussian()
    {
        Assert.Equal("engaged users", PageFields.EngagedUsers.EnglishName);
        Assert.Equal("вовлечённые", PageFields.EngagedUsers.RussianName);
        Assert.Equal("подписчики", PageFields.Followers.RussianName);
        Assert.All(PageFields.All, f => Assert.Equal(f.Value.Name, f.EnglishName));
        Assert.All(PageFields.All, f => Assert.False(string.IsNullOrWhiteSpace(f.RussianName)));
        Assert.Equal(PageFields.All.Count, PageFields.All.Select(f => f.RussianName).Distinct().Count());
    }

    [Fact]
    public void IsRequired_OnlyPopulation()
        => Assert.Equal([PageFields.Population], PageFields.All.Where(f => f.IsRequired));

    [Fact]
    public void IsCount_EveryField()
        => Assert.All(PageFields.All, f => Assert.True(f.IsCount));

    [Fact]
    public void ToString_IsTheKey()
        => Assert.Equal("engaged_users", PageFields.EngagedUsers.ToString());

    [Theory]
    [InlineData("engaged_users")]
    [InlineData("ENGAGED_USERS")]
    [InlineData("Engaged_Users")]
    public void TryGet_KeyInAnyCase_FindsTheField(string key)
    {
        Assert.True(PageFields.TryGet(key, out PageField? field));
        Assert.Same(PageFields.EngagedUsers, field);
    }

    [Theory]
    [InlineData("engaged users")]
    [InlineData("interactions")]
    [InlineData("")]
    [InlineData("id")]
    public void TryGet_NotAKey_FindsNothing(string key)
    {
        Assert.False(PageFields.TryGet(key, out PageField? field));
        Assert.Null(field);
    }

    [Fact]
    public void TryGet_NullKey_Throws()
        => Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => PageFields.TryGet(null!, out _)).ParamName);

    [Fact]
    public void With_OneField_SetsItAndKeepsTheRest()
    {
        var page = new PageStats("p") { Name = "P", Owner = "north", Followers = 10, Posts = 2 };
        PageStats changed = PageFields.Posts.With(page, 5);
        Assert.Equal(page with { Posts = 5 }, changed);
        Assert.Equal(2.0, page.Posts);
        Assert.Null(PageFields.Followers.With(page, null).Followers);
    }

    [Fact]
    public void ValueOf_ReadsTheField()
    {
        var page = new PageStats("p") { Reach = 7, Views = double.NaN };
        Assert.Equal(7.0, PageFields.Reach.ValueOf(page));
        Assert.Null(PageFields.Saves.ValueOf(page));
        Assert.True(double.IsNaN(PageFields.Views.ValueOf(page)!.Value));
    }

    [Fact]
    public void With_Values_ReplacesEveryCountInOneCopy()
    {
        var page = new PageStats("p") { Name = "P", Network = "Instagram", Owner = "north", ExclusionReason = "why", Likes = 99 };
        double?[] values = [1, 2, null, 4, 5, 6, 7, 8, 9, 10];
        PageStats built = PageFields.With(page, values);
        Assert.Equal(
            new PageStats("p")
            {
                Name = "P", Network = "Instagram", Owner = "north", ExclusionReason = "why",
                Followers = 1, Posts = 2, Likes = null, Comments = 4, Shares = 5, Saves = 6, Views = 7, Reach = 8, EngagedUsers = 9, Population = 10,
            },
            built);
        Assert.Equal(values, PageFields.All.Select(f => f.ValueOf(built)));
    }

    [Fact]
    public void With_WrongNumberOfValues_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => PageFields.With(new PageStats("p"), new double?[3]));
        Assert.Equal("values", e.ParamName);
        Assert.StartsWith("values must have one value per page field (10) but has 3.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_NullPage_Throws()
    {
        Assert.Equal("page", Assert.Throws<ArgumentNullException>(() => PageFields.With(null!, new double?[10])).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentNullException>(() => PageFields.Likes.With(null!, 1)).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentNullException>(() => PageFields.Likes.ValueOf(null!)).ParamName);
    }

    [Theory]
    [InlineData(InteractionKinds.None, new string[0])]
    [InlineData(InteractionKinds.Likes, new[] { "likes" })]
    [InlineData(InteractionKinds.LikesAndComments, new[] { "likes", "comments" })]
    [InlineData(InteractionKinds.Shares | InteractionKinds.Saves, new[] { "shares", "saves" })]
    [InlineData(InteractionKinds.All, new[] { "likes", "comments", "shares", "saves" })]
    public void InteractionsOf_Kinds_AreTheFieldsWhoseCountsTheyAdd(InteractionKinds kinds, string[] keys)
        => Assert.Equal(keys, PageFields.InteractionsOf(kinds).Select(f => f.Key));

    [Fact]
    public void InteractionsOf_EveryKindCombination_SumsToThePagesInteractions()
    {
        var page = new PageStats("p") { Likes = 1, Comments = 20, Shares = 300, Saves = 4000 };
        for (int k = 1; k <= (int)InteractionKinds.All; k++)
        {
            var kinds = (InteractionKinds)k;
            Assert.Equal(page.Interactions(kinds), PageFields.InteractionsOf(kinds).Sum(f => f.ValueOf(page)!.Value));
        }
    }
}
