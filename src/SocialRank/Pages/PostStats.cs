namespace SocialRank.Pages;

/// <summary>The interaction counts of one post, for engagement rates computed as the mean of per-post values.</summary>
/// <remarks>Counts are non-negative; <see langword="null"/> means unknown, which is not the same as 0.</remarks>
public sealed record PostStats
{
    /// <summary>Gets the post's likes (reactions).</summary>
    /// <value>The default value is 0.</value>
    public double? Likes { get; init; } = 0;

    /// <summary>Gets the post's comments.</summary>
    /// <value>The default value is 0.</value>
    public double? Comments { get; init; } = 0;

    /// <summary>Gets the post's shares (reposts).</summary>
    /// <value>The default value is 0.</value>
    public double? Shares { get; init; } = 0;

    /// <summary>Gets the post's saves.</summary>
    /// <value>The default value is 0.</value>
    public double? Saves { get; init; } = 0;

    /// <summary>Gets the post's views, or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Views { get; init; }

    /// <summary>Gets the post's reach (unique accounts that saw it), or <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? Reach { get; init; }

    /// <summary>Returns the sum of the counts of <paramref name="kinds"/>; NaN when one of them is unknown or no kind is chosen.</summary>
    /// <param name="kinds">The kinds that count.</param>
    /// <returns>The number of interactions, or NaN when missing.</returns>
    public double Interactions(InteractionKinds kinds) => PageStats.SumKinds(kinds, Likes ?? double.NaN, Comments ?? double.NaN, Shares ?? double.NaN, Saves ?? double.NaN);
}
