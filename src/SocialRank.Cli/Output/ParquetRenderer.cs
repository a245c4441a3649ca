using Parquet;
using Parquet.Schema;
using SocialRank.Formatting;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as a Parquet file with Parquet.Net: the CSV's columns under the CSV's headers (final place, id,
/// name, each indicator's value, place and weighted penalty, the total, the zones, the change columns with
/// <c>--previous</c>, decided by, excluded because), the rated pages in their order and then the excluded pages, as the
/// CSV has them. Numbers are DOUBLE columns (a place can be a half under average ties; a value is the one compared, at
/// its precision), texts are UTF-8 strings written as they are (no spreadsheet runs a Parquet cell, so there is no
/// formula defusing), and every cell the CSV leaves empty is a null. Rows go in row groups of
/// <see cref="RowGroupRows"/>, so a large table is never held whole.
/// </summary>
internal static class ParquetRenderer
{
    /// <summary>The rows of one row group.</summary>
    internal const int RowGroupRows = 100_000;

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> as a whole Parquet file.</summary>
    internal static async Task WriteAsync(RatingTable table, CliLabels words, Stream stream, CancellationToken cancellationToken)
    {
        LabelSet labels = table.Labels;
        var columns = new List<OutColumn> { new(labels.CsvFinalPlace, true), new(labels.CsvId, false), new(labels.CsvName, false) };
        foreach (TableColumn column in table.Columns)
        {
            switch (column.Kind)
            {
                case TableColumnKind.Score or TableColumnKind.Value:
                    columns.Add(new(words.Fill(labels.CsvValueTemplate, column.Name), true));
                    columns.Add(new(words.Fill(labels.CsvPlaceTemplate, column.Name), true));
                    columns.Add(new(words.Fill(labels.CsvPenaltyTemplate, column.Name), true));
                    break;
                case TableColumnKind.Total:
                    columns.Add(new(labels.CsvTotal, true));
                    break;
                case TableColumnKind.Zone:
                    columns.Add(new(words.Fill(labels.CsvZoneTemplate, column.Name), false));
                    break;
                case TableColumnKind.Change:
                    columns.Add(new(labels.CsvPreviousPlace, true));
                    columns.Add(new(labels.CsvChange, true));
                    break;
            }
        }

        columns.Add(new(labels.CsvDecidedBy, false));
        columns.Add(new(labels.CsvExcludedBecause, false));
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        int total = table.Rows.Count + table.Excluded.Count;
        for (int start = 0; start < total; start += RowGroupRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(RowGroupRows, total - start);
            foreach (OutColumn column in columns)
            {
                column.Start(count);
            }

            for (int r = 0; r < count; r++)
            {
                int index = start + r;
                if (index < table.Rows.Count)
                {
                    AddRated(table, table.Rows[index], columns, r);
                }
                else
                {
                    TableExclusion page = table.Excluded[index - table.Rows.Count];
                    columns[1].Texts[r] = Text(page.Id);
                    columns[2].Texts[r] = Text(page.Name);
                    columns[^1].Texts[r] = Text(page.Reason);
                }
            }

            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            foreach (OutColumn column in columns)
            {
                if (column.IsNumber)
                {
                    await group.WriteAsync<double>(column.Field, column.Numbers.AsMemory(0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync(column.Field, new ArraySegment<string?>(column.Texts, 0, count)!).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Fills row <paramref name="r"/> of the buffers from a rated page's row, column for column as the CSV writes it.</summary>
    private static void AddRated(RatingTable table, TableRow row, List<OutColumn> columns, int r)
    {
        int c = 0;
        columns[c++].Numbers[r] = Number(row.Find(TableColumnKind.Place)?.Place ?? double.NaN);
        columns[c++].Texts[r] = Text(row.Id);
        columns[c++].Texts[r] = Text(row.Name);
        for (int k = 0; k < table.Columns.Count; k++)
        {
            TableCell cell = row.Cells[k];
            switch (cell.Kind)
            {
                case TableColumnKind.Score or TableColumnKind.Value:
                    columns[c++].Numbers[r] = cell.IsMissing ? null : Number(cell.Value);
                    columns[c++].Numbers[r] = Number(cell.Place);
                    columns[c++].Numbers[r] = Number(cell.Penalty);
                    break;
                case TableColumnKind.Total:
                    columns[c++].Numbers[r] = Number(cell.Penalty);
                    break;
                case TableColumnKind.Zone:
                    columns[c++].Texts[r] = Text(cell.Text);
                    break;
                case TableColumnKind.Change:
                    columns[c++].Numbers[r] = Number(cell.PreviousPlace);
                    columns[c++].Numbers[r] = Number(cell.PreviousPlace - cell.Place);
                    break;
            }
        }

        columns[c].Texts[r] = Text(row.Find(TableColumnKind.Decision)?.Text ?? "");
    }

    /// <summary>A number, or null for NaN (not applicable or missing); −0 is written as 0.</summary>
    private static double? Number(double value) => double.IsNaN(value) ? null : value + 0.0;

    /// <summary>A text, or null for an empty one (the CSV's empty cell).</summary>
    private static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>One output column: its field and the buffer of the row group being written.</summary>
    private sealed class OutColumn(string name, bool isNumber)
    {
        public bool IsNumber { get; } = isNumber;

        public DataField Field { get; } = isNumber ? new DataField<double?>(name) : new DataField<string>(name, nullable: true);

        public double?[] Numbers { get; private set; } = [];

        public string?[] Texts { get; private set; } = [];

        /// <summary>Clears the buffer for a row group of <paramref name="count"/> rows.</summary>
        public void Start(int count)
        {
            if (IsNumber)
            {
                Numbers = new double?[count];
            }
            else
            {
                Texts = new string?[count];
            }
        }
    }
}
