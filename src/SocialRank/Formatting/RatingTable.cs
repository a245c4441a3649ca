using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Formatting;

/// <summary>
/// A rating as a presentation-neutral table: typed columns, rows of typed cells (each with its text in the chosen
/// language), the excluded pages and the method that produced it. Every writer (text, Markdown, CSV, and the tool's
/// console table, HTML, JSON and chart) renders this model, so they cannot disagree. Immutable.
/// </summary>
/// <remarks>
/// Build one with <see cref="RatingTables.Final{TPage}(Rating.RatingResult{TPage}, RatingTableOptions?)"/> (one row per
/// rated page in final-place order) or <see cref="RatingTables.ForIndicator{TPage}(Rating.RatingResult{TPage}, int, RatingTableOptions?)"/>
/// (one indicator's places and values); write it with <see cref="TableWriter"/>.
/// </remarks>
public sealed class RatingTable
{
    internal RatingTable(string title, LabelSet labels, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows,
        IReadOnlyList<TableExclusion> excluded, MethodDescription? method, IReadOnlyList<Zone> rowZones, int ratedCount = -1)
    {
        RatedCount = ratedCount < 0 ? rows.Count : ratedCount;
        Title = title;
        Labels = labels;
        Columns = columns;
        Rows = rows;
        Excluded = excluded;
        Method = method;
        RowZones = rowZones;
    }

    /// <summary>Gets the table's title (empty when the caller gave none).</summary>
    public string Title { get; }

    /// <summary>Gets the labels the texts are written in.</summary>
    public LabelSet Labels { get; }

    /// <summary>Gets the columns, in order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Gets the rows, in the table's order (final places, or an indicator's places); each has one cell per column.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>
    /// Gets the number of rated pages: <see cref="Rows"/>' count, unless <see cref="RatingTableOptions.Top"/> left some
    /// out.
    /// </summary>
    public int RatedCount { get; }

    /// <summary>Gets the pages left out of the rating, with their reasons (empty for an indicator table).</summary>
    public IReadOnlyList<TableExclusion> Excluded { get; }

    /// <summary>Gets the method in sentences, or <see langword="null"/> for an indicator table (its final table carries it).</summary>
    public MethodDescription? Method { get; }

    /// <summary>Gets the zones that colour whole rows (the first scheme on final places, else on the total), in order; empty when none.</summary>
    public IReadOnlyList<Zone> RowZones { get; }
}

/// <summary>What a column holds.</summary>
public enum TableColumnKind
{
    /// <summary>The final place (or, in an indicator table, the place on the indicator).</summary>
    Place,

    /// <summary>The page's display name.</summary>
    Page,

    /// <summary>An indicator: its compared value and place (or the place alone), see <see cref="RatingTableOptions.ShowValues"/>.</summary>
    Score,

    /// <summary>An indicator's compared value alone (the value column of an indicator table).</summary>
    Value,

    /// <summary>The total: the sum of the weighted penalties.</summary>
    Total,

    /// <summary>What decided a place among equal totals.</summary>
    Decision,

    /// <summary>The zone of one zone scheme.</summary>
    Zone,

    /// <summary>The change of final place since a previous edition (<see cref="RatingTableOptions.PreviousPlaces"/>): ▲3 up, ▼2 down, = the same place, or new.</summary>
    Change,
}

/// <summary>A column of a <see cref="RatingTable"/>.</summary>
/// <param name="Kind">What the column holds.</param>
/// <param name="Header">The header shown, in the table's language.</param>
/// <param name="Name">The indicator's or zone scheme's name for <see cref="TableColumnKind.Score"/>, <see cref="TableColumnKind.Value"/>
/// and <see cref="TableColumnKind.Zone"/> columns (the header may be another text); otherwise the header.</param>
/// <param name="Index">The 0-based position of the indicator or zone scheme in the method; -1 for the other columns.</param>
/// <param name="Precision">The precision an indicator's values are compared and shown at (<see cref="Precision.Exact"/> for other columns).</param>
public sealed record TableColumn(TableColumnKind Kind, string Header, string Name, int Index, Precision Precision)
{
    /// <summary>Gets whether the column holds numbers (aligned right).</summary>
    public bool IsNumeric => Kind is TableColumnKind.Place or TableColumnKind.Score or TableColumnKind.Value or TableColumnKind.Total or TableColumnKind.Change;
}

