using System.Runtime.CompilerServices;
using SocialRank.Internal;
using SocialRank.Ranking;

namespace SocialRank.Zones;

/// <summary>
/// Zones by shares of the rated pages, counted from the best: "the top 10 % by total", or quartiles of an indicator.
/// Tied pages share a zone: a page's position is 1 + the number of pages strictly better than it (its min-tie place), and
/// it falls in the first band whose <see cref="QuantileBand.UpTo"/> is at least position ÷ pages.
/// </summary>
/// <remarks>
/// <para>On the total, fewer points are better. On an indicator, better is as the indicator says: a page's position comes
/// from its places on the indicator (re-ranked with min ties, so pages tied on the value share the position whatever the
/// method's tie method, except with ordinal indicator ties, which give tied pages distinct places). A page whose value is
/// missing gets <see cref="MissingZone"/> and is not counted among the pages the shares are of.</para>
/// <para>With 25 pages, the top 10 % are the pages at positions 1 and 2 (2 ÷ 25 = 0.08; 3 ÷ 25 = 0.12 is beyond 0.1); two
/// pages tied at position 2 are both in it.</para>
/// <para>This scheme is written only against the public extension point (<see cref="ZoneScheme"/>, <see cref="ZoneInput"/>,
/// <see cref="Ranker"/>), as a user's own scheme would be.</para>
/// </remarks>
public sealed class QuantileZoneScheme : ZoneScheme
{
    /// <summary>The largest number of bands a scheme may have.</summary>
    public const int MaxBands = 250;

    private static readonly RankOptions MinTiesAscending = new() { Ties = TieMethod.Min, Direction = RankDirection.Ascending };

    private readonly QuantileBand[] _bands;
    private readonly double[] _upTo;
    private readonly string? _indicator;

    /// <summary>The zone code (position in <see cref="Zones"/>) of each band, then of the rest, then of a missing value.</summary>
    private readonly byte[] _codes;

    private QuantileZoneScheme(string name, string? indicator, IEnumerable<QuantileBand> bands, Zone? rest, Zone? missingZone)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _indicator = indicator;
        _bands = [.. bands];
        Rest = rest;
        MissingZone = missingZone;
        _upTo = Validate(Name, _bands);

        var zones = new List<Zone>();
        Zone?[] all = [.. _bands.Select(b => b.Zone), rest, missingZone];
        foreach (Zone? zone in all)
        {
            if (zone is not null && !zones.Contains(zone))
            {
                zones.Add(zone);
            }
        }

