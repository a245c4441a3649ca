namespace SocialRank.Analysis;

/// <summary>Which changes of a figure <see cref="ImprovementTargets.Find"/> searches.</summary>
public enum ChangeDirection
{
    /// <summary>Increases and decreases: the answer is the smallest change either way (an increase when both are as small).</summary>
    Either,

    /// <summary>Increases only.</summary>
    Increase,

    /// <summary>Decreases only (down to 0): for a figure that is a denominator (followers in ER, posts) or feeds a lower-is-better indicator.</summary>
    Decrease,
}
