namespace SocialRank.Zones;

/// <summary>
/// The columns of a rating that zone schemes read (implemented by the rating result's column store); schemes see them
/// through the public, read-only <see cref="ZoneInput"/>.
/// </summary>
internal interface IZoneSource
{
    /// <summary>Gets the number of rated pages (rows).</summary>
    int Count { get; }

    /// <summary>Gets the final places by row.</summary>
    ReadOnlySpan<double> FinalPlaces { get; }

    /// <summary>Gets the rows in final-place order (equal places in input order).</summary>
    ReadOnlySpan<int> Order { get; }

    /// <summary>
    /// Gets a value indicating whether each row's final place is the position, in <see cref="Order"/>, of the first row
    /// that has that place (true for min and ordinal final ties), so that zones by position can be read off the places
    /// row by row.
    /// </summary>
    bool PlacesAreFirstPositions { get; }

    /// <summary>Gets the names of the method's indicators, in order.</summary>
    IReadOnlyList<string> IndicatorNames { get; }

    /// <summary>
    /// Returns the values of the named indicator by row as they were compared (rounded to the indicator's precision), or
    /// the totals when <paramref name="indicator"/> is <see langword="null"/>; an empty span for an unknown indicator.
    /// </summary>
    ReadOnlySpan<double> ComparedValues(string? indicator);

    /// <summary>Returns the places of the indicator at position <paramref name="indicator"/> by row.</summary>
    ReadOnlySpan<double> Places(int indicator);
}
