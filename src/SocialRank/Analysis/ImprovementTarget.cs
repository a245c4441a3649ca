using System.Globalization;
using SocialRank.Internal;

namespace SocialRank.Analysis;

/// <summary>
/// What a page should reach (METHOD section 7, "Targets"): a better final place, a final place at or above a given one,
/// or a zone. Immutable and thread-safe.
/// </summary>
public sealed class ImprovementTarget
{
    private ImprovementTarget(TargetKind kind, int? place, string? zone, string? scheme)
    {
        Kind = kind;
        Place = place;
        Zone = zone;
        Scheme = scheme;
    }

    /// <summary>Gets the target "a better final place than today's".</summary>
    public static ImprovementTarget BetterPlace { get; } = new(TargetKind.BetterPlace, null, null, null);

    /// <summary>Gets what the target asks.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the final place to reach (the page's final place must be this or a lower number), for <see cref="TargetKind.Place"/>; otherwise <see langword="null"/>.</summary>
    public int? Place { get; }

    /// <summary>Gets the name of the zone to reach, for <see cref="TargetKind.Zone"/>; otherwise <see langword="null"/>.</summary>
    public string? Zone { get; }

    /// <summary>Gets the name of the zone scheme <see cref="Zone"/> belongs to, or <see langword="null"/> for the first scheme of the method that has a zone of that name.</summary>
    public string? Scheme { get; }

    /// <summary>Returns the target "final place <paramref name="place"/> or better" (a shared place counts).</summary>
    /// <param name="place">The place, from 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="place"/> is below 1.</exception>
    public static ImprovementTarget ToPlace(int place)
    {
        if (place < 1)
        {
            Throw.TargetPlaceOutOfRange(place, nameof(place));
        }

        return new(TargetKind.Place, place, null, null);
    }

    /// <summary>
    /// Returns the target "in zone <paramref name="zone"/>": for a scheme of place bands (<see cref="Zones.PlaceBandZoneScheme"/>,
    /// whose zones are listed from place 1 down) that zone or one listed before it; for any other scheme that zone.
    /// </summary>
    /// <param name="zone">The zone's name, as the scheme names it (ordinal comparison).</param>
    /// <param name="scheme">The scheme's name, or <see langword="null"/> for the first scheme of the method with a zone named <paramref name="zone"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="zone"/> or <paramref name="scheme"/> is empty or white space.</exception>
    public static ImprovementTarget ToZone(string zone, string? scheme = null)
    {
        Throw.IfBlank(zone);
        if (scheme is not null)
        {
            Throw.IfBlank(scheme);
        }

        return new(TargetKind.Zone, null, zone, scheme);
    }

    /// <summary>Describes the target in English, e.g. <c>a better place</c>, <c>place 3</c> or <c>zone 'White zone'</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.Place => "place " + Place!.Value.ToString(CultureInfo.InvariantCulture),
        TargetKind.Zone => Scheme is null ? $"zone '{Zone}'" : $"zone '{Zone}' of '{Scheme}'",
        _ => "a better place",
    };
}
