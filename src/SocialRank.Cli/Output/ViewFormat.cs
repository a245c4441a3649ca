using System.Globalization;
using SocialRank.Formatting;
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
}
