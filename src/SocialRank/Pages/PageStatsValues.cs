using System.Runtime.CompilerServices;
using SocialRank.Indicators;

namespace SocialRank.Pages;

/// <summary>The fields of <see cref="PageStats"/> as values to build indicators from.</summary>
/// <remarks>
/// Every value is a leaf named after its field. <see cref="Population"/> is required: a page without a population is bad
/// input for any indicator that uses it, because every owner's region has one.
/// </remarks>
public static class PageStatsValues
{
    /// <summary>Gets the followers.</summary>
    public static PageValue<PageStats> Followers { get; } = new("followers", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.FollowersOrNaN);

    /// <summary>Gets the posts in the period.</summary>
    public static PageValue<PageStats> Posts { get; } = new("posts", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.PostsOrNaN);

    /// <summary>Gets the likes.</summary>
    public static PageValue<PageStats> Likes { get; } = new("likes", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.LikesOrNaN);

    /// <summary>Gets the comments.</summary>
    public static PageValue<PageStats> Comments { get; } = new("comments", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.CommentsOrNaN);

    /// <summary>Gets the shares.</summary>
    public static PageValue<PageStats> Shares { get; } = new("shares", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.SharesOrNaN);

    /// <summary>Gets the saves.</summary>
    public static PageValue<PageStats> Saves { get; } = new("saves", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.SavesOrNaN);

    /// <summary>Gets the views.</summary>
    public static PageValue<PageStats> Views { get; } = new("views", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.ViewsOrNaN);

    /// <summary>Gets the reach.</summary>
    public static PageValue<PageStats> Reach { get; } = new("reach", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.ReachOrNaN);

    /// <summary>Gets the engaged users.</summary>
    public static PageValue<PageStats> EngagedUsers { get; } = new("engaged users", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.EngagedUsersOrNaN);

    /// <summary>Gets the population of the owner's region (required).</summary>
    public static PageValue<PageStats> Population { get; } = new PageValue<PageStats>("population", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.PopulationOrNaN).Required();

    /// <summary>Returns the interactions of the kinds in <paramref name="kinds"/>, summed (see <see cref="PageStats.Interactions"/>).</summary>
    /// <param name="kinds">The kinds that count.</param>
    /// <returns>The value, named <c>interactions</c>.</returns>
    /// <remarks>The same kinds give the same value, so that indicators built on it share it (it is computed once per page).</remarks>
    public static PageValue<PageStats> Interactions(InteractionKinds kinds)
        => kinds is >= InteractionKinds.None and <= InteractionKinds.All ? InteractionValues[(int)kinds] : NewInteractions(kinds);

    /// <summary>
    /// Returns whether <paramref name="value"/> reads the interactions of some kinds (it is <see cref="Interactions"/> of
    /// them, or a renamed or required copy), and which; for translating a value into another form (e.g. SQL over the
    /// counts' columns, <see cref="PageFields.InteractionsOf"/>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="kinds">The kinds, or <see cref="InteractionKinds.None"/> when it returns <see langword="false"/>.</param>
    /// <returns>Whether the value reads interactions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static bool TryGetInteractionKinds(PageValue<PageStats> value, out InteractionKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int k = 0; k < InteractionValues.Length; k++)
        {
            if (value.ReadsSameFieldAs(InteractionValues[k]))
            {
                kinds = (InteractionKinds)k;
                return true;
            }
        }

        kinds = InteractionKinds.None;
        return false;
    }

    /// <summary>The interactions of each combination of kinds, by its flags.</summary>
    /// <summary>Returns whether <paramref name="read"/> is the read function of <see cref="Interactions"/> of some kinds, and which.</summary>
    internal static bool TryGetKindsOfRead(Func<PageStats, double> read, out InteractionKinds kinds)
    {
        for (int k = 0; k < InteractionValues.Length; k++)
        {
            if (ReferenceEquals(InteractionValues[k].ReadFunction, read))
            {
                kinds = (InteractionKinds)k;
                return true;
            }
        }

        kinds = InteractionKinds.None;
        return false;
    }

    private static readonly PageValue<PageStats>[] InteractionValues =
        [.. Enumerable.Range(0, (int)InteractionKinds.All + 1).Select(k => NewInteractions((InteractionKinds)k))];

    private static PageValue<PageStats> NewInteractions(InteractionKinds kinds) => new("interactions", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (PageStats p) => p.Interactions(kinds));
}
