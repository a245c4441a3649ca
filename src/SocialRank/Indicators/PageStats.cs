using System.Runtime.CompilerServices;

namespace SocialRank.Indicators;

/// <summary>
/// The raw figures of one page for one period (METHOD section 1): the common page type the article's indicators and
/// the engagement-rate family read. Immutable; change it with <c>with</c>.
/// </summary>
/// <remarks>
/// <para>Counts are non-negative numbers (a follower count may be a period average, so fractions are allowed). A count that
/// is unknown is <see langword="null"/>, which is not the same as 0: indicators that need it are missing for the page.
/// A network that has no such interaction (e.g. saves on a Facebook page) should record 0.</para>
/// <para>Nothing is checked when a page is created; <see cref="Check"/> lists every problem, and a rating method for
/// pages of this type runs it on every page it rates.</para>
/// </remarks>
public sealed record PageStats
{
    /// <summary>Initializes a page with the given unique id; every other field starts unknown or empty.</summary>
    /// <param name="id">The page's unique id, e.g. <c>atyrau-ig</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public PageStats(string id)
    {
        Id = id;
    }

    /// <summary>Gets the page's unique id.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Id
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Id));
    }

    /// <summary>Gets the display name, or <see langword="null"/> to show the id.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Name { get; init; }

    /// <summary>Gets the network, e.g. <c>Instagram</c> (an open set), or <see langword="null"/> when not stated.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Network { get; init; }

    /// <summary>Gets whom the page belongs to (for the article: the region), or <see langword="null"/> when not stated.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Owner { get; init; }

    /// <summary>Gets the number of followers (page likes) at a stated moment, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Followers { get; init; }

    /// <summary>Gets the number of posts published in the period, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Posts { get; init; }

    /// <summary>Gets the likes (reactions) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Likes { get; init; }

    /// <summary>Gets the comments summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Comments { get; init; }

    /// <summary>Gets the shares (reposts) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Shares { get; init; }

    /// <summary>Gets the saves summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Saves { get; init; }

    /// <summary>Gets the views in the period, or <see langword="null"/> when unknown (needed only for ER by views).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Views { get; init; }

    /// <summary>Gets the reach in the period, or <see langword="null"/> when unknown (needed only for ER by reach).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Reach { get; init; }

    /// <summary>Gets the unique users who interacted with the page in the period (a platform figure), or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? EngagedUsers { get; init; }

    /// <summary>Gets the population of the owner's region, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Population { get; init; }

    /// <summary>Gets why the page is not eligible for the rating (e.g. "registered as a personal account"), or <see langword="null"/> when it is eligible.</summary>
    /// <value>The default value is <see langword="null"/> (eligible).</value>
    public string? ExclusionReason { get; init; }

    /// <summary>
    /// Gets the period's posts one by one, for engagement rates averaged over posts, or <see langword="null"/> when not
    /// given. Record equality compares this list by reference.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IReadOnlyList<PostStats>? PostDetails { get; init; }

    /// <summary>Gets a value indicating whether the page takes part in the rating (<see cref="ExclusionReason"/> is <see langword="null"/>).</summary>
    public bool IsEligible => ExclusionReason is null;

    /// <summary>Gets the name to show: <see cref="Name"/>, or <see cref="Id"/> when there is no name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;

    /// <summary>Returns the sum of the counts of <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count.</param>
    /// <returns>The number of interactions; NaN (missing) when a counted kind is unknown or <paramref name="kinds"/> is <see cref="InteractionKinds.None"/>.</returns>
    public double Interactions(InteractionKinds kinds) => SumKinds(kinds, Likes, Comments, Shares, Saves);

    /// <summary>
    /// Adds every problem of <paramref name="page"/> to <paramref name="problems"/>: an empty id, and negative, NaN or
    /// infinite counts (followers, posts, likes, comments, shares, saves, views, reach, engaged users, population).
    /// </summary>
    /// <param name="page">The page to check.</param>
    /// <param name="problems">Receives the problems, in field order.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Check(PageStats page, ICollection<PageProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(problems);
        if (page.PostDetails is null && AllCountsValid(page))
        {
            // Most pages: nothing to report, found without building a message's arguments.
            return;
        }

        string id = page.Id;
        CheckCount(id, "followers", page.Followers, problems);
        CheckCount(id, "posts", page.Posts, problems);
        CheckCount(id, "likes", page.Likes, problems);
        CheckCount(id, "comments", page.Comments, problems);
        CheckCount(id, "shares", page.Shares, problems);
        CheckCount(id, "saves", page.Saves, problems);
        CheckCount(id, "views", page.Views, problems);
        CheckCount(id, "reach", page.Reach, problems);
        CheckCount(id, "engaged users", page.EngagedUsers, problems);
        CheckCount(id, "population", page.Population, problems);
        if (page.PostDetails is { } posts)
        {
            for (int i = 0; i < posts.Count; i++)
            {
                PostStats post = posts[i];
                string prefix = IndicatorThrow.Invariant($"post {i + 1} ");
                CheckCount(id, prefix + "likes", post.Likes, problems);
                CheckCount(id, prefix + "comments", post.Comments, problems);
                CheckCount(id, prefix + "shares", post.Shares, problems);
                CheckCount(id, prefix + "saves", post.Saves, problems);
                CheckCount(id, prefix + "views", post.Views, problems);
                CheckCount(id, prefix + "reach", post.Reach, problems);
            }
        }
    }

    internal static double SumKinds(InteractionKinds kinds, double? likes, double? comments, double? shares, double? saves)
    {
        if ((kinds & InteractionKinds.All) == InteractionKinds.None)
        {
            return double.NaN;
        }

        double sum = 0;
        sum += Part(kinds, InteractionKinds.Likes, likes);
        sum += Part(kinds, InteractionKinds.Comments, comments);
        sum += Part(kinds, InteractionKinds.Shares, shares);
        sum += Part(kinds, InteractionKinds.Saves, saves);
        return sum;

        static double Part(InteractionKinds kinds, InteractionKinds kind, double? count)
            => (kinds & kind) == 0 ? 0 : count ?? double.NaN;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllCountsValid(PageStats page)
        => IsValidCount(page.Followers) & IsValidCount(page.Posts) & IsValidCount(page.Likes) & IsValidCount(page.Comments)
            & IsValidCount(page.Shares) & IsValidCount(page.Saves) & IsValidCount(page.Views) & IsValidCount(page.Reach)
            & IsValidCount(page.EngagedUsers) & IsValidCount(page.Population);

    /// <summary>Unknown, or a non-negative finite number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsValidCount(double? value) => value is not double v || (v >= 0 && v <= double.MaxValue);

    private static void CheckCount(string id, string field, double? value, ICollection<PageProblem> problems)
    {
        if (value is not double v || v >= 0 && double.IsFinite(v))
        {
            return;
        }

        problems.Add(double.IsNaN(v) ? IndicatorThrow.NotANumber(id, field)
            : double.IsInfinity(v) ? IndicatorThrow.Infinite(id, field, v)
            : IndicatorThrow.Negative(id, field, v));
    }
}
