namespace SocialRank.Analysis;

/// <summary>Where a page stands in two editions of a rating.</summary>
public enum EditionStatus
{
    /// <summary>Rated in both editions.</summary>
    Rated,

    /// <summary>Rated now, absent from the earlier edition.</summary>
    New,

    /// <summary>Rated then, absent from the later edition.</summary>
    Left,

    /// <summary>Excluded from the later edition (the reason is given); rated, excluded (see <see cref="PageChange.ReasonThen"/>) or absent then.</summary>
    ExcludedNow,

    /// <summary>Rated now, excluded from the earlier edition (the reason is given).</summary>
    ExcludedThen,
}
