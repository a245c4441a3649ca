using System.Globalization;
using System.Text;

namespace SocialRank.Cli.Input;

/// <summary>
/// The one table of header names the tool recognises, for the pages file and the regions file. Headers are compared
/// after <see cref="Normalize"/>: case-insensitive, 'ё' read as 'е', underscores, hyphens and dots read as spaces,
/// runs of white space as one space. The README and <c>socialrank rate --help</c> print this table.
/// </summary>
internal static class ColumnAliases
{
    /// <summary>The pages file's columns: field, whether it is a number, and its header names (English first).</summary>
    internal static IReadOnlyList<ColumnSpec<PageField>> Pages { get; } =
    [
        new(PageField.Id, false, ["id", "page id", "page", "ид", "идентификатор", "код"]),
        new(PageField.Name, false, ["name", "name en", "page name", "title", "название", "наименование", "страница"]),
        new(PageField.NameRu, false, ["name ru", "название ru", "название на русском"]),
        new(PageField.Network, false, ["network", "platform", "social network", "сеть", "соцсеть", "социальная сеть", "платформа"]),
        new(PageField.Region, false, ["region", "owner", "region id", "регион", "область", "владелец", "акимат"]),
        new(PageField.Followers, true, ["followers", "subscribers", "page likes", "подписчики", "подписчиков", "нравится", "количество подписчиков", "число подписчиков"]),
        new(PageField.Posts, true, ["posts", "publications", "посты", "постов", "публикации", "публикаций", "количество постов", "количество публикаций", "число публикаций"]),
        new(PageField.Likes, true, ["likes", "reactions", "лайки", "лайков", "реакции"]),
        new(PageField.Comments, true, ["comments", "комментарии", "комментариев"]),
        new(PageField.Shares, true, ["shares", "reposts", "репосты", "репостов", "поделились"]),
        new(PageField.Saves, true, ["saves", "сохранения", "сохранений", "сохранили"]),
        new(PageField.Views, true, ["views", "просмотры", "просмотров"]),
        new(PageField.Reach, true, ["reach", "охват"]),
        new(PageField.EngagedUsers, true, ["engaged users", "engaged", "вовлеченные", "вовлеченные пользователи", "вовлеченных", "вовлеченных пользователей"]),
        new(PageField.Population, true, ["population", "население", "численность населения"]),
        new(PageField.Eligible, false, ["eligible", "rated", "участвует", "в рейтинге"]),
        new(PageField.ExclusionReason, false, ["exclusion reason", "reason", "причина", "причина исключения"]),
    ];

    /// <summary>The regions file's columns.</summary>
    internal static IReadOnlyList<ColumnSpec<RegionField>> Regions { get; } =
    [
        new(RegionField.Id, false, ["region id", "region", "id", "регион", "область", "код"]),
        new(RegionField.Name, false, ["name", "name en", "название", "наименование"]),
        new(RegionField.NameRu, false, ["name ru", "название ru", "название на русском"]),
        new(RegionField.Population, true, ["population", "население"]),
    ];

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
        return sb.ToString();

        static void AppendRows<TField>(StringBuilder sb, IReadOnlyList<ColumnSpec<TField>> specs)
            where TField : struct, Enum
        {
            foreach (ColumnSpec<TField> spec in specs)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {FieldName(spec.Field),-18}");
                sb.AppendLine(string.Join(", ", spec.Aliases));
            }
        }
    }

    /// <summary>Returns a field's name as the tool shows it, e.g. <c>engaged_users</c>.</summary>
    internal static string FieldName<TField>(TField field)
        where TField : struct, Enum
    {
        string name = field.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}

/// <summary>One field of an input file and the header names that mean it.</summary>
/// <typeparam name="TField">The field enumeration.</typeparam>
internal sealed record ColumnSpec<TField>(TField Field, bool IsNumber, IReadOnlyList<string> Aliases)
    where TField : struct, Enum;
