namespace SocialRank.Zones;

/// <summary>The columns of a rating that zone schemes read (implemented by the rating result's column store).</summary>
internal interface IZoneSource
{
    /// <summary>Gets the number of rated pages (rows).</summary>
    int Count { get; }

    /// <summary>Gets the final places by row.</summary>
    ReadOnlySpan<double> FinalPlaces { get; }

    /// <summary>Gets the rows in final-place order (equal places in input order).</summary>
    ReadOnlySpan<int> Order { get; }

    /// <summary>Returns the values of the named indicator by row, or the totals when <paramref name="indicator"/> is <see langword="null"/>.</summary>
    ReadOnlySpan<double> Values(string? indicator);

    /// <summary>Returns the precision of the named indicator, or <see langword="null"/> (also for the totals).</summary>
    int? Precision(string? indicator);
}
