using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>
/// The exceptions of the zone schemes (<c>Zones/</c>): bounds, and the bands of every built-in kind of scheme. Bands are
/// named by their zone's name and numbered from 1.
/// </summary>
internal static partial class Throw
{
    /// <summary>Checks that a scheme has at least one band and at most <paramref name="max"/>.</summary>
    internal static void IfBandCountOutOfRange(string scheme, int count, int max)
    {
        if (count == 0)
        {
            BadBands($"Zone scheme '{scheme}' has no bands; give it at least one.");
        }

        if (count > max)
        {
            BadBands($"Zone scheme '{scheme}' has {count} bands; at most {max} are allowed.");
        }
    }

    /// <summary>Checks that band <paramref name="index"/> (0-based) is not <see langword="null"/> and has a zone (<paramref name="zone"/>).</summary>
    internal static void IfBandIncomplete(string scheme, int index, [NotNull] object? band, object? zone)
    {
        if (band is null)
        {
            NullBand(scheme, index);
        }

        if (zone is null)
        {
            NullZone(scheme, index);
        }
    }

    /// <summary>A zone bound that is NaN or infinite.</summary>
    [DoesNotReturn]
    internal static void BoundNotFinite(double value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"A zone bound must be a finite number but was {Format(value)}."));

    /// <summary>Band <paramref name="index"/> (0-based) is <see langword="null"/>.</summary>
    [DoesNotReturn]
    private static void NullBand(string scheme, int index) => BadBands($"Zone scheme '{scheme}': band {index + 1} is null.");

    /// <summary>Band <paramref name="index"/> (0-based) has no zone.</summary>
    [DoesNotReturn]
    private static void NullZone(string scheme, int index) => BadBands($"Zone scheme '{scheme}': band {index + 1} has no zone.");

    /// <summary>A value band whose lower bound is above its upper bound.</summary>
    [DoesNotReturn]
    internal static void LowerAboveUpper(string scheme, string band, double lower, double upper)
        => BadBands($"Zone scheme '{scheme}': band '{band}' has its lower bound {Format(lower)} above its upper bound {Format(upper)}.");

    /// <summary>A value band whose bounds are equal.</summary>
    [DoesNotReturn]
    internal static void EqualBounds(string scheme, string band, double value)
        => BadBands($"Zone scheme '{scheme}': band '{band}' has the same lower and upper bound, {Format(value)}.");

    /// <summary>A value band after the first without a lower bound.</summary>
    [DoesNotReturn]
    internal static void UnboundedBelowNotFirst(string scheme, string band)
        => BadBands($"Zone scheme '{scheme}': band '{band}' has no lower bound, but only the first band may be unbounded below.");

    /// <summary>A value band before the last without an upper bound.</summary>
    [DoesNotReturn]
    internal static void UnboundedAboveNotLast(string scheme, string band)
        => BadBands($"Zone scheme '{scheme}': band '{band}' has no upper bound, but only the last band may be unbounded above.");

    /// <summary>Two value bands that start at the same value.</summary>
    [DoesNotReturn]
    internal static void SameStart(string scheme, string previous, string next, double value)
        => BadBands($"Zone scheme '{scheme}': bands '{previous}' and '{next}' both start at {Format(value)}.");

    /// <summary>A value band that starts below the band before it.</summary>
    [DoesNotReturn]
    internal static void Unsorted(string scheme, string previous, double previousStart, string next, double nextStart)
        => BadBands($"Zone scheme '{scheme}': bands are not sorted: '{next}' starts at {Format(nextStart)}, below '{previous}' before it, which starts at {Format(previousStart)}; list bands from the lowest values up.");

    /// <summary>Two value bands that overlap between two values.</summary>
    [DoesNotReturn]
    internal static void OverlapBetween(string scheme, string previous, string next, double from, double to)
        => BadBands($"Zone scheme '{scheme}': bands '{previous}' and '{next}' overlap between {Format(from)} and {Format(to)}.");

    /// <summary>Two value bands that leave a gap between two values.</summary>
    [DoesNotReturn]
    internal static void GapBetween(string scheme, string previous, string next, double from, double to)
        => BadBands($"Zone scheme '{scheme}': bands '{previous}' and '{next}' leave a gap between {Format(from)} and {Format(to)}.");

    /// <summary>Two value bands that both include the value where they meet.</summary>
    [DoesNotReturn]
    internal static void OverlapAt(string scheme, string previous, string next, double value)
        => BadBands($"Zone scheme '{scheme}': bands '{previous}' and '{next}' overlap at {Format(value)}, which both include; exactly one of them must include it.");

    /// <summary>Two value bands that both exclude the value where they meet.</summary>
    [DoesNotReturn]
    internal static void GapAt(string scheme, string previous, string next, double value)
        => BadBands($"Zone scheme '{scheme}': bands '{previous}' and '{next}' leave a gap at {Format(value)}, which neither includes; exactly one of them must include it.");

    /// <summary>A first value band with a lower bound.</summary>
    [DoesNotReturn]
    internal static void FirstBounded(string scheme, string band, double bound)
        => BadBands($"Zone scheme '{scheme}': the first band, '{band}', starts at {Format(bound)}, so lower values would have no zone; give it no lower bound.");

    /// <summary>A last value band with an upper bound.</summary>
    [DoesNotReturn]
    internal static void LastBounded(string scheme, string band, double bound)
        => BadBands($"Zone scheme '{scheme}': the last band, '{band}', ends at {Format(bound)}, so higher values would have no zone; give it no upper bound.");

    /// <summary>A place band (band <paramref name="index"/>, 0-based) that covers fewer than 1 place.</summary>
    [DoesNotReturn]
    internal static void EmptyPlaceBand(string scheme, int index, string band, int count)
        => BadBands($"Zone scheme '{scheme}': band {index + 1} ('{band}') must cover at least 1 place but covers {count}.");

    /// <summary>Place bands that cover more places than an <see cref="int"/> counts.</summary>
    [DoesNotReturn]
    internal static void TooManyPlaces(string scheme) => BadBands($"Zone scheme '{scheme}': the bands cover more than {int.MaxValue} places.");

    /// <summary>A quantile band whose share is not above 0 and at most 1.</summary>
    [DoesNotReturn]
    internal static void ShareOutOfRange(string scheme, string band, double upTo)
        => BadBands($"Zone scheme '{scheme}': band '{band}' reaches up to {Format(upTo)} of the pages; a share must be above 0 and at most 1.");

    /// <summary>A quantile band that reaches no further than the band before it.</summary>
    [DoesNotReturn]
    internal static void SharesNotIncreasing(string scheme, string band, double upTo, string previous, double previousUpTo)
        => BadBands($"Zone scheme '{scheme}': band '{band}' reaches up to {Format(upTo)} of the pages, no further than '{previous}' before it ({Format(previousUpTo)}); list bands from the best pages down, each reaching further.");

    /// <summary>A scheme that gave a row a zone code it does not have.</summary>
    [DoesNotReturn]
    internal static void BadZoneCode(string scheme, int row, byte code, int zones)
        => throw new InvalidOperationException(Invariant($"Zone scheme '{scheme}' gave row {row} the zone {code}, but it has {zones} zones: a row's zone is 0 (none) or 1 to {zones}, a position in Zones."));

    /// <summary>Bands that cannot make a scheme: an <see cref="ArgumentException"/> without a parameter (the bands as a whole are wrong).</summary>
    [DoesNotReturn]
    private static void BadBands(FormattableString message) => throw new ArgumentException(Invariant(message));
}
