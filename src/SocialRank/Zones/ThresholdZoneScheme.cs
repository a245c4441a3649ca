using System.Runtime.CompilerServices;
using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>
/// Zones by value thresholds on one indicator or on the total (METHOD section 4), e.g. "≥ 10 green, ≥ 5 white,
/// otherwise red". The bands must cover every number exactly once: sorted from the lowest values up, the first without
/// a lower bound, the last without an upper bound, and each bound shared by two neighbours included in exactly one of them.
/// </summary>
/// <remarks>
/// In a rating, an indicator's values are zoned as they were compared: rounded to the indicator's
/// <see cref="Ranking.Precision"/> (for a ratio of counts, the exact ratio rounded; half away from zero unless the method says
/// otherwise), so a page shown as <c>10.00</c> is zoned as 10, and pages that share a place share the zone. A missing
/// value gets <see cref="MissingZone"/>.
/// </remarks>
public sealed class ThresholdZoneScheme : ZoneScheme
{
    /// <summary>The largest number of bands a scheme may have.</summary>
    public const int MaxBands = 250;

    private readonly ValueBand[] _bands;
    private readonly string? _indicator;

    /// <summary>The zone code (position in <see cref="Zones"/>) of each band, by 0-based band index, then of a missing value.</summary>
    private readonly byte[] _codes;

    private ThresholdZoneScheme(string name, string? indicator, IEnumerable<ValueBand> bands, Zone? missingZone)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _indicator = indicator;
        _bands = [.. bands];
        MissingZone = missingZone;
        Validate(Name, _bands);
        Zone?[] zones = [.. _bands.Select(b => b.Zone), missingZone];
        Zones = Distinct(zones);
        _codes = [.. zones.Select(z => CodeIn(Zones, z))];
    }

    /// <summary>Gets the name of the indicator the scheme zones, or <see langword="null"/> when it zones the total.</summary>
    public override string? IndicatorName => _indicator;

    /// <summary>Gets a value indicating whether the scheme zones the total penalty rather than an indicator.</summary>
    public bool IsOnTotal => _indicator is null;

    /// <summary>Gets the bands, from the lowest values up.</summary>
    public IReadOnlyList<ValueBand> Bands => _bands;

    /// <summary>Gets the zone of a missing value, or <see langword="null"/> when a missing value gets no zone.</summary>
    public Zone? MissingZone { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Zone> Zones { get; }

    /// <summary>Builds a scheme over the values of one indicator.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="indicator">The name of the indicator whose values are zoned.</param>
    /// <param name="bands">The bands, from the lowest values up.</param>
    /// <param name="missingZone">The zone of a missing value, or <see langword="null"/> for none.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="indicator"/> or <paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty, or the bands leave a gap, overlap, are unsorted, have equal bounds or are more than <see cref="MaxBands"/>; the message says which.</exception>
    public static ThresholdZoneScheme OnIndicator(string name, string indicator, IEnumerable<ValueBand> bands, Zone? missingZone)
        => new(name, Throw.IfBlank(indicator), bands, missingZone);

    /// <summary>Builds a scheme over the total penalty (fewer points are better, so low bands are the leaders).</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="bands">The bands, from the lowest values up.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty, or the bands leave a gap, overlap, are unsorted, have equal bounds or are more than <see cref="MaxBands"/>; the message says which.</exception>
    public static ThresholdZoneScheme OnTotal(string name, IEnumerable<ValueBand> bands)
        => new(name, null, bands, null);

    /// <summary>Returns the zone of <paramref name="value"/>.</summary>
    /// <param name="value">The value; NaN is missing.</param>
    /// <returns>The zone of the band that contains the value, or <see cref="MissingZone"/> for NaN.</returns>
    public Zone? ZoneOf(double value) => ZoneOfCode(CodeOf(value));

    /// <inheritdoc/>
    // Stryker disable once Boolean : true only makes a re-rating sort an order this scheme never reads (time, not zones)
    internal override bool ReadsOrder(bool placesAreFirstPositions) => false;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AssignZones(ZoneInput input, Span<byte> zones)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The values as compared: pages that share a place by their rounded value share the zone too.
        ReadOnlySpan<double> values = _indicator is null ? input.Totals : input.ComparedValues(_indicator);
        for (int r = 0; r < zones.Length; r++)
        {
            zones[r] = CodeOf(values[r]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private byte CodeOf(double value)
    {
        if (double.IsNaN(value))
        {
            return _codes[^1];
        }

        // Bands are sorted and few: a linear scan from the top is as fast as a binary search here.
        for (int i = _bands.Length - 1; i >= 0; i--)
        {
            if (_bands[i].Contains(value))
            {
                return _codes[i];
            }
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Validate(string scheme, ValueBand[] bands)
    {
        Throw.IfBandCountOutOfRange(scheme, bands.Length, MaxBands);

        for (int i = 0; i < bands.Length; i++)
        {
            ValueBand band = bands[i];
            Throw.IfBandIncomplete(scheme, i, band, band?.Zone);

            if (band.Lower is ZoneBound lo && band.Upper is ZoneBound hi)
            {
                if (lo.Value > hi.Value)
                {
                    Throw.LowerAboveUpper(scheme, band.Zone.Name, lo.Value, hi.Value);
                }

                if (lo.Value == hi.Value)
                {
                    Throw.EqualBounds(scheme, band.Zone.Name, lo.Value);
                }
            }
        }

        // Sorting first: an unsorted list would otherwise be reported as gaps and overlaps.
        for (int i = 1; i < bands.Length; i++)
        {
            ValueBand previous = bands[i - 1], next = bands[i];
            if (next.Lower is null)
            {
                Throw.UnboundedBelowNotFirst(scheme, next.Zone.Name);
            }

            ZoneBound lower = next.Lower.Value;

            if (previous.Lower is ZoneBound previousLower && lower.Value == previousLower.Value)
            {
                Throw.SameStart(scheme, previous.Zone.Name, next.Zone.Name, lower.Value);
            }

            if (previous.Lower is ZoneBound earlierLower && lower.Value < earlierLower.Value)
            {
                Throw.Unsorted(scheme, previous.Zone.Name, earlierLower.Value, next.Zone.Name, lower.Value);
            }
        }

        for (int i = 1; i < bands.Length; i++)
        {
            ValueBand previous = bands[i - 1], next = bands[i];
            ZoneBound lower = next.Lower!.Value;
            if (previous.Upper is null)
            {
                Throw.UnboundedAboveNotLast(scheme, previous.Zone.Name);
            }

            ZoneBound upper = previous.Upper.Value;

            if (lower.Value < upper.Value)
            {
                Throw.OverlapBetween(scheme, previous.Zone.Name, next.Zone.Name, lower.Value, upper.Value);
            }

            if (lower.Value > upper.Value)
            {
                Throw.GapBetween(scheme, previous.Zone.Name, next.Zone.Name, upper.Value, lower.Value);
            }

            if (lower.Inclusive && upper.Inclusive)
            {
                Throw.OverlapAt(scheme, previous.Zone.Name, next.Zone.Name, lower.Value);
            }

            if (!lower.Inclusive && !upper.Inclusive)
            {
                Throw.GapAt(scheme, previous.Zone.Name, next.Zone.Name, lower.Value);
            }
        }

        if (bands[0].Lower is ZoneBound first)
        {
            Throw.FirstBounded(scheme, bands[0].Zone.Name, first.Value);
        }

        if (bands[^1].Upper is ZoneBound last)
        {
            Throw.LastBounded(scheme, bands[^1].Zone.Name, last.Value);
        }
    }
}
