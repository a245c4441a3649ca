namespace SocialRank.Indicators;

/// <summary>
/// Reads one field of consecutive pages held in columns: writes the values of pages <paramref name="start"/> to
/// <paramref name="start"/> + <paramref name="destination"/>.Length − 1 (NaN for missing), exactly what the field's read
/// function gives on each page as an object.
/// </summary>
/// <param name="start">The first page's 0-based index.</param>
/// <param name="destination">Receives one value per page.</param>
internal delegate void ColumnRead(int start, Span<double> destination);
