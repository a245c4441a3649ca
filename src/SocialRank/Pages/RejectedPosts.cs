namespace SocialRank.Pages;

/// <summary>The posts not counted for one reason: how many, and the first of them (<see cref="PostAggregation.ExampleCount"/> at most). Immutable.</summary>
public sealed class RejectedPosts
{
    internal RejectedPosts(int count, IReadOnlyList<RejectedPost> first)
    {
        Count = count;
        First = first;
    }

    /// <summary>Gets how many posts were not counted for this reason.</summary>
    public int Count { get; }

    /// <summary>Gets the first of them, in input order: at most <see cref="PostAggregation.ExampleCount"/>.</summary>
    public IReadOnlyList<RejectedPost> First { get; }
}