        Zones = zones.AsReadOnly();
        // Stryker disable once Conditional : a null zone is not in the list, so IndexOf gives -1 and the code is 0 on both branches
        _codes = [.. all.Select(z => z is null ? (byte)0 : (byte)(zones.IndexOf(z) + 1))];
    }

    /// <summary>Gets the bands, from the best pages down.</summary>
    public IReadOnlyList<QuantileBand> Bands => _bands;

    /// <summary>Gets the zone of pages beyond the last band, or <see langword="null"/> when they get no zone.</summary>
    public Zone? Rest { get; }

    /// <summary>Gets the zone of a page whose value is missing, or <see langword="null"/> when it gets no zone (always <see langword="null"/> on the total).</summary>
    public Zone? MissingZone { get; }

    /// <summary>Gets a value indicating whether the scheme zones the total penalty rather than an indicator.</summary>
    public bool IsOnTotal => _indicator is null;

    /// <inheritdoc/>
    public override IReadOnlyList<Zone> Zones { get; }

    /// <summary>Gets the name of the indicator the scheme zones, or <see langword="null"/> when it zones the total.</summary>
    public override string? IndicatorName => _indicator;

    /// <summary>Builds a scheme over the total penalty (fewer points are better).</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="bands">The bands, from the best pages down, each reaching further than the one before.</param>
    /// <param name="rest">The zone of pages beyond the last band, or <see langword="null"/> for none.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty, there is no band or more than <see cref="MaxBands"/>, a band is <see langword="null"/> or has no zone, a share is not above 0 and at most 1, or the shares do not increase; the message says which.</exception>
    public static QuantileZoneScheme OnTotal(string name, IEnumerable<QuantileBand> bands, Zone? rest)
        => new(name, null, bands, rest, null);

    /// <summary>Builds a scheme over the places of one indicator (better as the indicator says).</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="indicator">The name of the indicator.</param>
    /// <param name="bands">The bands, from the best pages down, each reaching further than the one before.</param>
    /// <param name="rest">The zone of pages beyond the last band, or <see langword="null"/> for none.</param>
    /// <param name="missingZone">The zone of a page whose value is missing, or <see langword="null"/> for none.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="indicator"/> or <paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty, there is no band or more than <see cref="MaxBands"/>, a band is <see langword="null"/> or has no zone, a share is not above 0 and at most 1, or the shares do not increase; the message says which.</exception>
    public static QuantileZoneScheme OnIndicator(string name, string indicator, IEnumerable<QuantileBand> bands, Zone? rest, Zone? missingZone)
    {
        return new(name, Throw.IfBlank(indicator), bands, rest, missingZone);
    }

    /// <summary>Builds a scheme of the best pages by total, e.g. <c>Top("top 10 %", 0.1, top, others)</c>.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="share">The share of the pages in the top zone: above 0 and at most 1.</param>
    /// <param name="top">The zone of the top pages.</param>
    /// <param name="rest">The zone of the other pages, or <see langword="null"/> for none.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty, <paramref name="top"/> is <see langword="null"/>, or <paramref name="share"/> is not above 0 and at most 1; the message says which.</exception>
    public static QuantileZoneScheme Top(string name, double share, Zone top, Zone? rest)
        => OnTotal(name, [new QuantileBand(share, top)], rest);

    /// <inheritdoc/>
    // Stryker disable once Boolean : true only makes a re-rating sort an order this scheme never reads (time, not zones)
    internal override bool ReadsOrder(bool placesAreFirstPositions) => false;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AssignZones(ZoneInput input, Span<byte> zones)
    {
        // Stryker disable once Statement : only ZoneScheme.Assign calls this (the class is sealed), always with a new ZoneInput
        ArgumentNullException.ThrowIfNull(input);
        int n = input.Count;
        if (n == 0)
        {
            return;
        }

        // Positions from the best, with min ties: lower totals, or better (lower) places on the indicator.
        ReadOnlySpan<double> key = _indicator is null ? input.Totals : input.Places(_indicator);
        ReadOnlySpan<double> values = _indicator is null ? default : input.ComparedValues(_indicator);
        var positions = new double[n];
        Ranker.Rank(key, positions, MinTiesAscending);

        int counted = n;
        if (_indicator is not null)
        {
            // Missing values rank last on their indicator, so the others' positions are among themselves.
            foreach (double value in values)
            {
                counted -= double.IsNaN(value) ? 1 : 0;
            }
        }

        byte rest = _codes[_bands.Length], missing = _codes[_bands.Length + 1];
        for (int r = 0; r < n; r++)
        {
            if (_indicator is not null && double.IsNaN(values[r]))
            {
                zones[r] = missing;
                continue;
            }

            // The first band reaching at least this far; an exact division, so a share written as a decimal compares as meant.
            double share = positions[r] / counted;
            int band = Array.BinarySearch(_upTo, share);
            band = band >= 0 ? band : ~band;
            // Stryker disable once Equality,Conditional : band is at most _bands.Length (BinarySearch's complement) and _codes[_bands.Length] is rest, so band == _bands.Length gives rest either way
            zones[r] = band < _bands.Length ? _codes[band] : rest;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Validate(string scheme, QuantileBand[] bands)
    {
        Throw.IfBandCountOutOfRange(scheme, bands.Length, MaxBands);

        var upTo = new double[bands.Length];
        for (int i = 0; i < bands.Length; i++)
        {
            QuantileBand band = bands[i];
            Throw.IfBandIncomplete(scheme, i, band, band?.Zone);

            if (!(band.UpTo > 0 && band.UpTo <= 1))
            {
                Throw.ShareOutOfRange(scheme, band.Zone.Name, band.UpTo);
            }

            if (i > 0 && band.UpTo <= upTo[i - 1])
            {
                Throw.SharesNotIncreasing(scheme, band.Zone.Name, band.UpTo, bands[i - 1].Zone.Name, upTo[i - 1]);
            }

            upTo[i] = band.UpTo;
        }

        return upTo;
    }
}
