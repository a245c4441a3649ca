using SocialRank.Cli.Input;

namespace SocialRank.Cli.Tests.Input;

public class ColumnAliasesTests
{
    [Theory]
    [InlineData("engaged_users", "engaged users")]
    [InlineData("Engaged Users", "engaged users")]
    [InlineData("  ENGAGED-users ", "engaged users")]
    [InlineData("Вовлечённые", "вовлеченные")]
    [InlineData("\uFEFFid", "id")]
    [InlineData("name.ru", "name ru")]
    public void Normalize_Variants_GiveOneForm(string header, string expected)
        => Assert.Equal(expected, ColumnAliases.Normalize(header));

    [Theory]
    [InlineData("Подписчики", "followers")]
    [InlineData("подписчиков", "followers")]
    [InlineData("Нравится", "followers")]
    [InlineData("FOLLOWERS", "followers")]
    [InlineData("Посты", "posts")]
    [InlineData("публикации", "posts")]
    [InlineData("engaged users", "engaged_users")]
    [InlineData("вовлечённые", "engaged_users")]
    [InlineData("Вовлеченные", "engaged_users")]
    [InlineData("население", "population")]
    [InlineData("Owner", "region")]
    [InlineData("область", "region")]
    [InlineData("name_en", "name")]
    [InlineData("Название", "name")]
    [InlineData("name_ru", "name_ru")]
    public void Pages_Alias_MapsToField(string header, string field)
    {
        Column column = Assert.Single(ColumnAliases.Pages, c => c.Headers.Contains(ColumnAliases.Normalize(header)));
        Assert.Equal(field, column.Name);
    }

    [Fact]
    public void Pages_Aliases_AreUniqueAfterNormalizing()
    {
        string[] all = ColumnAliases.Pages.SelectMany(c => c.Headers).Select(ColumnAliases.Normalize).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
    }

    [Fact]
    public void Posts_Aliases_AreUniqueAfterNormalizing()
    {
        string[] all = ColumnAliases.Posts.SelectMany(c => c.Headers).Select(ColumnAliases.Normalize).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
    }

    [Theory]
    [InlineData("Post ID", "post_id")]
    [InlineData("Page ID", "page_id")]
    [InlineData("Page name", "page_name")]
    [InlineData("Publish time", "publish_time")]
    [InlineData("Reactions", "likes")]
    [InlineData("Comments", "comments")]
    [InlineData("Shares", "shares")]
    [InlineData("Saves", "saves")]
    [InlineData("Reach", "reach")]
    [InlineData("Views", "views")]
    [InlineData("ID поста", "post_id")]
    [InlineData("Дата публикации", "publish_time")]
    [InlineData("Репосты", "shares")]
    public void Posts_MetaBusinessSuiteAndRussianHeaders_MapToTheirColumns(string header, string column)
    {
        Column? found = ColumnAliases.Posts.SingleOrDefault(c => c.Headers.Contains(ColumnAliases.Normalize(header)));
        Assert.Equal(column, found?.Name);
    }

    [Theory]
    [InlineData("Date")]
    [InlineData("Title")]
    [InlineData("Permalink")]
    [InlineData("Comments and shares")]
    public void Posts_OtherMetaHeaders_AreNotColumns(string header)
    {
        Assert.DoesNotContain(ColumnAliases.Posts, c => c.Headers.Contains(ColumnAliases.Normalize(header)));
    }

    [Fact]
    public void Describe_ListsEveryField()
    {
        string text = ColumnAliases.Describe();
        foreach (Column column in ColumnAliases.Pages)
        {
            Assert.Contains("  " + column.Name + " ", text);
        }

        Assert.Contains("engaged_users", text);
        Assert.Contains("вовлеченные", text);
    }
}
