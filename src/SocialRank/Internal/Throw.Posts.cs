using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SocialRank.Internal;

/// <summary>The messages of post aggregation (<c>Pages/PostAggregation</c>, <c>Pages/ReportingPeriod</c>).</summary>
internal static partial class Throw
{
    /// <summary>A period whose end is not later than its start.</summary>
    [DoesNotReturn]
    internal static void PeriodNotAfterStart(DateTimeOffset start, DateTimeOffset end, string paramName)
        => throw new ArgumentException(Invariant($"A period's end must be later than its start, but the start is {Instant(start)} and the end {Instant(end)}."), paramName);

    /// <summary>Periods out of order or overlapping.</summary>
    [DoesNotReturn]
    internal static void PeriodsOverlap(string first, string second, string paramName)
        => throw new ArgumentException(Invariant($"Periods must be in order and must not overlap, but '{second}' starts before '{first}' ends."), paramName);

    /// <summary>A list of periods that is empty.</summary>
    [DoesNotReturn]
    internal static void NoPeriods(string paramName) => throw new ArgumentException("At least one period is needed.", paramName);

    /// <summary>A post record that is <see langword="null"/>.</summary>
    [DoesNotReturn]
    internal static void NullPost(int index, string paramName)
        => throw new ArgumentException(Invariant($"Post #{index} (0-based) is null."), paramName);

    /// <summary>A period that is <see langword="null"/>.</summary>
    [DoesNotReturn]
    internal static void NullPeriod(int index, string paramName)
        => throw new ArgumentException(Invariant($"Period #{index} (0-based) is null."), paramName);

    /// <summary>An instant as messages show it: ISO 8601 with its offset.</summary>
    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
