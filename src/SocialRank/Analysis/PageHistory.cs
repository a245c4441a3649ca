using SocialRank.Zones;

namespace SocialRank.Analysis;

/// <summary>One page's places across editions (<see cref="EditionComparison.History{TPage}"/>).</summary>
/// <param name="Id">The page's id (in the latest edition that has it, after the id map).</param>
/// <param name="Name">The page's display name in the latest edition that rates it.</param>
/// <param name="Places">The page's final place in each edition, oldest first; <see langword="null"/> where it was not rated (absent or excluded).</param>
/// <param name="Zones">The page's zone of the first zone scheme in each edition; <see langword="null"/> where it was not rated or the method has no zones.</param>
public sealed record PageHistory(string Id, string Name, IReadOnlyList<double?> Places, IReadOnlyList<Zone?> Zones)
{
    /// <summary>Gets the page's place in the latest edition, or <see langword="null"/> when it is not rated there.</summary>
    public double? Latest => Places.Count == 0 ? null : Places[^1];

    /// <summary>Gets the page's zone in the latest edition that rates it (the colour of its line in a bump chart), or <see langword="null"/>.</summary>
    public Zone? LatestZone
    {
        get
        {
            for (int e = Places.Count - 1; e >= 0; e--)
            {
                if (Places[e] is not null)
                {
                    return Zones[e];
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Gets the change from the first edition that rates the page to the latest (place then minus place now: positive is
    /// up), or <see langword="null"/> when the latest edition does not rate it or is the first to (a new page).
    /// </summary>
    public double? Change
    {
        get
        {
            int first = 0;
            while (first < Places.Count && Places[first] is null)
            {
                first++;
            }

            return first < Places.Count - 1 && Latest is double last ? Places[first]!.Value - last : null;
        }
    }
}
