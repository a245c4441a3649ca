namespace SocialRank.Pages;

/// <summary>
/// What <see cref="PostAggregation.Aggregate"/> made of the posts: the pages of each period, ready to rate, and the posts
/// it did not count, by reason. Immutable.
/// </summary>
public sealed class PostAggregationResult
{
    internal PostAggregationResult(IReadOnlyList<PeriodPages> periods, int postsCounted, RejectedPosts duplicatePostId, RejectedPosts unknownPage, RejectedPosts outsidePeriods)
    {
        Periods = periods;
        PostsCounted = postsCounted;
        DuplicatePostId = duplicatePostId;
        UnknownPage = unknownPage;
        OutsidePeriods = outsidePeriods;
    }

    /// <summary>Gets the pages of each period, in the order of the periods given.</summary>
    public IReadOnlyList<PeriodPages> Periods { get; }

    /// <summary>Gets how many posts were counted in some period.</summary>
    public int PostsCounted { get; }

    /// <summary>Gets the posts whose id repeats an earlier post's id (the earlier one is the one counted).</summary>
    public RejectedPosts DuplicatePostId { get; }

    /// <summary>Gets the posts whose page id is not among the pages.</summary>
    public RejectedPosts UnknownPage { get; }

    /// <summary>Gets the posts whose publish time is in no period.</summary>
    public RejectedPosts OutsidePeriods { get; }

    /// <summary>Gets how many posts were not counted, for any reason; with <see cref="PostsCounted"/>, every post given.</summary>
    public int PostsRejected => checked(DuplicatePostId.Count + UnknownPage.Count + OutsidePeriods.Count);
}
