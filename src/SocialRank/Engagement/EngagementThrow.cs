using System.Globalization;

namespace SocialRank.Engagement;

/// <summary>The one place that builds the exceptions of the Engagement folder.</summary>
internal static class EngagementThrow
{
    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static ArgumentOutOfRangeException BadRate(double value, string name)
        => new(nameof(value), Invariant($"An engagement rate ({name}) must be a finite number >= 0 but was {Format(value)}."));

    internal static ArgumentOutOfRangeException BadCount(double count, string name)
        => new(nameof(count), Invariant($"{name} must be a finite number >= 0 but was {Format(count)}."));

    internal static ArgumentOutOfRangeException BadDays(double days)
        => new(nameof(days), Invariant($"The period must last a finite number of days above 0 but was {Format(days)}."));

    internal static ArgumentException BadTier(string table, int index, string problem)
        => new(Invariant($"ER norm table '{table}': tier {index + 1} {problem}"));

    internal static ArgumentException NoTiers(string table)
        => new(Invariant($"ER norm table '{table}' has no tiers; give it at least one."));

    internal static ArgumentException TiersOverlap(string table, int index, ErNormTier previous, ErNormTier next)
        => new(Invariant($"ER norm table '{table}': tier {index + 1} starts at {Format(next.MinFollowers)} followers, before tier {index} ends at {Format(previous.MaxFollowers ?? double.PositiveInfinity)}; tiers must be sorted and must not overlap."));

    internal static ArgumentException UnboundedNotLast(string table, int index)
        => new(Invariant($"ER norm table '{table}': tier {index + 1} has no upper follower bound, but only the last tier may be unbounded."));
}
