using System.Drawing;
using SocialRank.Formatting;
using SocialRank.Ranking;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as an Excel workbook with SpreadCheetah: the final table on the first sheet (the CSV's columns, as
/// numbers in the number formats the tables show: each indicator's value at its precision, thousands grouped; the header
/// frozen; every rated row filled in its zone's colour, with the text colour of <see cref="Contrast"/>), the method on the
/// second (the table's title, its sentences and the indicators' rules, as the HTML page states them) and the excluded
/// pages with their reasons on the third. Text from the input is written as text cells, which no spreadsheet runs as a
/// formula, so it needs none of the CSV's defusing.
/// </summary>
internal static class XlsxRenderer
{
    /// <summary>Excel's limit on a sheet name's length.</summary>
    private const int MaxSheetName = 31;

    /// <summary>Writes <paramref name="table"/> and <paramref name="info"/>'s method to <paramref name="stream"/> as a whole workbook.</summary>
    internal static async Task WriteAsync(RatingTable table, HtmlPageInfo info, CliLabels words, Stream stream, CancellationToken cancellationToken)
    {
        LabelSet labels = table.Labels;
        await using Spreadsheet book = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var styles = new Styles(book);

        // 1. The final table: the CSV's columns, a header row frozen at the top.
        var options = new WorksheetOptions { FrozenRows = 1 };
        options.Column(3).Width = 32;
        await book.StartWorksheetAsync(SheetName(words.SheetRating), options, cancellationToken).ConfigureAwait(false);
        var header = new List<Cell> { new(labels.CsvFinalPlace, styles.Header), new(labels.CsvId, styles.Header), new(labels.CsvName, styles.Header) };
        foreach (TableColumn column in table.Columns)
        {
            switch (column.Kind)
            {
                case TableColumnKind.Score or TableColumnKind.Value:
                    header.Add(new Cell(words.Fill(labels.CsvValueTemplate, column.Name), styles.Header));
                    header.Add(new Cell(words.Fill(labels.CsvPlaceTemplate, column.Name), styles.Header));
                    header.Add(new Cell(words.Fill(labels.CsvPenaltyTemplate, column.Name), styles.Header));
                    break;
                case TableColumnKind.Total:
                    header.Add(new Cell(labels.CsvTotal, styles.Header));
                    break;
                case TableColumnKind.Zone:
                    header.Add(new Cell(words.Fill(labels.CsvZoneTemplate, column.Name), styles.Header));
                    break;
                case TableColumnKind.Change:
                    header.Add(new Cell(labels.CsvPreviousPlace, styles.Header));
                    header.Add(new Cell(labels.CsvChange, styles.Header));
                    break;
            }
        }

        header.Add(new Cell(labels.CsvDecidedBy, styles.Header));
        await book.AddRowAsync(header, cancellationToken).ConfigureAwait(false);
        var cells = new List<Cell>(header.Count);
        foreach (TableRow row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? color = row.Zone?.Color;
            cells.Clear();
            cells.Add(Number(row.Find(TableColumnKind.Place)?.Place ?? double.NaN, styles.Of(color, Precision.Exact)));
            cells.Add(new Cell(row.Id, styles.Of(color, null)));
            cells.Add(new Cell(row.Name, styles.Of(color, null)));
            for (int c = 0; c < table.Columns.Count; c++)
            {
                TableCell cell = row.Cells[c];
                switch (cell.Kind)
                {
                    case TableColumnKind.Score or TableColumnKind.Value:
                        cells.Add(Number(cell.IsMissing ? double.NaN : cell.Value, styles.Of(color, table.Columns[c].Precision)));
                        cells.Add(Number(cell.Place, styles.Of(color, Precision.Exact)));
                        cells.Add(Number(cell.Penalty, styles.Of(color, Precision.Exact)));
                        break;
                    case TableColumnKind.Total:
                        cells.Add(Number(cell.Penalty, styles.Of(color, Precision.Exact)));
                        break;
                    case TableColumnKind.Zone:
                        cells.Add(new Cell(cell.Text, styles.Of(cell.Zone?.Color ?? color, null)));
                        break;
                    case TableColumnKind.Change:
                        cells.Add(Number(cell.PreviousPlace, styles.Of(color, Precision.Exact)));
                        cells.Add(Number(cell.PreviousPlace - cell.Place, styles.Of(color, Precision.Exact)));
                        break;
                }
            }

            cells.Add(new Cell(row.Find(TableColumnKind.Decision)?.Text ?? "", styles.Of(color, null)));
            await book.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
        }

        // 2. The method: the title, the method's sentences, then its indicators' rules as the HTML page's method table.
        var methodOptions = new WorksheetOptions();
        methodOptions.Column(1).Width = 40;
        await book.StartWorksheetAsync(SheetName(labels.Method), methodOptions, cancellationToken).ConfigureAwait(false);
        await book.AddRowAsync([new Cell(table.Title, styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (string line in table.Method?.Lines ?? [])
        {
            await book.AddRowAsync([new Cell(line)], cancellationToken).ConfigureAwait(false);
        }

        if (info.Indicators.Count > 0)
        {
            await book.AddRowAsync([], cancellationToken).ConfigureAwait(false);
            await book.AddRowAsync(
                [new Cell(words.IndicatorHeader, styles.Header), new Cell(words.DirectionHeader, styles.Header), new Cell(words.WeightHeader, styles.Header), new Cell(words.PrecisionHeader, styles.Header), new Cell(words.MissingHeader, styles.Header)],
                cancellationToken).ConfigureAwait(false);
            foreach (IndicatorRule rule in info.Indicators)
            {
                await book.AddRowAsync([new Cell(rule.Name), new Cell(rule.Direction), new Cell(rule.Weight), new Cell(rule.Precision), new Cell(rule.Missing)], cancellationToken).ConfigureAwait(false);
            }
        }

        // 3. The excluded pages, with their reasons.
        var excludedOptions = new WorksheetOptions { FrozenRows = 1 };
        excludedOptions.Column(2).Width = 32;
        excludedOptions.Column(3).Width = 60;
        await book.StartWorksheetAsync(SheetName(labels.Excluded), excludedOptions, cancellationToken).ConfigureAwait(false);
        await book.AddRowAsync([new Cell(labels.CsvId, styles.Header), new Cell(labels.CsvName, styles.Header), new Cell(labels.CsvExcludedBecause, styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (TableExclusion page in table.Excluded)
        {
            await book.AddRowAsync([new Cell(page.Id), new Cell(page.Name), new Cell(page.Reason)], cancellationToken).ConfigureAwait(false);
        }

        await book.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes an analysis's report (<see cref="AnalysisReport"/>: robustness, compare, history) as a workbook: its table on
    /// the first sheet (the header frozen, each row filled in its zone's colour, the cells of number columns that are
    /// numbers written as numbers, the others as text), and its heading and notes on the second, one line a row.
    /// </summary>
    internal static async Task WriteReportAsync(AnalysisReport report, string sheet, Stream stream, CancellationToken cancellationToken)
    {
        await using Spreadsheet book = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var styles = new Styles(book);
        var options = new WorksheetOptions { FrozenRows = 1 };
        int page = Array.IndexOf(report.LeftAligned, 1) >= 0 ? 2 : 1;
        options.Column(page).Width = 36;
        await book.StartWorksheetAsync(SheetName(sheet), options, cancellationToken).ConfigureAwait(false);
        await book.AddRowAsync([.. report.Header.Select(h => new Cell(h, styles.Header))], cancellationToken).ConfigureAwait(false);
        var cells = new List<Cell>(report.Header.Length);
        foreach ((string[] row, Zones.Zone? zone) in report.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cells.Clear();
            for (int c = 0; c < row.Length; c++)
            {
                double value = double.NaN;
                bool number = !report.LeftAligned.Contains(c) && double.TryParse(row[c], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
                cells.Add(number ? new Cell(value, styles.Of(zone?.Color, Precision.Exact)) : new Cell(row[c], styles.Of(zone?.Color, null)));
            }

            await book.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
        }

        var notes = new WorksheetOptions();
        notes.Column(1).Width = 100;
        await book.StartWorksheetAsync(SheetName("Notes"), notes, cancellationToken).ConfigureAwait(false);
        await book.AddRowAsync([new Cell(report.Heading, styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (IReadOnlyList<AnalysisReport.Line> block in report.Blocks)
        {
            await book.AddRowAsync([], cancellationToken).ConfigureAwait(false);
            foreach (AnalysisReport.Line line in block)
            {
                await book.AddRowAsync([new Cell((line.IsItem ? "  " : "") + line.Joined)], cancellationToken).ConfigureAwait(false);
            }
        }

        await book.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A number cell, or an empty one for NaN (a missing value).</summary>
    private static Cell Number(double value, StyleId style) => double.IsNaN(value) ? new Cell((string?)null, style) : new Cell(value, style);

    /// <summary>A sheet name Excel accepts: without <c>[]:*?/\</c>, at most 31 characters.</summary>
    internal static string SheetName(string name)
    {
        string clean = new([.. name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? ' ' : c)]);
        clean = clean.Trim().Trim('\'');
        return clean.Length == 0 ? "Sheet" : clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
    }

    /// <summary>
    /// Returns the Excel number format of a value shown at <paramref name="precision"/>: thousands grouped and that many
    /// decimals; a value compared exactly (and a place or total) is shown as Excel's General, in full.
    /// </summary>
    internal static string? NumberFormat(Precision precision)
        => precision.DecimalPlaces switch
        {
            null => null,
            0 => "#,##0",
            int places => "#,##0." + new string('0', places),
        };

    /// <summary>The workbook's styles, each added once: one per zone colour and number format, and the header's.</summary>
    private sealed class Styles(Spreadsheet book)
    {
        private readonly Dictionary<(string? Color, string? Format), StyleId> _added = [];

        internal StyleId Header { get; } = book.AddStyle(new Style { Font = { Bold = true } });

        /// <summary>The style of a cell filled in <paramref name="color"/> (none when null) with the number format of <paramref name="precision"/> (text when null).</summary>
        internal StyleId Of(string? color, Precision? precision)
        {
            string? format = precision is { } p ? NumberFormat(p) : null;
            if (!_added.TryGetValue((color, format), out StyleId? id))
            {
                var style = new Style();
                if (color is not null)
                {
                    (byte r, byte g, byte b) = HtmlRenderer.Rgb(color);
                    style.Fill.Color = Color.FromArgb(r, g, b);
                    style.Font.Color = Contrast.NeedsWhiteText(HtmlRenderer.Hex(color)) ? Color.White : Color.Black;
                }

                if (format is not null)
                {
                    style.Format = SpreadCheetah.Styling.NumberFormat.Custom(format);
                }

                _added[(color, format)] = id = book.AddStyle(style);
            }

            return id;
        }
    }
}
