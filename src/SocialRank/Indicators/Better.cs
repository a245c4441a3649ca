namespace SocialRank.Indicators;

/// <summary>Which end of an indicator's scale is better, so which value takes place 1.</summary>
public enum Better
{
    /// <summary>The highest value is best and takes place 1 (followers, engagement). The default.</summary>
    Higher = 0,

    /// <summary>The lowest value is best and takes place 1 (response time, complaints).</summary>
    Lower = 1,
}
