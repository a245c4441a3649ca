namespace SocialRank.Analysis;

/// <summary>One page in two editions of a rating.</summary>
/// <param name="Id">The page's id (the later edition's, for a renamed page).</param>
/// <param name="Name">The page's display name.</param>
/// <param name="Status">Rated in both, new, left, or excluded in one edition.</param>
/// <param name="PlaceThen">The final place in the earlier edition; <see langword="null"/> when it was not rated then.</param>
/// <param name="PlaceNow">The final place in the later edition; <see langword="null"/> when it is not rated now.</param>
/// <param name="ZoneThen">The zone of the first zone scheme then, or <see langword="null"/>.</param>
/// <param name="ZoneNow">The zone of the first zone scheme now, or <see langword="null"/>.</param>
/// <param name="Indicators">For a page rated in both editions with the same indicators, the change on each; otherwise empty.</param>
/// <param name="Reason">Why the page is excluded (<see cref="EditionStatus.ExcludedNow"/>, <see cref="EditionStatus.ExcludedThen"/>), else <see langword="null"/>.</param>
/// <param name="ReasonThen">For a page <see cref="EditionStatus.ExcludedNow"/> that was excluded from the earlier edition too, why it was then; otherwise <see langword="null"/>.</param>
public sealed record PageChange(string Id, string Name, EditionStatus Status, double? PlaceThen, double? PlaceNow, string? ZoneThen, string? ZoneNow,
    IReadOnlyList<IndicatorChange> Indicators, string? Reason, string? ReasonThen = null)
{
    /// <summary>Gets the change of the final place, then minus now: 3 is three places up, −2 two down; <see langword="null"/> unless rated in both.</summary>
    public double? Change => PlaceThen is double then && PlaceNow is double now ? then - now : null;
}
