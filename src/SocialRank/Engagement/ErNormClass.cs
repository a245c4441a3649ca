namespace SocialRank.Engagement;

/// <summary>How a page's engagement rate compares with the norm for its audience size.</summary>
public enum ErNormClass
{
    /// <summary>The table has no tier for the page's follower count.</summary>
    NoTier = 0,

    /// <summary>Below the tier's normal range.</summary>
    Below = 1,

    /// <summary>Within the tier's normal range (both ends included).</summary>
    Within = 2,

    /// <summary>Above the tier's normal range.</summary>
    Above = 3,
}
