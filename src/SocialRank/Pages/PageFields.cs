using System.Diagnostics.CodeAnalysis;
using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>
/// The page-field registry: every count of <see cref="PageStats"/> with its key, display names, value and whether a
/// rating requires it. The one place a field is named: readers of input files, method files and the checks of a page
/// take the names from here, so adding a field means adding its entry (and the <see cref="PageStats"/> property it reads).
/// </summary>
public static class PageFields
{
    /// <summary>Gets the followers (page likes): key <c>followers</c>.</summary>
    public static PageField Followers { get; } = new("followers", PageStatsValues.Followers, "подписчики", PageStats.Slot.Followers);

    /// <summary>Gets the posts published in the period: key <c>posts</c>.</summary>
    public static PageField Posts { get; } = new("posts", PageStatsValues.Posts, "посты", PageStats.Slot.Posts);

    /// <summary>Gets the likes (reactions): key <c>likes</c>.</summary>
    public static PageField Likes { get; } = new("likes", PageStatsValues.Likes, "лайки", PageStats.Slot.Likes);

    /// <summary>Gets the comments: key <c>comments</c>.</summary>
    public static PageField Comments { get; } = new("comments", PageStatsValues.Comments, "комментарии", PageStats.Slot.Comments);

    /// <summary>Gets the shares (reposts): key <c>shares</c>.</summary>
    public static PageField Shares { get; } = new("shares", PageStatsValues.Shares, "репосты", PageStats.Slot.Shares);

    /// <summary>Gets the saves: key <c>saves</c>.</summary>
    public static PageField Saves { get; } = new("saves", PageStatsValues.Saves, "сохранения", PageStats.Slot.Saves);

    /// <summary>Gets the views: key <c>views</c>.</summary>
    public static PageField Views { get; } = new("views", PageStatsValues.Views, "просмотры", PageStats.Slot.Views);

    /// <summary>Gets the reach: key <c>reach</c>.</summary>
    public static PageField Reach { get; } = new("reach", PageStatsValues.Reach, "охват", PageStats.Slot.Reach);

    /// <summary>Gets the engaged users (unique users who interacted with the page): key <c>engaged_users</c>.</summary>
    public static PageField EngagedUsers { get; } = new("engaged_users", PageStatsValues.EngagedUsers, "вовлечённые", PageStats.Slot.EngagedUsers);

    /// <summary>Gets the population of the owner's region, which a rating requires: key <c>population</c>.</summary>
    public static PageField Population { get; } = new("population", PageStatsValues.Population, "население", PageStats.Slot.Population);

    /// <summary>Each interaction kind with the field that counts it.</summary>
    private static readonly (InteractionKinds Kind, PageField Field)[] KindFields =
    [
        (InteractionKinds.Likes, Likes), (InteractionKinds.Comments, Comments), (InteractionKinds.Shares, Shares), (InteractionKinds.Saves, Saves),
    ];

    /// <summary>Gets every field, in a fixed order: followers, posts, likes, comments, shares, saves, views, reach, engaged users, population (field <c>i</c> has <see cref="PageField.Index"/> <c>i</c>).</summary>
    public static IReadOnlyList<PageField> All { get; } = [Followers, Posts, Likes, Comments, Shares, Saves, Views, Reach, EngagedUsers, Population];

    /// <summary>
    /// Returns the fields whose counts make up the interactions of <paramref name="kinds"/> (see
    /// <see cref="PageStats.Interactions"/>), in the order likes, comments, shares, saves: e.g. likes and comments for
    /// <see cref="InteractionKinds.LikesAndComments"/>; none for <see cref="InteractionKinds.None"/>.
    /// </summary>
    /// <param name="kinds">The kinds that count.</param>
    /// <returns>The fields, a new list.</returns>
    public static IReadOnlyList<PageField> InteractionsOf(InteractionKinds kinds)
    {
        var fields = new List<PageField>(4);
        foreach ((InteractionKinds kind, PageField field) in KindFields)
        {
            if ((kinds & kind) != 0)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    /// <summary>Finds the field whose <see cref="PageField.Key"/> is <paramref name="key"/>, ignoring case.</summary>
    /// <param name="key">The key, e.g. <c>engaged_users</c>.</param>
    /// <param name="field">The field, or <see langword="null"/> when there is none.</param>
    /// <returns><see langword="true"/> when a field has the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static bool TryGet(string key, [NotNullWhen(true)] out PageField? field)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (PageField candidate in All)
        {
            if (string.Equals(candidate.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                field = candidate;
                return true;
            }
        }

        field = null;
        return false;
    }

    /// <summary>Returns a copy of <paramref name="page"/> with every field replaced by <paramref name="values"/>, in the order of <see cref="All"/>.</summary>
    /// <param name="page">The page to copy: its id, names, owner, exclusion reason and posts are kept.</param>
    /// <param name="values">One value per field, <c>values[field.Index]</c> for each field; <see langword="null"/> is unknown. They are not checked (see <see cref="PageStats.Check"/>).</param>
    /// <returns>The new page (one copy, however many fields are set).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per field (<see cref="All"/>.Count).</exception>
    public static PageStats With(PageStats page, ReadOnlySpan<double?> values)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (values.Length != All.Count)
        {
            Throw.ValuesPerField(nameof(values), values.Length, All.Count);
        }

        return page.WithCounts(values);
    }
}
