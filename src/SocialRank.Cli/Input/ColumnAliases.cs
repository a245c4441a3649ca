using System.Globalization;
using System.Text;
using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>
/// The header names the tool recognises, for the pages file and the regions file. A page field's column is named by
/// the registry (<see cref="PageFields"/>: its English name, key and Russian name) and by the extra spellings of
/// <see cref="FieldExtras"/>; the tool's own text columns are listed here whole. Headers are compared after
/// <see cref="Normalize"/>: case-insensitive, 'ё' read as 'е', underscores, hyphens and dots read as spaces, runs of
/// white space as one space. <c>socialrank rate --help</c> prints this table; the README lists it by hand.
/// </summary>
internal static class ColumnAliases
{
    /// <summary>
    /// The extra header names of each page field, by its key: the spellings beyond the field's English name, key and
    /// Russian name, English ones first. One entry per field of <see cref="PageFields.All"/>.
    /// </summary>
    internal static IReadOnlyList<ExtraHeaders> FieldExtras { get; } =
    [
        new("followers", ["subscribers", "page likes"], ["подписчиков", "нравится", "количество подписчиков", "число подписчиков"]),
        new("posts", ["publications"], ["постов", "публикации", "публикаций", "количество постов", "количество публикаций", "число публикаций"]),
        new("likes", ["reactions"], ["лайков", "реакции"]),
        new("comments", [], ["комментариев"]),
        new("shares", ["reposts"], ["репостов", "поделились"]),
        new("saves", [], ["сохранений", "сохранили"]),
        new("views", [], ["просмотров"]),
        new("reach", [], []),
        new("engaged_users", ["engaged"], ["вовлеченные пользователи", "вовлеченных", "вовлеченных пользователей"]),
        new("population", [], ["численность населения"]),
    ];

    /// <summary>Gets the pages file's id column (always required; ids are unique).</summary>
    internal static Column Id { get; } = new("id", ["id", "page id", "page", "ид", "идентификатор", "код"]);

    /// <summary>Gets the pages file's name column.</summary>
    internal static Column Name { get; } = new("name", ["name", "name en", "page name", "title", "название", "наименование", "страница"]);

    /// <summary>Gets the pages file's Russian name column (shown with <c>--lang ru</c>).</summary>
    internal static Column NameRu { get; } = new("name_ru", ["name ru", "название ru", "название на русском"]);

    /// <summary>Gets the pages file's network column.</summary>
    internal static Column Network { get; } = new("network", ["network", "platform", "social network", "сеть", "соцсеть", "социальная сеть", "платформа"]);

    /// <summary>Gets the pages file's region column: the page's owner, and its key into the regions file.</summary>
    internal static Column Region { get; } = new("region", ["region", "owner", "region id", "регион", "область", "владелец", "акимат"]);

    /// <summary>Gets the pages file's yes/no column saying whether a page is rated.</summary>
    internal static Column Eligible { get; } = new("eligible", ["eligible", "rated", "участвует", "в рейтинге"]);

    /// <summary>Gets the pages file's column saying why a page is left out.</summary>
    internal static Column ExclusionReason { get; } = new("exclusion_reason", ["exclusion reason", "reason", "причина", "причина исключения"]);

    /// <summary>The column of each page field, by <see cref="PageField.Index"/>.</summary>
    private static readonly Column[] FieldColumns = [.. PageFields.All.Select(FieldColumn)];

    /// <summary>Gets the pages file's columns: the text columns around the page fields' number columns.</summary>
    internal static IReadOnlyList<Column> Pages { get; } = [Id, Name, NameRu, Network, Region, .. FieldColumns, Eligible, ExclusionReason];

    /// <summary>Gets the regions file's id column.</summary>
    internal static Column RegionId { get; } = new("id", ["region id", "region", "id", "регион", "область", "код"]);

    /// <summary>Gets the regions file's name column.</summary>
    internal static Column RegionName { get; } = new("name", ["name", "name en", "название", "наименование"]);

    /// <summary>Gets the regions file's Russian name column.</summary>
    internal static Column RegionNameRu { get; } = new("name_ru", ["name ru", "название ru", "название на русском"]);

    /// <summary>Gets the regions file's population column: the population field's own names only.</summary>
    internal static Column RegionPopulation { get; } = new(PageFields.Population.Key, CanonicalHeaders(PageFields.Population), PageFields.Population);

    /// <summary>Gets the regions file's columns.</summary>
    internal static IReadOnlyList<Column> Regions { get; } = [RegionId, RegionName, RegionNameRu, RegionPopulation];

