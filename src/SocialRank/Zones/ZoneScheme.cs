namespace SocialRank.Zones;

/// <summary>
/// A way to put rated pages into zones: by value thresholds (<see cref="ThresholdZoneScheme"/>) or by bands of final
/// places (<see cref="PlaceBandZoneScheme"/>). Immutable and validated when built.
/// </summary>
public abstract class ZoneScheme
{
    private protected ZoneScheme(string name)
    {
        Name = ZoneThrow.CheckName(name, nameof(name));
    }

    /// <summary>Gets the scheme's name, unique within a rating method, e.g. <c>final table</c>.</summary>
    public string Name { get; }

    /// <summary>Gets every zone the scheme can give, in the order of its bands (then the missing or rest zone), without repeats.</summary>
    public abstract IReadOnlyList<Zone> Zones { get; }

    /// <summary>Gets the indicator whose values the scheme reads, if any (validated against the method).</summary>
    internal virtual string? Indicator => null;

    /// <summary>Returns the scheme's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Writes each row's zone code into <paramref name="codes"/>: 0 for no zone, otherwise a code for <see cref="ZoneOfCode"/>.</summary>
    internal abstract void Assign(IZoneSource source, Span<byte> codes);

    /// <summary>Returns the zone a code stands for; <see langword="null"/> for code 0.</summary>
    internal abstract Zone? ZoneOfCode(byte code);

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
}
