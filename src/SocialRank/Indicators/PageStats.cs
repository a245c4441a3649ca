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

    // Counts are stored as doubles, unknown as the bits of double.NaN: half the room of double?, which matters when
    // millions of pages are rated (a rating reads every page once). A NaN a caller stores is kept as another NaN, so
    // unknown (null) and NaN stay apart.
    private readonly double _followers = Unknown;
    private readonly double _posts = Unknown;
    private readonly double _likes = Unknown;
    private readonly double _comments = Unknown;
    private readonly double _shares = Unknown;
    private readonly double _saves = Unknown;
    private readonly double _views = Unknown;
    private readonly double _reach = Unknown;
    private readonly double _engagedUsers = Unknown;
    private readonly double _population = Unknown;

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
    public double? Followers
    {
        get => Unpack(_followers);
        init => _followers = Pack(value);
    }

    /// <summary>Gets the number of posts published in the period, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Posts
    {
        get => Unpack(_posts);
        init => _posts = Pack(value);
    }

    /// <summary>Gets the likes (reactions) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Likes
    {
        get => Unpack(_likes);
        init => _likes = Pack(value);
    }

    /// <summary>Gets the comments summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Comments
    {
        get => Unpack(_comments);
        init => _comments = Pack(value);
    }

    /// <summary>Gets the shares (reposts) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Shares
    {
        get => Unpack(_shares);
        init => _shares = Pack(value);
    }

    /// <summary>Gets the saves summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Saves
    {
        get => Unpack(_saves);
        init => _saves = Pack(value);
    }

    /// <summary>Gets the views in the period, or <see langword="null"/> when unknown (needed only for ER by views).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Views
    {
        get => Unpack(_views);
        init => _views = Pack(value);
    }

    /// <summary>Gets the reach in the period, or <see langword="null"/> when unknown (needed only for ER by reach).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Reach
    {
        get => Unpack(_reach);
        init => _reach = Pack(value);
    }

    /// <summary>Gets the unique users who interacted with the page in the period (a platform figure), or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? EngagedUsers
    {
        get => Unpack(_engagedUsers);
        init => _engagedUsers = Pack(value);
    }

    /// <summary>Gets the population of the owner's region, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Population
    {
        get => Unpack(_population);
        init => _population = Pack(value);
    }

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
    public double Interactions(InteractionKinds kinds) => SumKinds(kinds, _likes, _comments, _shares, _saves);

    /// <summary>Gets the followers, NaN when unknown.</summary>
    internal double FollowersOrNaN => _followers;

    /// <summary>Gets the posts, NaN when unknown.</summary>
    internal double PostsOrNaN => _posts;

    /// <summary>Gets the likes, NaN when unknown.</summary>
    internal double LikesOrNaN => _likes;

    /// <summary>Gets the comments, NaN when unknown.</summary>
    internal double CommentsOrNaN => _comments;

    /// <summary>Gets the shares, NaN when unknown.</summary>
    internal double SharesOrNaN => _shares;

    /// <summary>Gets the saves, NaN when unknown.</summary>
    internal double SavesOrNaN => _saves;

    /// <summary>Gets the views, NaN when unknown.</summary>
    internal double ViewsOrNaN => _views;

    /// <summary>Gets the reach, NaN when unknown.</summary>
    internal double ReachOrNaN => _reach;

    /// <summary>Gets the engaged users, NaN when unknown.</summary>
    internal double EngagedUsersOrNaN => _engagedUsers;

    /// <summary>Gets the population, NaN when unknown.</summary>
    internal double PopulationOrNaN => _population;

    /// <summary>Returns whether <paramref name="other"/> has the same id, names, counts (unknown equal only to unknown, NaN to NaN), exclusion reason and post list (by reference).</summary>
    /// <param name="other">The page to compare with.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(PageStats? other)
        => ReferenceEquals(this, other) || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Network, other.Network, StringComparison.Ordinal)
            && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
            && string.Equals(ExclusionReason, other.ExclusionReason, StringComparison.Ordinal)
            && ReferenceEquals(PostDetails, other.PostDetails)
            && SameCount(_followers, other._followers) && SameCount(_posts, other._posts) && SameCount(_likes, other._likes)
            && SameCount(_comments, other._comments) && SameCount(_shares, other._shares) && SameCount(_saves, other._saves)
            && SameCount(_views, other._views) && SameCount(_reach, other._reach)
            && SameCount(_engagedUsers, other._engagedUsers) && SameCount(_population, other._population));

    /// <summary>Returns a hash code consistent with <see cref="Equals(PageStats)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Network, StringComparer.Ordinal);
        hash.Add(Owner, StringComparer.Ordinal);
        hash.Add(ExclusionReason, StringComparer.Ordinal);
        hash.Add(PostDetails is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(PostDetails));
        hash.Add(Followers);
        hash.Add(Posts);
        hash.Add(Likes);
        hash.Add(Comments);
        hash.Add(Shares);
        hash.Add(Saves);
        hash.Add(Views);
        hash.Add(Reach);
        hash.Add(EngagedUsers);
        hash.Add(Population);
        return hash.ToHashCode();
    }

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

    /// <summary>The sum of the counts of <paramref name="kinds"/>, each NaN when unknown; NaN for no kinds.</summary>
    internal static double SumKinds(InteractionKinds kinds, double likes, double comments, double shares, double saves)
    {
        if ((kinds & InteractionKinds.All) == InteractionKinds.None)
        {
            return double.NaN;
        }

        double sum = 0;
        sum += (kinds & InteractionKinds.Likes) == 0 ? 0 : likes;
        sum += (kinds & InteractionKinds.Comments) == 0 ? 0 : comments;
        sum += (kinds & InteractionKinds.Shares) == 0 ? 0 : shares;
        sum += (kinds & InteractionKinds.Saves) == 0 ? 0 : saves;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllCountsValid(PageStats page)
        => IsValidCount(page._followers) & IsValidCount(page._posts) & IsValidCount(page._likes) & IsValidCount(page._comments)
            & IsValidCount(page._shares) & IsValidCount(page._saves) & IsValidCount(page._views) & IsValidCount(page._reach)
            & IsValidCount(page._engagedUsers) & IsValidCount(page._population);

    /// <summary>Unknown, or a non-negative finite number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsValidCount(double stored) => (stored >= 0 && stored <= double.MaxValue) || IsUnknown(stored);

    /// <summary>
    /// The bits of the NaN that stands for unknown: those of <see cref="double.NaN"/>, so that reading an unknown count as
    /// a number gives exactly the NaN every missing value is. <see cref="Pack"/> stores any NaN a caller gives as
    /// <see cref="StoredNaN"/> instead.
    /// </summary>
    private static readonly long UnknownBits = BitConverter.DoubleToInt64Bits(double.NaN);

    /// <summary>A NaN other than <see cref="double.NaN"/> (its sign bit clear): a NaN the caller stored.</summary>
    private static readonly double StoredNaN = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(double.NaN) & long.MaxValue);

    private static readonly double Unknown = double.NaN;

    private static bool IsUnknown(double stored) => BitConverter.DoubleToInt64Bits(stored) == UnknownBits;

    private static double Pack(double? value) => value is not double v ? Unknown : double.IsNaN(v) ? StoredNaN : v;

    private static double? Unpack(double stored) => IsUnknown(stored) ? null : stored;

    private static bool SameCount(double a, double b) => IsUnknown(a) ? IsUnknown(b) : !IsUnknown(b) && a.Equals(b);

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
