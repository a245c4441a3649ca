using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>The columns of a rating result, one entry per rated page (row), rows in input order.</summary>
internal sealed class RatingColumns : IZoneSource
{
    internal const sbyte DecidedByTotal = -1;
    internal const sbyte DecidedShared = -2;

    internal RatingColumns(string[] names, Precision[] precisions, double[] weights, double[][] valueColumns, double[][] placeColumns)
    {
        Names = names;
        Precisions = precisions;
        Weights = weights;
        ValueColumns = valueColumns;
        PlaceColumns = placeColumns;
        Totals = [];
        Final = [];
        OrderArray = [];
        ZoneCodes = [];
    }

    public int Count { get; set; }

    internal string[] Names { get; }

    internal Precision[] Precisions { get; }

    internal double[] Weights { get; }

    /// <summary>Gets each row's 0-based input index, or <see langword="null"/> when no page was excluded (row = input index).</summary>
    internal int[]? InputIndices { get; set; }

    /// <summary>Gets the values by indicator, then row (arrays may be longer than <see cref="Count"/>).</summary>
    internal double[][] ValueColumns { get; }

    /// <summary>
    /// Gets the values as compared, by indicator, then row: rounded to the indicator's precision (the same arrays as
    /// <see cref="ValueColumns"/> for exact indicators).
    /// </summary>
    internal double[][] ComparedColumns { get; set; } = [];

    /// <summary>Gets the places by indicator, then row.</summary>
    internal double[][] PlaceColumns { get; }

    internal double[] Totals { get; set; }

    internal double[] Final { get; set; }

    internal int[] OrderArray { get; set; }

    /// <summary>Gets what decided each row's place when tie-breakers exist: -1 the total, -2 shared, k tie-breaker k; <see langword="null"/> without tie-breakers.</summary>
    internal sbyte[]? Decided { get; set; }

    internal byte[][] ZoneCodes { get; set; }

    public ReadOnlySpan<double> FinalPlaces => Final.AsSpan(0, Count);

    /// <summary>Gets or sets a value indicating whether final places are first positions in the order (min or ordinal final ties).</summary>
    public bool PlacesAreFirstPositions { get; set; }

    public ReadOnlySpan<int> Order => OrderArray.AsSpan(0, Count);

    public IReadOnlyList<string> IndicatorNames => Names;

    public ReadOnlySpan<double> ComparedValues(string? indicator)
    {
        if (indicator is null)
        {
            return Totals.AsSpan(0, Count);
        }

        int index = Array.IndexOf(Names, indicator);
        return index < 0 ? default : ComparedColumns[index].AsSpan(0, Count);
    }

    public ReadOnlySpan<double> Places(int indicator) => PlaceColumns[indicator].AsSpan(0, Count);

    internal int InputIndex(int row) => InputIndices is null ? row : InputIndices[row];

    /// <summary>Returns what decided the row's final place: -1 the total, -2 shared, k tie-breaker k.</summary>
    internal int DecidedCode(int row, int position)
    {
        if (Decided is not null)
        {
            return Decided[row];
        }

        // Without tie-breakers, rows with equal totals are next to each other in final order.
        ReadOnlySpan<int> order = Order;
        double total = Totals[row];
        int i = position - 1;
        bool shared = (i > 0 && Totals[order[i - 1]] == total) || (i + 1 < order.Length && Totals[order[i + 1]] == total);
        return shared ? DecidedShared : DecidedByTotal;
    }
}
