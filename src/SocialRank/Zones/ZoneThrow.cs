using System.Globalization;

namespace SocialRank.Zones;

/// <summary>The one place that builds the exceptions of the Zones folder, so that messages stay fixed and specific.</summary>
internal static class ZoneThrow
{
    internal static string CheckName(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        return string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("A name must not be empty or white space.", parameter)
            : name;
    }

    internal static ArgumentOutOfRangeException BoundNotFinite(double value)
        => new(nameof(value), Invariant($"A zone bound must be a finite number but was {Format(value)}."));

    internal static ArgumentException NoBands(string scheme)
        => Bands($"Zone scheme '{scheme}' has no bands; give it at least one.");

    internal static ArgumentException TooManyBands(string scheme, int count, int max)
        => Bands($"Zone scheme '{scheme}' has {count} bands; at most {max} are allowed.");

    internal static ArgumentException NullBand(string scheme, int index)
        => Bands($"Zone scheme '{scheme}': band {index + 1} is null.");

    internal static ArgumentException NullZone(string scheme, int index)
        => Bands($"Zone scheme '{scheme}': band {index + 1} has no zone.");

    internal static ArgumentException LowerAboveUpper(string scheme, ValueBand band)
        => Bands($"Zone scheme '{scheme}': band '{band.Zone.Name}' has its lower bound {Format(band.Lower!.Value.Value)} above its upper bound {Format(band.Upper!.Value.Value)}.");

    internal static ArgumentException EqualBounds(string scheme, ValueBand band)
        => Bands($"Zone scheme '{scheme}': band '{band.Zone.Name}' has the same lower and upper bound, {Format(band.Lower!.Value.Value)}.");

    internal static ArgumentException UnboundedBelowNotFirst(string scheme, ValueBand band)
        => Bands($"Zone scheme '{scheme}': band '{band.Zone.Name}' has no lower bound, but only the first band may be unbounded below.");

    internal static ArgumentException UnboundedAboveNotLast(string scheme, ValueBand band)
        => Bands($"Zone scheme '{scheme}': band '{band.Zone.Name}' has no upper bound, but only the last band may be unbounded above.");

    internal static ArgumentException SameStart(string scheme, ValueBand previous, ValueBand next, double value)
        => Bands($"Zone scheme '{scheme}': bands '{previous.Zone.Name}' and '{next.Zone.Name}' both start at {Format(value)}.");

    internal static ArgumentException Unsorted(string scheme, ValueBand previous, ValueBand next)
        => Bands($"Zone scheme '{scheme}': bands are not sorted: '{next.Zone.Name}' starts at {Format(next.Lower!.Value.Value)}, below '{previous.Zone.Name}' before it, which starts at {Format(previous.Lower!.Value.Value)}; list bands from the lowest values up.");

    internal static ArgumentException OverlapBetween(string scheme, ValueBand previous, ValueBand next, double from, double to)
        => Bands($"Zone scheme '{scheme}': bands '{previous.Zone.Name}' and '{next.Zone.Name}' overlap between {Format(from)} and {Format(to)}.");

    internal static ArgumentException GapBetween(string scheme, ValueBand previous, ValueBand next, double from, double to)
        => Bands($"Zone scheme '{scheme}': bands '{previous.Zone.Name}' and '{next.Zone.Name}' leave a gap between {Format(from)} and {Format(to)}.");

    internal static ArgumentException OverlapAt(string scheme, ValueBand previous, ValueBand next, double value)
        => Bands($"Zone scheme '{scheme}': bands '{previous.Zone.Name}' and '{next.Zone.Name}' overlap at {Format(value)}, which both include; exactly one of them must include it.");

    internal static ArgumentException GapAt(string scheme, ValueBand previous, ValueBand next, double value)
        => Bands($"Zone scheme '{scheme}': bands '{previous.Zone.Name}' and '{next.Zone.Name}' leave a gap at {Format(value)}, which neither includes; exactly one of them must include it.");

    internal static ArgumentException FirstBounded(string scheme, ValueBand band, ZoneBound bound)
        => Bands($"Zone scheme '{scheme}': the first band, '{band.Zone.Name}', starts at {Format(bound.Value)}, so lower values would have no zone; give it no lower bound.");

    internal static ArgumentException LastBounded(string scheme, ValueBand band, ZoneBound bound)
        => Bands($"Zone scheme '{scheme}': the last band, '{band.Zone.Name}', ends at {Format(bound.Value)}, so higher values would have no zone; give it no upper bound.");

    internal static ArgumentException EmptyPlaceBand(string scheme, int index, PlaceBand band)
        => Bands($"Zone scheme '{scheme}': band {index + 1} ('{band.Zone.Name}') must cover at least 1 place but covers {band.Count}.");

    internal static ArgumentException TooManyPlaces(string scheme)
        => Bands($"Zone scheme '{scheme}': the bands cover more than {int.MaxValue} places.");

    internal static KeyNotFoundException NoIndicator(string indicator)
        => new(Invariant($"The method has no indicator '{indicator}'."));

    internal static InvalidOperationException BadZoneCode(string scheme, int row, byte code, int zones)
        => new(Invariant($"Zone scheme '{scheme}' gave row {row} the zone {code}, but it has {zones} zones: a row's zone is 0 (none) or 1 to {zones}, a position in Zones."));

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ArgumentException Bands(FormattableString message) => new(message.ToString(CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
