using System.Runtime.CompilerServices;
using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>
/// What a <see cref="ZoneScheme"/> may read of a rating to put its pages into zones: the number of rated pages, their
/// final places and final order, their totals, and each indicator's compared values and places. Every column is indexed
/// by row: the rated pages in input order (excluded pages left out), the same rows the scheme writes its zones for.
/// Read-only; valid only during <see cref="ZoneScheme.AssignZones"/>.
/// </summary>
public sealed class ZoneInput
{
    private readonly IZoneSource _source;

    internal ZoneInput(IZoneSource source)
    {
        _source = source;
    }

    /// <summary>Gets the number of rated pages (rows).</summary>
    public int Count => _source.Count;

    /// <summary>Gets the final place of each row (1 is the best; shared places as the method's final tie method gives them).</summary>
    public ReadOnlySpan<double> FinalPlaces => _source.FinalPlaces;

    /// <summary>Gets the rows in final-place order, best first (equal places in input order): <c>Order[0]</c> is the row of the first page of the final table.</summary>
    public ReadOnlySpan<int> Order => _source.Order;

    /// <summary>
    /// Gets a value indicating whether each row's final place is the 1-based position, in <see cref="Order"/>, of the
    /// first row with that place (true for min and ordinal final ties), so that zones by position can be read off the
    /// final places row by row without walking the order.
    /// </summary>
    public bool PlacesAreFirstPositions => _source.PlacesAreFirstPositions;

    /// <summary>Gets the total (the sum of weighted penalties; fewer is better) of each row.</summary>
    public ReadOnlySpan<double> Totals => _source.ComparedValues(null);

    /// <summary>Gets the names of the method's indicators, in order.</summary>
    public IReadOnlyList<string> IndicatorNames => _source.IndicatorNames;

    /// <summary>
    /// Returns each row's value on the indicator named <paramref name="indicator"/> as it was compared: rounded to the
    /// indicator's precision (in full for an exact indicator), so that pages that share a place by their value can share a
    /// zone too. NaN is a missing value.
    /// </summary>
    /// <param name="indicator">The indicator's name (ordinal comparison).</param>
    /// <returns>The values by row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The method has no indicator of that name.</exception>
    public ReadOnlySpan<double> ComparedValues(string indicator) => _source.ComparedValues(IndicatorNames[IndexOf(indicator)]);

    /// <summary>
    /// Returns each row's place on the indicator named <paramref name="indicator"/> (1 is the best; ties and missing values
    /// placed as the method says: a missing value ranks last).
    /// </summary>
    /// <param name="indicator">The indicator's name (ordinal comparison).</param>
    /// <returns>The places by row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The method has no indicator of that name.</exception>
    public ReadOnlySpan<double> Places(string indicator) => _source.Places(IndexOf(indicator));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IndexOf(string indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        IReadOnlyList<string> names = IndicatorNames;
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], indicator, StringComparison.Ordinal))
            {
                return i;
            }
        }

        Throw.NoIndicator(indicator);
        // Stryker disable once all : not reached, Throw.NoIndicator always throws
        return -1; // not reached: NoIndicator throws
    }
}
