using SocialRank.Formatting;
using SocialRank.Ranking;

namespace SocialRank.Cli.Output;

/// <summary>How the renderers over <see cref="RatingView"/> write numbers: as the library's <see cref="ResultFormatter"/> does.</summary>
internal static class ViewFormat
{
    /// <summary>Formats a value at the indicator's precision; a missing value in the chosen language.</summary>
    internal static string Value(double value, Precision precision, Labels labels)
        => double.IsNaN(value) ? labels.Missing : ResultFormatter.FormatValue(value, precision);

    /// <summary>Formats a place or total: whole numbers plainly, averages with their fraction.</summary>
    internal static string Number(double value) => ResultFormatter.FormatNumber(value);
}
