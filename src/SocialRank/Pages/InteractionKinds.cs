namespace SocialRank.Pages;

/// <summary>Which kinds of interaction count as interactions (the numerator of engagement).</summary>
/// <remarks>
/// METHOD section 2 counts all four kinds by default; the article's worked example counts likes and comments
/// (<see cref="LikesAndComments"/>).
/// </remarks>
[Flags]
public enum InteractionKinds
{
    /// <summary>No kind: interactions are always missing.</summary>
    None = 0,

    /// <summary>Likes (reactions).</summary>
    Likes = 1,

    /// <summary>Comments.</summary>
    Comments = 2,

    /// <summary>Shares (reposts).</summary>
    Shares = 4,

    /// <summary>Saves (bookmarks).</summary>
    Saves = 8,

    /// <summary>Likes and comments, as in the article's worked example.</summary>
    LikesAndComments = Likes | Comments,

    /// <summary>All four kinds: likes, comments, shares and saves. The default of every factory that takes kinds.</summary>
    All = Likes | Comments | Shares | Saves,
}
