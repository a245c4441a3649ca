using System.Globalization;

namespace SocialRank.Cli.Output;

/// <summary>How the renderers over <see cref="RatingView"/> write numbers (invariant culture).</summary>
internal static class ViewFormat
{
    /// <summary>Formats a value at the indicator's precision; whole numbers without decimals.</summary>
    internal static string Value(double value, int? precision, Labels labels)
    {
        if (double.IsNaN(value))
        {
            return labels.Missing;
        }

        if (precision is int p)
        {
            return value.ToString("N" + p.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a place or total: whole numbers plainly, averages with their fraction.</summary>
    internal static string Number(double value)
        => double.IsNaN(value) ? "" : value.ToString("0.##", CultureInfo.InvariantCulture);
}
