namespace SocialRank.Ranking;

/// <summary>
/// Where missing values (NaN) go, as pandas <c>na_option</c>. Independent of <see cref="RankDirection"/>.
/// </summary>
public enum MissingPlacement
{
    /// <summary>Missing values get no place (NaN) and are not counted (pandas <c>"keep"</c>). The default.</summary>
    Keep = 0,

    /// <summary>Missing values tie with each other before every value (pandas <c>"top"</c>).</summary>
    Top = 1,

    /// <summary>Missing values tie with each other after every value (pandas <c>"bottom"</c>).</summary>
    Bottom = 2,
}