    /// <summary>Gets the posts file's post id column (required; ids are unique). Meta Business Suite: <c>Post ID</c>.</summary>
    internal static Column PostId { get; } = new("post_id", ["post id", "post", "публикация", "id поста", "ид поста", "id публикации", "идентификатор публикации"]);

    /// <summary>Gets the posts file's page column: the id of the page in the pages file (required). Meta Business Suite: <c>Page ID</c>.</summary>
    internal static Column PostPage { get; } = new("page_id", ["page id", "page", "account id", "id страницы", "ид страницы", "страница", "аккаунт"]);

    /// <summary>Gets the posts file's page name column (read for the reader's eye only: names come from the pages file). Meta Business Suite: <c>Page name</c>.</summary>
    internal static Column PostPageName { get; } = new("page_name", ["page name", "account name", "название страницы", "имя страницы"]);

    /// <summary>
    /// Gets the posts file's publish time column (required). Meta Business Suite: <c>Publish time</c> (its exports also
    /// have a <c>Date</c> column, which is not the publish time: plain "date" and "time" are not names of this column).
    /// </summary>
    internal static Column PublishTime { get; } = new("publish_time", ["publish time", "published", "created time", "post time", "время публикации", "дата публикации", "опубликовано", "дата"]);

    /// <summary>Gets the page fields a posts file gives per post: likes (Meta: <c>Reactions</c>), comments, shares, saves, views and reach.</summary>
    internal static IReadOnlyList<PageField> PostFields { get; } = [PageFields.Likes, PageFields.Comments, PageFields.Shares, PageFields.Saves, PageFields.Views, PageFields.Reach];

    /// <summary>Gets the page fields that come from the posts in posts mode (<c>--posts</c>): the number of posts and <see cref="PostFields"/>.</summary>
    internal static IReadOnlyList<PageField> FromPosts { get; } = [PageFields.Posts, .. PostFields];

    /// <summary>Gets the posts file's columns (<c>--posts</c>): the post, its page and time, and the per-post counts under the page fields' names.</summary>
    internal static IReadOnlyList<Column> Posts { get; } = [PostId, PostPage, PostPageName, PublishTime, .. PostFields.Select(For)];

    /// <summary>Returns the pages file's column of <paramref name="field"/>.</summary>
    internal static Column For(PageField field) => FieldColumns[field.Index];

    /// <summary>Returns the form a header is compared in.</summary>
    internal static string Normalize(string header)
    {
        var sb = new StringBuilder(header.Length);
        bool space = false;
        foreach (char raw in header.Trim().Trim('\uFEFF'))
        {
            char c = char.ToLowerInvariant(raw);
            if (c == 'ё')
            {
                c = 'е';
            }

            if (c is '_' or '-' or '.' || char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Returns the alias table as aligned text lines (for <c>--help</c>).</summary>
    internal static string Describe()
    {
        var sb = new StringBuilder();
        sb.AppendLine("Pages file columns (found by header name; case does not matter; '_', '-' and spaces are alike; ё = е):");
        AppendRows(sb, Pages);
        sb.AppendLine("Regions file columns (--regions):");
        AppendRows(sb, Regions);
        sb.AppendLine("Posts file columns (--posts; one row per post, e.g. a Meta Business Suite post export):");
        AppendRows(sb, Posts);
        return sb.ToString();

        static void AppendRows(StringBuilder sb, IReadOnlyList<Column> columns)
        {
            foreach (Column column in columns)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {column.Name,-18}");
                sb.AppendLine(string.Join(", ", column.Headers));
            }
        }
    }

    /// <summary>The column of a page field: its registry names, then its extra spellings.</summary>
    private static Column FieldColumn(PageField field)
    {
        ExtraHeaders? extra = FieldExtras.FirstOrDefault(a => a.Key == field.Key);
        return new Column(field.Key, CanonicalHeaders(field, extra), field);
    }

    /// <summary>
    /// The header names of a page field: its English name and key, the English extras, its Russian name, the Russian
    /// extras (each once, as compared).
    /// </summary>
    private static IEnumerable<string> CanonicalHeaders(PageField field, ExtraHeaders? extra = null)
        => [field.EnglishName, field.Key, .. extra?.English ?? [], field.RussianName, .. extra?.Russian ?? []];
}

/// <summary>The extra header names of one page field: spellings its registry names (<see cref="PageField"/>) do not give.</summary>
/// <param name="Key">The field's key (<see cref="PageField.Key"/>).</param>
/// <param name="English">The English spellings, e.g. <c>subscribers</c> for followers.</param>
/// <param name="Russian">The Russian spellings, e.g. <c>подписчиков</c> for followers.</param>
internal sealed record ExtraHeaders(string Key, IReadOnlyList<string> English, IReadOnlyList<string> Russian);
