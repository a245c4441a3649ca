using System.Globalization;
using SocialRank.Formatting;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Cli.Output;

/// <summary>How the renderers over <see cref="RatingView"/> write numbers: as the library's <see cref="ResultFormatter"/> does.</summary>
internal static class ViewFormat
{
    /// <summary>Formats a compared value (<c>IndicatorScore.ComparedValue</c>) at the indicator's precision, as the library's
    /// formatter does (<see cref="Precision.Format"/>); a missing value in the chosen language.</summary>
    internal static string Value(double value, Precision precision, Labels labels)
        => double.IsNaN(value) ? labels.Missing : precision.Format(value, CultureInfo.InvariantCulture);

    /// <summary>Formats a place or total: whole numbers plainly, averages with their fraction.</summary>
    internal static string Number(double value) => ResultFormatter.FormatNumber(value);

    /// <summary>
    /// Formats what decided a place, in the chosen language: empty when the total alone decided; in English the library's
    /// text (<see cref="Decision.ToString"/>).
    /// </summary>
    internal static string Decision(Decision decision, Labels labels) => (decision.Kind, labels.Language) switch
    {
        (DecisionKind.Total, _) => "",
        (DecisionKind.TieBreaker, "ru") => $"показатель «{decision.IndicatorName}»",
        (DecisionKind.Shared, "ru") => "общее место",
        (DecisionKind.InputOrder, "ru") => "порядок ввода",
        _ => decision.ToString(),
    };
}
