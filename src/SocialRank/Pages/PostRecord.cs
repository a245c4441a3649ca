using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>
/// One post as a monitoring tool or a platform export lists it: its id, the page that published it, when, and its
/// interaction counts. The input of <see cref="PostAggregation"/>. Immutable.
/// </summary>
public sealed record PostRecord
{
    /// <summary>Initializes a post record.</summary>
    /// <param name="postId">The post's id, unique in the export, e.g. <c>1234567890_987654321</c>.</param>
    /// <param name="pageId">The id of the page that published the post (<see cref="PageStats.Id"/>).</param>
    /// <param name="publishedAt">The instant the post was published.</param>
    /// <param name="stats">The post's interaction counts (and views and reach where known).</param>
    /// <exception cref="ArgumentNullException"><paramref name="postId"/>, <paramref name="pageId"/> or <paramref name="stats"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="postId"/> or <paramref name="pageId"/> is empty or white space.</exception>
    public PostRecord(string postId, string pageId, DateTimeOffset publishedAt, PostStats stats)
    {
        PostId = Throw.IfBlank(postId);
        PageId = Throw.IfBlank(pageId);
        PublishedAt = publishedAt;
        Stats = Throw.IfNull(stats);
    }

    /// <summary>Gets the post's id, unique in the export.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string PostId
    {
        get;
        init => field = Throw.IfBlank(value);
    }

    /// <summary>Gets the id of the page that published the post.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string PageId
    {
        get;
        init => field = Throw.IfBlank(value);
    }

    /// <summary>Gets the instant the post was published (compared as an instant: the offset only says how it was written).</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Gets the post's counts.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public PostStats Stats
    {
        get;
        init => field = Throw.IfNull(value);
    }
}
