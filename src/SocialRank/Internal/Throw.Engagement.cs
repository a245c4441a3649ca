using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the engagement-rate family and its norms (<c>Engagement/</c>).</summary>
internal static partial class Throw
{
    /// <summary>An engagement rate, given in <paramref name="paramName"/> (percent or fraction), that is negative or not finite.</summary>
    [DoesNotReturn]
    internal static void BadRate(double value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"An engagement rate ({paramName}) must be a finite number >= 0 but was {Format(value)}."));

    /// <summary>A count (<paramref name="name"/>) that is negative or infinite.</summary>
    [DoesNotReturn]
    internal static void BadCount(double count, string name, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{name} must be a finite number >= 0 but was {Format(count)}."));

    /// <summary>A period that does not last a finite number of days above 0.</summary>
    [DoesNotReturn]
    internal static void BadDays(double days, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"The period must last a finite number of days above 0 but was {Format(days)}."));

    /// <summary>A tier's lowest follower count that is negative or not finite.</summary>
    [DoesNotReturn]
    internal static void BadTierStart(double minFollowers, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"A tier's lowest follower count must be a finite number >= 0 but was {Format(minFollowers)}."));

    /// <summary>A tier's follower bound that is not above its lowest follower count.</summary>
    [DoesNotReturn]
    internal static void BadTierEnd(double minFollowers, double maxFollowers, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"A tier's follower bound must be above its lowest follower count {Format(minFollowers)} but was {Format(maxFollowers)}."));

    /// <summary>A tier whose lowest normal rate is above its highest (the rates as they print, e.g. <c>5%</c>).</summary>
    [DoesNotReturn]
    internal static void TierRatesReversed(string low, string high, string paramName)
        => throw new ArgumentException(Invariant($"A tier's lowest normal rate {low} is above its highest normal rate {high}."), paramName);

    /// <summary>An ER norm table without tiers.</summary>
    [DoesNotReturn]
    internal static void NoTiers(string table)
        => throw new ArgumentException(Invariant($"ER norm table '{table}' has no tiers; give it at least one."));

    /// <summary>Tier <paramref name="index"/> (0-based) starts before the tier before it ends.</summary>
    [DoesNotReturn]
    internal static void TiersOverlap(string table, int index, double start, double previousEnd)
        => throw new ArgumentException(Invariant($"ER norm table '{table}': tier {index + 1} starts at {Format(start)} followers, before tier {index} ends at {Format(previousEnd)}; tiers must be sorted and must not overlap."));

    /// <summary>Tier <paramref name="index"/> (0-based), not the last, has no upper follower bound.</summary>
    [DoesNotReturn]
    internal static void UnboundedNotLast(string table, int index)
        => throw new ArgumentException(Invariant($"ER norm table '{table}': tier {index + 1} has no upper follower bound, but only the last tier may be unbounded."));
}
