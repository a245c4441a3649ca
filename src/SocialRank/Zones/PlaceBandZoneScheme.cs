using System.Runtime.CompilerServices;
using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>
/// Zones by bands of final places (METHOD section 4), e.g. "the first 3 lead, the next 7 are the white zone, then
/// three bands of 5". Tied pages always share a zone: a group of pages sharing a final place belongs to the band of
/// the first position the group takes.
/// </summary>
/// <remarks>
/// Bands count positions in the final table (1, 2, 3, ... in final-place order), so the scheme means the same whatever
/// the tie method of the final places. Positions after the last band get <see cref="Rest"/>.
/// </remarks>
public sealed class PlaceBandZoneScheme : ZoneScheme
{
    /// <summary>The largest number of bands a scheme may have.</summary>
    public const int MaxBands = 250;

    private readonly PlaceBand[] _bands;
    private readonly int[] _ends;

    /// <summary>The zone code (position in <see cref="Zones"/>) of each band, by 0-based band index, then of the rest.</summary>
    private readonly byte[] _codes;

    /// <summary>Builds a scheme from consecutive bands of places.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="bands">The bands, from place 1 down; each covers at least one place.</param>
    /// <param name="rest">The zone of positions after the last band, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty, there is no band or more than <see cref="MaxBands"/>, a band is <see langword="null"/>, has no zone or covers fewer than 1 place, or the bands cover more than <see cref="int.MaxValue"/> places; the message says which.</exception>
    public PlaceBandZoneScheme(string name, IEnumerable<PlaceBand> bands, Zone? rest)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _bands = [.. bands];
        Rest = rest;
        Throw.IfBandCountOutOfRange(Name, _bands.Length, MaxBands);

        _ends = new int[_bands.Length];
        long end = 0;
        for (int i = 0; i < _bands.Length; i++)
        {
            PlaceBand band = _bands[i];
            Throw.IfBandIncomplete(Name, i, band, band?.Zone);

            if (band.Count < 1)
            {
                Throw.EmptyPlaceBand(Name, i, band.Zone.Name, band.Count);
            }

            end += band.Count;
            if (end > int.MaxValue)
            {
                Throw.TooManyPlaces(Name);
            }

            _ends[i] = (int)end;
        }

        var zones = new List<Zone?>(_bands.Length + 1);
        foreach (PlaceBand band in _bands)
        {
            zones.Add(band.Zone);
        }

        zones.Add(rest);
        Zones = Distinct(zones);
        _codes = [.. zones.Select(z => CodeIn(Zones, z))];
    }

    /// <summary>Gets the bands, from place 1 down.</summary>
    public IReadOnlyList<PlaceBand> Bands => _bands;

    /// <summary>Gets the zone of positions after the last band, or <see langword="null"/> when they get no zone.</summary>
    public Zone? Rest { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Zone> Zones { get; }

    /// <summary>Returns the zone of a position in the final table (1 is the first row).</summary>
    /// <param name="position">The 1-based position; for tied pages, the first position their group takes.</param>
    /// <returns>The zone of the band covering the position, <see cref="Rest"/> after the last band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    public Zone? ZoneOfPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return ZoneOfCode(CodeOf(position));
    }

    /// <summary>Reads the order only when places are not first positions (average, max and dense final ties).</summary>
    internal override bool ReadsOrder(bool placesAreFirstPositions) => !placesAreFirstPositions;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AssignZones(ZoneInput input, Span<byte> zones)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<byte> codes = zones;
        ReadOnlySpan<double> places = input.FinalPlaces;
        if (input.PlacesAreFirstPositions)
        {
            // Row by row, in input order: no jumping through the order (which misses the cache on long tables).
            int last = _ends[^1];
            byte rest = _codes[^1];
            for (int r = 0; r < codes.Length; r++)
            {
                double place = places[r];
                codes[r] = place > last ? rest : CodeOf((int)place);
            }

            return;
        }

        ReadOnlySpan<int> order = input.Order;
        byte code = 0;
        for (int i = 0; i < order.Length; i++)
        {
            int row = order[i];

            // A row that shares its final place with the row before it shares that row's zone.
            if (i == 0 || places[row] != places[order[i - 1]])
            {
                code = CodeOf(i + 1);
            }

            codes[row] = code;
        }
    }

    private byte CodeOf(int position)
    {
        int i = Array.BinarySearch(_ends, position);
        i = i >= 0 ? i : ~i;
        return _codes[Math.Min(i, _bands.Length)];
    }
}
