using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SocialRank.Sql;

/// <summary>The exceptions of <see cref="SqlRating"/>: what a method uses that SQL cannot compute from the page fields.</summary>
internal static class SqlThrow
{
    /// <summary>Returns <paramref name="value"/>, or throws when it is null, empty or white space (a table or column name).</summary>
    internal static string IfBlank(string? value, string name)
        => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must name a table or column but was {(value is null ? "null" : "'" + value + "'")}.", name) : value;

    [DoesNotReturn]
    internal static void NotAField(string indicator, string value)
        => throw new NotSupportedException($"Indicator '{indicator}' reads '{value}' with a function of its own, not a page field: SQL can compute only values built from PageFields (and interactions) with +, /, PercentOf and Times.");

    [DoesNotReturn]
    internal static void ConstantNotWhole(string indicator, double constant)
        => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator}' multiplies by {constant:R}, which has no exact fraction of whole numbers: SQL computes values exactly, in integers."));

    [DoesNotReturn]
    internal static void FailRule(string indicator)
        => throw new NotSupportedException($"Indicator '{indicator}' fails the rating on a missing value (MissingValueRule.Fail), which one SQL query cannot do: check the pages first, or rank missing values last or exclude them.");

    [DoesNotReturn]
    internal static void ZoneScheme(string scheme, string kind)
        => throw new NotSupportedException($"Zone scheme '{scheme}' is a {kind}: SQL writes value thresholds (ThresholdZoneScheme) and final-place bands (PlaceBandZoneScheme) only.");

    [DoesNotReturn]
    internal static void BoundNotFinite(string scheme, double bound)
        => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Zone scheme '{scheme}' has the bound {bound:R}, which SQL cannot compare exactly."));
}
