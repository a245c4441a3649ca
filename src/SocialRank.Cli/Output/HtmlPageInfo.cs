using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Cli.Output;

/// <summary>
/// What the HTML page shows beyond the table model: the source and date lines (<c>--source</c>, <c>--date</c>), every zone
/// scheme of the method (for the legend) and the method's indicators as rows of the method table, in the table's language.
/// </summary>
/// <param name="Source">The source line's text, or <see langword="null"/> for none.</param>
/// <param name="Date">The date line's text, or <see langword="null"/> for none.</param>
/// <param name="Schemes">The method's zone schemes, in order; empty to show only the zones that colour rows.</param>
/// <param name="Indicators">The method's indicators, in order; empty to leave out the method table.</param>
internal sealed record HtmlPageInfo(string? Source, string? Date, IReadOnlyList<ZoneScheme> Schemes, IReadOnlyList<IndicatorRule> Indicators)
{
    /// <summary>Gets the page of a table alone: no source or date, the legend of the row zones, the method as sentences only.</summary>
    internal static HtmlPageInfo None { get; } = new(null, null, [], []);

    /// <summary>Returns the page of a result rated with <paramref name="method"/>, its texts in <paramref name="labels"/>.</summary>
    internal static HtmlPageInfo Of<TPage>(RatingMethod<TPage> method, LabelSet labels, string? source, string? date)
        => new(Blank(source), Blank(date), method.ZoneSchemes, [.. method.Indicators.Select(w => IndicatorRule.Of(w, labels))]);

    /// <summary>Gets, with <c>rate --to-move-up</c>, each rated page's cheapest move to a better place by page id (a last column of the table); <see langword="null"/> for none.</summary>
    internal IReadOnlyDictionary<string, string>? MoveUp { get; init; }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One indicator of the method as the method table shows it, every text in the table's language.</summary>
/// <param name="Name">The indicator's name.</param>
/// <param name="Direction">Whether a higher or a lower value is better.</param>
/// <param name="Weight">The weight of its place.</param>
/// <param name="Precision">The precision its values are compared and shown at, with the rounding rule.</param>
/// <param name="Missing">The rule for a missing value.</param>
internal sealed record IndicatorRule(string Name, string Direction, string Weight, string Precision, string Missing)
{
    /// <summary>Returns the row of <paramref name="weighted"/> in <paramref name="labels"/>, from the library's own words and number format.</summary>
    internal static IndicatorRule Of<TPage>(WeightedIndicator<TPage> weighted, LabelSet labels)
    {
        Indicator<TPage> indicator = weighted.Indicator;
        return new IndicatorRule(
            indicator.Name,
            indicator.Better == Better.Higher ? labels.HigherIsBetter : labels.LowerIsBetter,
            SocialRank.Ranking.Precision.Exact.Format(weighted.Weight, labels.Numbers, groupThousands: true),
            RatingTables.PrecisionName(indicator.Precision, labels),
            indicator.Missing switch
            {
                MissingValueRule.Exclude => labels.MissingExcludes,
                MissingValueRule.Fail => labels.MissingFails,
                _ => labels.MissingRankLast,
            });
    }
}
