using System.Runtime.CompilerServices;
using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>
/// A way to put rated pages into zones, and the extension point for new kinds: the library has value thresholds
/// (<see cref="ThresholdZoneScheme"/>), bands of final places (<see cref="PlaceBandZoneScheme"/>) and shares of the pages
/// (<see cref="QuantileZoneScheme"/>); derive from this class for any other kind ("top 10 % per network", ...).
/// </summary>
/// <remarks>
/// <para>A scheme has a <see cref="Name"/>, the list of <see cref="Zones"/> it can give, and one member to implement,
/// <see cref="AssignZones"/>, which reads the rating through a read-only <see cref="ZoneInput"/> and writes each row's
/// zone as its 1-based position in <see cref="Zones"/> (0 for no zone). The rating calls it once per evaluation, after the
/// final places, and checks what it wrote.</para>
/// <para>A scheme must be immutable and thread-safe (a method may be evaluated on several threads at once), its
/// <see cref="Zones"/> the same list every time, with at most <see cref="MaxZones"/> zones.</para>
/// </remarks>
public abstract class ZoneScheme
{
    /// <summary>The largest number of zones a scheme may give.</summary>
    public const int MaxZones = byte.MaxValue;

    /// <summary>Initializes a scheme.</summary>
    /// <param name="name">The scheme's name, unique within a rating method, e.g. <c>final table</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    protected ZoneScheme(string name)
    {
        Name = Throw.IfBlank(name);
    }

    /// <summary>Gets the scheme's name, unique within a rating method, e.g. <c>final table</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets every zone the scheme can give, without repeats and at most <see cref="MaxZones"/> (validated when a method is
    /// built); <see cref="AssignZones"/> refers to them by position.
    /// </summary>
    public abstract IReadOnlyList<Zone> Zones { get; }

    /// <summary>
    /// Gets the name of the indicator whose values the scheme reads, if it reads one; a method with such a scheme is
    /// validated to have that indicator.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (the scheme reads no indicator, or finds its own).</value>
    public virtual string? IndicatorName => null;

    /// <summary>Returns the scheme's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>
    /// Puts each rated page into a zone: writes, for each row of <paramref name="input"/>, the 1-based position in
    /// <see cref="Zones"/> of the row's zone into <paramref name="zones"/>, or 0 for no zone.
    /// </summary>
    /// <param name="input">The rating, read-only: final places and order, totals, indicators' values and places, by row.</param>
    /// <param name="zones">One entry per row (<see cref="ZoneInput.Count"/> of them), all 0 on entry.</param>
    /// <remarks>A code above <see cref="Zones"/>' count makes the evaluation throw an <see cref="InvalidOperationException"/>.</remarks>
    protected abstract void AssignZones(ZoneInput input, Span<byte> zones);

    /// <summary>
    /// Returns whether <see cref="AssignZones"/> reads <see cref="ZoneInput.Order"/> when the final places are (or are not)
    /// first positions: a re-rating that only needs the zones may then skip sorting the rows. True for schemes of other
    /// assemblies, which may read anything.
    /// </summary>
    internal virtual bool ReadsOrder(bool placesAreFirstPositions) => true;

    /// <summary>Writes each row's zone code into <paramref name="codes"/> with <see cref="AssignZones"/>, and checks the codes.</summary>
    internal void Assign(IZoneSource source, Span<byte> codes)
    {
        AssignZones(new ZoneInput(source), codes);
        int count = Zones.Count;
        if (count < MaxZones)
        {
            int bad = codes.IndexOfAnyInRange((byte)(count + 1), byte.MaxValue);
            if (bad >= 0)
            {
                Throw.BadZoneCode(Name, bad, codes[bad], count);
            }
        }
    }

    /// <summary>Returns the zone a code stands for; <see langword="null"/> for code 0.</summary>
    internal Zone? ZoneOfCode(byte code) => code == 0 ? null : Zones[code - 1];

    /// <summary>Returns the zones without <see langword="null"/>s and repeats, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private protected static IReadOnlyList<Zone> Distinct(IEnumerable<Zone?> zones)
    {
        var list = new List<Zone>();
        foreach (Zone? zone in zones)
        {
            if (zone is not null && !list.Contains(zone))
            {
                list.Add(zone);
            }
        }

        return list.AsReadOnly();
    }

    /// <summary>Returns the code of <paramref name="zone"/> in <paramref name="zones"/>: its 1-based position, 0 for <see langword="null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private protected static byte CodeIn(IReadOnlyList<Zone> zones, Zone? zone)
    {
        if (zone is null)
        {
            return 0;
        }

        for (int i = 0; i < zones.Count; i++)
        {
            if (zones[i] == zone)
            {
                return (byte)(i + 1);
            }
        }

        return 0;
    }
}
