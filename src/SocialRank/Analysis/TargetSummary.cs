namespace SocialRank.Analysis;

/// <summary>
/// A page's cheapest single-figure moves (see <see cref="ImprovementTargets.Summarize"/>): for each of its figures the
/// smallest change to a better final place and to the next zone up. Immutable.
/// </summary>
public sealed class TargetSummary
{
    internal TargetSummary(string pageId, string pageName, double place, string? zone, string? nextZone, FigureTarget[] toBetterPlace, FigureTarget[] toNextZone)
    {
        PageId = pageId;
        PageName = pageName;
        Place = place;
        Zone = zone;
        NextZone = nextZone;
        ToBetterPlace = toBetterPlace;
        ToNextZone = toNextZone;
    }

    /// <summary>Gets the page's id.</summary>
    public string PageId { get; }

    /// <summary>Gets the page's display name.</summary>
    public string PageName { get; }

    /// <summary>Gets the page's final place today.</summary>
    public double Place { get; }

    /// <summary>Gets the page's zone today in the method's first scheme of place bands, or <see langword="null"/>.</summary>
    public string? Zone { get; }

    /// <summary>Gets the zone listed just before <see cref="Zone"/> in that scheme (the next one up), or <see langword="null"/> when there is none (no such scheme, no zone, or the first zone).</summary>
    public string? NextZone { get; }

    /// <summary>
    /// Gets, for each figure summarized, the smallest change to a better final place: those that reach it first, cheapest
    /// first (by the size of <see cref="FigureTarget.PercentOfToday"/>, then by the size of the change), then the rest in the
    /// order the figures were given.
    /// </summary>
    public IReadOnlyList<FigureTarget> ToBetterPlace { get; }

    /// <summary>Gets the same for <see cref="NextZone"/>, in the same order; empty when there is no next zone.</summary>
    public IReadOnlyList<FigureTarget> ToNextZone { get; }

    /// <summary>Gets the cheapest move to a better final place, or <see langword="null"/> when no single figure gets there (or the page is first).</summary>
    public FigureTarget? CheapestToBetterPlace => ToBetterPlace.Count > 0 && ToBetterPlace[0].IsReached ? ToBetterPlace[0] : null;

    /// <summary>Gets the cheapest move to <see cref="NextZone"/>, or <see langword="null"/> when no single figure gets there.</summary>
    public FigureTarget? CheapestToNextZone => ToNextZone.Count > 0 && ToNextZone[0].IsReached ? ToNextZone[0] : null;
}
