using System.Diagnostics;
using System.Runtime.CompilerServices;
using SocialRank.Internal;

namespace SocialRank.Pages;

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
    // unknown (null) and NaN stay apart. They are kept inline, one slot per count field (see Slot), so that equality,
    // hashing, checking and setting counts by field loop over the slots instead of naming every field.
    private readonly Counts _counts = AllUnknown;

    /// <summary>Gets the page's unique id.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Id
    {
        get;
        init => field = Throw.IfNull(value);
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
        get => Unpack(_counts[Slot.Followers]);
        init => _counts[Slot.Followers] = Pack(value);
    }

    /// <summary>Gets the number of posts published in the period, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Posts
    {
        get => Unpack(_counts[Slot.Posts]);
        init => _counts[Slot.Posts] = Pack(value);
    }

    /// <summary>Gets the likes (reactions) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Likes
    {
        get => Unpack(_counts[Slot.Likes]);
        init => _counts[Slot.Likes] = Pack(value);
    }

    /// <summary>Gets the comments summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Comments
    {
        get => Unpack(_counts[Slot.Comments]);
        init => _counts[Slot.Comments] = Pack(value);
    }

    /// <summary>Gets the shares (reposts) summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Shares
    {
        get => Unpack(_counts[Slot.Shares]);
        init => _counts[Slot.Shares] = Pack(value);
    }

    /// <summary>Gets the saves summed over the period's posts, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Saves
    {
        get => Unpack(_counts[Slot.Saves]);
        init => _counts[Slot.Saves] = Pack(value);
    }

    /// <summary>Gets the views in the period, or <see langword="null"/> when unknown (needed only for ER by views).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Views
    {
        get => Unpack(_counts[Slot.Views]);
        init => _counts[Slot.Views] = Pack(value);
    }

    /// <summary>Gets the reach in the period, or <see langword="null"/> when unknown (needed only for ER by reach).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Reach
    {
        get => Unpack(_counts[Slot.Reach]);
        init => _counts[Slot.Reach] = Pack(value);
    }

    /// <summary>Gets the unique users who interacted with the page in the period (a platform figure), or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? EngagedUsers
    {
        get => Unpack(_counts[Slot.EngagedUsers]);
        init => _counts[Slot.EngagedUsers] = Pack(value);
    }

    /// <summary>Gets the population of the owner's region, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Population
    {
        get => Unpack(_counts[Slot.Population]);
        init => _counts[Slot.Population] = Pack(value);
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
    public string DisplayName => DisplayNameOf(Id, Name);

    /// <summary>The name to show for a page with id <paramref name="id"/> and name <paramref name="name"/> (the rule of <see cref="DisplayName"/>).</summary>
    internal static string DisplayNameOf(string id, string? name) => string.IsNullOrWhiteSpace(name) ? id : name;

    /// <summary>Returns the sum of the counts of <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count.</param>
    /// <returns>The number of interactions; NaN (missing) when a counted kind is unknown or <paramref name="kinds"/> is <see cref="InteractionKinds.None"/>.</returns>
    public double Interactions(InteractionKinds kinds) => SumKinds(kinds, _counts[Slot.Likes], _counts[Slot.Comments], _counts[Slot.Shares], _counts[Slot.Saves]);

    /// <summary>Gets the followers, NaN when unknown.</summary>
    internal double FollowersOrNaN => _counts[Slot.Followers];

    /// <summary>Gets the posts, NaN when unknown.</summary>
    internal double PostsOrNaN => _counts[Slot.Posts];

    /// <summary>Gets the likes, NaN when unknown.</summary>
    internal double LikesOrNaN => _counts[Slot.Likes];

    /// <summary>Gets the comments, NaN when unknown.</summary>
    internal double CommentsOrNaN => _counts[Slot.Comments];

    /// <summary>Gets the shares, NaN when unknown.</summary>
    internal double SharesOrNaN => _counts[Slot.Shares];

    /// <summary>Gets the saves, NaN when unknown.</summary>
    internal double SavesOrNaN => _counts[Slot.Saves];

    /// <summary>Gets the views, NaN when unknown.</summary>
    internal double ViewsOrNaN => _counts[Slot.Views];

    /// <summary>Gets the reach, NaN when unknown.</summary>
    internal double ReachOrNaN => _counts[Slot.Reach];

    /// <summary>Gets the engaged users, NaN when unknown.</summary>
    internal double EngagedUsersOrNaN => _counts[Slot.EngagedUsers];

    /// <summary>Gets the population, NaN when unknown.</summary>
    internal double PopulationOrNaN => _counts[Slot.Population];

    /// <summary>Returns the count in <paramref name="slot"/> (one of <see cref="Slot"/>), or <see langword="null"/> when unknown.</summary>
    internal double? GetCount(int slot) => Unpack(_counts[slot]);

    /// <summary>Returns a copy of this page with the count in <paramref name="slot"/> (one of <see cref="Slot"/>) set to <paramref name="value"/>.</summary>
    internal PageStats WithCount(int slot, double? value) => new(this, slot, value);

    /// <summary>Returns a copy of this page with every count replaced: <paramref name="counts"/>[i] goes to slot i (<see langword="null"/> is unknown).</summary>
    /// <remarks>The caller passes exactly <see cref="Slot.Count"/> values.</remarks>
    internal PageStats WithCounts(ReadOnlySpan<double?> counts) => new(this, counts);

    /// <summary>Copies <paramref name="original"/>, then sets one count.</summary>
    private PageStats(PageStats original, int slot, double? value)
        : this(original)
    {
        _counts[slot] = Pack(value);
    }

    /// <summary>Copies <paramref name="original"/>, then replaces every count.</summary>
    private PageStats(PageStats original, ReadOnlySpan<double?> counts)
        : this(original)
    {
        Debug.Assert(counts.Length == Slot.Count, "One value per count slot.");
        for (int slot = 0; slot < Slot.Count; slot++)
        {
            _counts[slot] = Pack(counts[slot]);
        }
    }

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
            && SameCounts(in _counts, in other._counts));

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
        for (int slot = 0; slot < Slot.Count; slot++)
        {
            hash.Add(Unpack(_counts[slot]));
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// Adds every problem of <paramref name="page"/> to <paramref name="problems"/>: an empty id, and negative, NaN or
    /// infinite counts (followers, posts, likes, comments, shares, saves, views, reach, engaged users, population).
    /// </summary>
    /// <param name="page">The page to check.</param>
    /// <param name="problems">Receives the problems, in field order.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                string prefix = Throw.Invariant($"post {i + 1} ");
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    {
        bool valid = true;
        for (int slot = 0; slot < Slot.Count; slot++)
        {
            valid &= IsValidCount(page._counts[slot]);
        }

        return valid;
    }

    private static bool SameCounts(in Counts a, in Counts b)
    {
        for (int slot = 0; slot < Slot.Count; slot++)
        {
            if (!SameCount(a[slot], b[slot]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Unknown, or a non-negative finite number (−0 included): on the bits, without branches (every page's every count
    /// is asked this).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsValidCount(double stored)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(stored);
        return (bits < PositiveInfinityBits) | (bits == NegativeZeroBits) | (bits == unchecked((ulong)UnknownBits));
    }

    /// <summary>The bits of +∞: below them, the non-negative finite doubles.</summary>
    private const ulong PositiveInfinityBits = 0x7FF0000000000000UL;

    /// <summary>The bits of −0.</summary>
    private const ulong NegativeZeroBits = 0x8000000000000000UL;

    /// <summary>
    /// The bits of the NaN that stands for unknown: those of <see cref="double.NaN"/>, so that reading an unknown count as
    /// a number gives exactly the NaN every missing value is. <see cref="Pack"/> stores any NaN a caller gives as
    /// <see cref="StoredNaN"/> instead.
    /// </summary>
    private static readonly long UnknownBits = BitConverter.DoubleToInt64Bits(double.NaN);

    /// <summary>A NaN other than <see cref="double.NaN"/> (its sign bit clear): a NaN the caller stored.</summary>
    private static readonly double StoredNaN = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(double.NaN) & long.MaxValue);

    private static readonly double Unknown = double.NaN;

    /// <summary>Every count unknown: what a new page starts with.</summary>
    private static readonly Counts AllUnknown = NewAllUnknown();

    private static Counts NewAllUnknown()
    {
        Counts counts = default;
        ((Span<double>)counts).Fill(Unknown);
        return counts;
    }

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

        problems.Add(PageProblem.BadCount(id, field, v));
    }

    /// <summary>
    /// The storage slot of each count field, in field order (the order of <see cref="Check"/>'s problems and of the
    /// page-field registry, <c>SocialRank.Pages.PageFields.All</c>). A new count field takes the next slot and raises
    /// <see cref="Count"/>.
    /// </summary>
    internal static class Slot
    {
        internal const int Followers = 0;
        internal const int Posts = 1;
        internal const int Likes = 2;
        internal const int Comments = 3;
        internal const int Shares = 4;
        internal const int Saves = 5;
        internal const int Views = 6;
        internal const int Reach = 7;
        internal const int EngagedUsers = 8;
        internal const int Population = 9;

        /// <summary>The number of count fields.</summary>
        internal const int Count = 10;
    }

    /// <summary>The counts, one slot each, stored inline in the page (no array of their own).</summary>
    [InlineArray(Slot.Count)]
    private struct Counts
    {
        private double _slot0;
    }
}
