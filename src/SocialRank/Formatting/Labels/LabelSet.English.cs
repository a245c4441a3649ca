using System.Globalization;

namespace SocialRank.Formatting;

/// <summary>The English labels.</summary>
public sealed partial class LabelSet
{
    /// <summary>Gets the English labels (numbers in the invariant culture: <c>1234.5</c>).</summary>
    public static LabelSet English { get; } = new()
    {
        Language = "en",
        Numbers = NumberFormatInfo.InvariantInfo,
        Place = "Place",
        Page = "Page",
        Value = "Value",
        Total = "Total",
        Zone = "Zone",
        DecidedBy = "Decided by",
        Missing = "n/a",
        SharedPlace = "shared",
        InputOrder = "input order",
        Excluded = "Excluded",
        Indicators = "Indicators",
        Method = "Method",
        Zones = "Zones",
        ChartTitle = "Total penalty points (fewer is better)",
        TiesTemplate = "Ties: {0} on indicators, {1} on the total; tie-breakers: {2}.",
        NoTieBreakers = "none (equal totals share the place)",
        TieBreakerTemplate = "'{0}'",
        TieBreakerSeparator = ", then ",
        TiesMin = "min",
        TiesMax = "max",
        TiesAverage = "average",
        TiesDense = "dense",
        TiesOrdinal = "ordinal",
        IndicatorTemplate = "'{0}': {1}, {2}, weight {3}, {4}.",
        HigherIsBetter = "higher is better",
        LowerIsBetter = "lower is better",
        Exact = "exact",
        OneDecimalTemplate = "{0} decimal, {1}",
        DecimalsTemplate = "{0} decimals, {1}",
        HalfAwayFromZero = "half away from zero",
        HalfToEven = "half to even",
        MissingRankLast = "missing values rank last",
        MissingExcludes = "a missing value excludes the page",
        MissingFails = "a missing value is an error",
        InteractionsTemplate = "Interactions: {0}.",
        Likes = "likes",
        Comments = "comments",
        Shares = "shares",
        Saves = "saves",
        NoInteractions = "none",
        CsvFinalPlace = "final place",
        CsvId = "id",
        CsvName = "name",
        CsvValueTemplate = "{0} value",
        CsvPlaceTemplate = "{0} place",
        CsvPenaltyTemplate = "{0} weighted penalty",
        CsvTotal = "total",
        CsvZoneTemplate = "{0} zone",
        CsvDecidedBy = "decided by",
        CsvExcludedBecause = "excluded because",
    };
}
