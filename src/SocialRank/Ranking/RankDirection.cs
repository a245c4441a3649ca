namespace SocialRank.Ranking;

/// <summary>Which end of the scale takes place 1.</summary>
public enum RankDirection
{
    /// <summary>The smallest value takes place 1 (pandas <c>ascending=True</c>). The default.</summary>
    Ascending = 0,

    /// <summary>The largest value takes place 1 (pandas <c>ascending=False</c>); values are never negated.</summary>
    Descending = 1,
}
