using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Cli.Output;

/// <summary>
/// What the console table, the HTML page and the chart show: a rating result flattened into rows, in final-place
/// order, with names in the chosen language and zone colours resolved.
/// </summary>
/// <param name="Title">The heading.</param>
/// <param name="Labels">The words of the chosen language.</param>
/// <param name="Indicators">The indicators, in method order.</param>
/// <param name="Rows">The rated pages, best first.</param>
/// <param name="Excluded">The pages left out, with the reasons.</param>
/// <param name="MethodLines">The method, one sentence per line.</param>
/// <param name="Zones">The zones of the final-place scheme (the row colours), in order; empty when there is none.</param>
internal sealed record RatingView(
    string Title,
    Labels Labels,
    IReadOnlyList<ViewIndicator> Indicators,
    IReadOnlyList<ViewRow> Rows,
    IReadOnlyList<ViewExcluded> Excluded,
    IReadOnlyList<string> MethodLines,
    IReadOnlyList<ViewZone> Zones)
{
    /// <summary>Gets a value indicating whether any row's place was decided by more than its total (the tables then show a "decided by" column).</summary>
    internal bool ShowsDecisions => Rows.Any(r => r.Decision.Kind != DecisionKind.Total);
}

/// <summary>An indicator column.</summary>
/// <param name="Name">The indicator's name.</param>
/// <param name="Precision">The precision values are compared and shown at (<see cref="Precision.Exact"/>: in full).</param>
/// <param name="Weight">The weight of its places in the total.</param>
internal sealed record ViewIndicator(string Name, Precision Precision, double Weight);

/// <summary>One rated page.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Cells">Value and place on each indicator, in indicator order.</param>
/// <param name="Total">The (weighted) sum of places.</param>
/// <param name="Place">The final place.</param>
/// <param name="Zone">The zone of the final-place scheme, or <see langword="null"/>.</param>
/// <param name="ValueZones">Zones of the value schemes, by indicator index (absent when none).</param>
/// <param name="Decision">What decided the place among pages with the same total.</param>
internal sealed record ViewRow(string Id, string Name, IReadOnlyList<ViewCell> Cells, double Total, double Place, ViewZone? Zone, IReadOnlyDictionary<int, ViewZone> ValueZones, Decision Decision = default);

/// <summary>A page's compared value (rounded to the indicator's precision, as shown; NaN when missing) and place on one indicator.</summary>
internal readonly record struct ViewCell(double Value, double Place);

/// <summary>A page left out of the rating.</summary>
internal sealed record ViewExcluded(string Id, string Name, string Reason);

/// <summary>A zone: its name and its colour as <c>#rrggbb</c>.</summary>
internal sealed record ViewZone(string Name, string Color);
