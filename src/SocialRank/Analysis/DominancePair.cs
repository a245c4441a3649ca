namespace SocialRank.Analysis;

/// <summary>
/// A page that dominates another: no worse place on any indicator, a better one on at least one.
/// </summary>
/// <param name="Dominator">The dominating page's id.</param>
/// <param name="Dominated">The dominated page's id.</param>
/// <param name="DominatorPlace">The dominator's final place.</param>
/// <param name="DominatedPlace">The dominated page's final place.</param>
public sealed record DominancePair(string Dominator, string Dominated, double DominatorPlace, double DominatedPlace)
{
    /// <summary>Gets a value indicating whether the dominated page is placed above its dominator (what a rating must never do; only ordinal final ties, which order equal totals by input, can).</summary>
    public bool IsViolated => DominatedPlace < DominatorPlace;
}