/// <summary>A rated page's row of a <see cref="RatingTable"/>.</summary>
/// <param name="Id">The page's id.</param>
/// <param name="Name">The page's display name.</param>
/// <param name="InputIndex">The page's 0-based position in the input.</param>
/// <param name="Cells">One cell per column, in column order.</param>
/// <param name="Zone">The zone that colours the row (see <see cref="RatingTable.RowZones"/>), or <see langword="null"/>.</param>
public sealed record TableRow(string Id, string Name, int InputIndex, IReadOnlyList<TableCell> Cells, Zone? Zone)
{
    /// <summary>Returns the first cell of a kind, or <see langword="null"/> when the table has no such column.</summary>
    /// <param name="kind">The column kind.</param>
    /// <returns>The cell.</returns>
    public TableCell? Find(TableColumnKind kind)
    {
        foreach (TableCell cell in Cells)
        {
            if (cell.Kind == kind)
            {
                return cell;
            }
        }

        return null;
    }
}

/// <summary>
/// One typed cell: its kind, its text in the table's language and number format, and the values behind it. Fields that
/// do not apply to a kind are NaN or <see langword="null"/>.
/// </summary>
/// <param name="Kind">The kind of its column.</param>
/// <param name="Text">The text shown (place, name, value at its precision with the place in brackets, total, zone or decision).</param>
public sealed record TableCell(TableColumnKind Kind, string Text)
{
    /// <summary>Gets the place: the final place (<see cref="TableColumnKind.Place"/>) or the place on the indicator (score and value cells); NaN otherwise.</summary>
    public double Place { get; init; } = double.NaN;

    /// <summary>Gets the value as compared: rounded to the indicator's precision (<c>IndicatorScore.ComparedValue</c>); NaN when missing or not a score.</summary>
    public double Value { get; init; } = double.NaN;

    /// <summary>Gets the value in full, as computed; NaN when missing or not a score.</summary>
    public double FullValue { get; init; } = double.NaN;

    /// <summary>Gets the page's final place in the previous edition (<see cref="TableColumnKind.Change"/> cells); NaN when it was not rated then or not a change.</summary>
    public double PreviousPlace { get; init; } = double.NaN;

    /// <summary>Gets the weight of the indicator's place; NaN when not a score.</summary>
    public double Weight { get; init; } = double.NaN;

    /// <summary>Gets the weighted penalty (score cells) or the total (<see cref="TableColumnKind.Total"/>); NaN otherwise.</summary>
    public double Penalty { get; init; } = double.NaN;

    /// <summary>Gets the zone: of a zone cell's scheme, or of a scheme on a score cell's indicator; <see langword="null"/> when none.</summary>
    public Zone? Zone { get; init; }

    /// <summary>Gets what decided the place among equal totals (decision cells; <see cref="Decision.ByTotal"/> otherwise).</summary>
    public Decision Decision { get; init; }

    /// <summary>Gets whether this is a score or value cell whose value is missing.</summary>
    public bool IsMissing => Kind is TableColumnKind.Score or TableColumnKind.Value && double.IsNaN(Value);
}

/// <summary>A page left out of the rating.</summary>
/// <param name="Id">The page's id.</param>
/// <param name="Name">The page's display name.</param>
/// <param name="Reason">Why it is left out.</param>
public sealed record TableExclusion(string Id, string Name, string Reason);

/// <summary>The method of a rating in sentences of one language: what a reader needs to reproduce the table.</summary>
/// <param name="Ties">The tie methods (indicator places, final places) and the tie-breakers.</param>
/// <param name="Interactions">Which interaction kinds count, or <see langword="null"/> when the caller did not say.</param>
/// <param name="Indicators">One sentence per indicator: direction, precision and rounding rule, weight, missing-value rule.</param>
public sealed record MethodDescription(string Ties, string? Interactions, IReadOnlyList<string> Indicators)
{
    /// <summary>Gets every sentence in order: the ties, the interactions when known, then the indicators.</summary>
    public IEnumerable<string> Lines => Interactions is null ? Indicators.Prepend(Ties) : Indicators.Prepend(Interactions).Prepend(Ties);
}

/// <summary>
/// Rows made when read: <see cref="RatingTables.Final{TPage}(Rating.RatingResult{TPage}, RatingTableOptions?)"/> formats
/// a row each time it is read instead of holding every row's texts, so a table of a million pages stays as small as its
/// result and a writer streams it. Reading a row twice gives equal rows.
/// </summary>
internal sealed class RowView : IReadOnlyList<TableRow>
{
    private readonly Func<int, TableRow> _row;

    internal RowView(int count, Func<int, TableRow> row)
    {
        Count = count;
        _row = row;
    }

    public int Count { get; }

    public TableRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _row(index);
        }
    }

    public IEnumerator<TableRow> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _row(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
