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

    /// <summary>
    /// Gets the values by indicator, then row (arrays may be longer than <see cref="Count"/>), as handed to the ranking: a
    /// value of an indicator with a precision is its exactly rounded ratio when it lies near a midpoint, itself otherwise,
    /// so that <see cref="Precision.Round"/> of it is the value as compared (see <see cref="ComparedValue"/>).
    /// </summary>
    internal double[][] ValueColumns { get; }

    /// <summary>
    /// Gets or sets how a value before rounding is read again from its page (indicator, row), for indicators with a
    /// precision: the evaluation keeps only the compared values, so a result costs no more memory than an exact one.
    /// </summary>
    internal Func<int, int, double> RawValueOf { get; set; } = static (_, _) => double.NaN;

    /// <summary>Gets the places by indicator, then row.</summary>
    internal double[][] PlaceColumns { get; }

    internal double[] Totals { get; set; }

    internal double[] Final { get; set; }

    internal int[] OrderArray { get; set; }

    /// <summary>Gets what decided each row's place when tie-breakers exist: -1 the total, -2 shared, k tie-breaker k; <see langword="null"/> without tie-breakers.</summary>
    internal sbyte[]? Decided { get; set; }

    internal byte[][] ZoneCodes { get; set; }

    /// <summary>The compared values of indicators with a precision, by indicator, rounded when first asked for.</summary>
    private double[]?[]? _compared;

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
        if (index < 0)
        {
            return default;
        }

        Precision precision = Precisions[index];
        if (precision.IsExact)
        {
            return ValueColumns[index].AsSpan(0, Count);
        }

        // Rounded when a zone scheme first asks (zones are assigned on one thread, before the result is shared).
        double[]?[] compared = _compared ??= new double[]?[Names.Length];
        if (compared[index] is not { } column)
        {
            column = GC.AllocateUninitializedArray<double>(Count);
            ReadOnlySpan<double> values = ValueColumns[index].AsSpan(0, Count);
            for (int r = 0; r < column.Length; r++)
            {
                column[r] = precision.Round(values[r]);
            }

            compared[index] = column;
        }

        return column;
    }

    /// <summary>Returns the value of indicator <paramref name="index"/> on <paramref name="row"/> as compared and shown: rounded to its precision.</summary>
    internal double ComparedValue(int index, int row) => Precisions[index].Round(ValueColumns[index][row]);

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
