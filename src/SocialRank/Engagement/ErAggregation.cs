namespace SocialRank.Engagement;

/// <summary>How an engagement rate over a period combines posts (METHOD section 2).</summary>
public enum ErAggregation
{
    /// <summary>Sum over the period's posts, then divide (the page-level figures of <c>PageStats</c>). The default.</summary>
    Pooled = 0,

    /// <summary>The mean of the posts' own rates, from per-post data (<c>PageStats.PostDetails</c>).</summary>
    MeanOfPosts = 1,
}
