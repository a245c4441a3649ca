using System.Buffers;
using System.Globalization;
using System.Text;
using SocialRank.Internal;

namespace SocialRank.Formatting;

/// <summary>
/// Writes a <see cref="RatingTable"/> as aligned plain text, a Markdown (GitHub) table or CSV. Pure: it writes only to
/// the <see cref="TextWriter"/> it is given; line ends are <c>\n</c>.
/// </summary>
/// <remarks>
/// <para>Text and Markdown show the table's columns and cells as the model words them, then (for a table that has
/// them) the excluded pages with their reasons and the method, so the table can be reproduced. Line breaks and tabs in
/// cells become spaces; Markdown escapes its special characters.</para>
/// <para>CSV (RFC 4180) has one row per page with separate value, place and weighted-penalty columns per indicator, the
/// total, one zone column per scheme, what decided, and the excluded pages last with their reason; headers are in the
/// table's language, numbers in the invariant culture (a missing number is an empty cell). Text cells that start with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return get a leading <c>'</c> so that spreadsheets do not run
/// them as formulas.</para>
/// </remarks>
public static class TableWriter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\t");
    private static readonly SearchValues<char> MarkdownSpecials = SearchValues.Create("\\|*_`[]<>#");

    /// <summary>Writes <paramref name="table"/> as an aligned plain-text table, then its notes.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Receives the text.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(RatingTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        string[] header = [.. table.Columns.Select(c => Clean(c.Header))];
        List<string[]> rows = [.. table.Rows.Select(r => r.Cells.Select(c => Clean(c.Text)).ToArray())];
        var widths = new int[header.Length];
        foreach (string[] line in rows.Prepend(header))
        {
            for (int c = 0; c < widths.Length; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        WriteAligned(writer, header, widths, table);
        writer.Write(string.Join("  ", widths.Select(w => new string('-', w))));
        writer.Write('\n');
        foreach (string[] line in rows)
        {
            WriteAligned(writer, line, widths, table);
        }

        WriteNotes(table, writer, markdown: false);
    }

    /// <summary>Returns <paramref name="table"/> as text (see <see cref="WriteText"/>).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static string ToText(RatingTable table) => Capture(w => WriteText(table, w));

    /// <summary>Writes <paramref name="table"/> as a Markdown (GitHub) table, then its notes.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Receives the Markdown.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMarkdown(RatingTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        WriteMarkdownLine(writer, table.Columns.Select(c => c.Header));
        writer.Write('|');
        foreach (TableColumn column in table.Columns)
        {
            writer.Write(column.IsNumeric ? " ---: |" : " --- |");
        }

        writer.Write('\n');
        foreach (TableRow row in table.Rows)
        {
            WriteMarkdownLine(writer, row.Cells.Select(c => c.Text));
        }

        WriteNotes(table, writer, markdown: true);
    }

    /// <summary>Returns <paramref name="table"/> as Markdown (see <see cref="WriteMarkdown"/>).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(RatingTable table) => Capture(w => WriteMarkdown(table, w));

    /// <summary>Writes <paramref name="table"/> as CSV with the given separator, safe against formula injection.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Receives the CSV.</param>
    /// <param name="separator">The field separator, e.g. <c>;</c> for spreadsheets in cultures with a decimal comma.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is a quote, a letter or digit, <c>.</c>, <c>-</c>, <c>+</c>, or a line break.</exception>
    public static void WriteCsv(RatingTable table, TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        if (separator is '"' or '\r' or '\n' or '.' or '-' or '+' || char.IsLetterOrDigit(separator))
        {
            Throw.BadSeparator(separator, nameof(separator));
        }

        LabelSet labels = table.Labels;
        var csv = new CsvWriter(writer, separator);
        csv.Text(labels.CsvFinalPlace);
        csv.Text(labels.CsvId);
        csv.Text(labels.CsvName);
        foreach (TableColumn column in table.Columns)
        {
            switch (column.Kind)
            {
                case TableColumnKind.Score or TableColumnKind.Value:
                    csv.Text(LabelSet.Fill(labels.CsvValueTemplate, column.Name));
                    csv.Text(LabelSet.Fill(labels.CsvPlaceTemplate, column.Name));
                    csv.Text(LabelSet.Fill(labels.CsvPenaltyTemplate, column.Name));
                    break;
                case TableColumnKind.Total:
                    csv.Text(labels.CsvTotal);
                    break;
                case TableColumnKind.Zone:
                    csv.Text(LabelSet.Fill(labels.CsvZoneTemplate, column.Name));
                    break;
                case TableColumnKind.Change:
                    csv.Text(labels.CsvPreviousPlace);
                    csv.Text(labels.CsvChange);
                    break;
            }
        }

        csv.Text(labels.CsvDecidedBy);
        csv.Text(labels.CsvExcludedBecause);
        csv.EndLine();
        foreach (TableRow row in table.Rows)
        {
            csv.Number(Invariant(row.Find(TableColumnKind.Place)?.Place ?? double.NaN));
            csv.Text(row.Id);
            csv.Text(row.Name);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                TableCell cell = row.Cells[c];
                switch (cell.Kind)
                {
                    case TableColumnKind.Score or TableColumnKind.Value:
                        csv.Number(cell.IsMissing ? "" : table.Columns[c].Precision.Format(cell.Value, CultureInfo.InvariantCulture));
                        csv.Number(Invariant(cell.Place));
                        csv.Number(Invariant(cell.Penalty));
                        break;
                    case TableColumnKind.Total:
                        csv.Number(Invariant(cell.Penalty));
                        break;
                    case TableColumnKind.Zone:
                        csv.Text(cell.Text);
                        break;
                    case TableColumnKind.Change:
                        csv.Number(Invariant(cell.PreviousPlace));
                        csv.Number(Invariant(cell.PreviousPlace - cell.Place));
                        break;
                }
            }

            csv.Text(row.Find(TableColumnKind.Decision)?.Text ?? "");
            csv.Text("");
            csv.EndLine();
        }

        foreach (TableExclusion page in table.Excluded)
        {
            csv.Number("");
            csv.Text(page.Id);
            csv.Text(page.Name);
            foreach (TableColumn column in table.Columns)
            {
                for (int k = column.Kind switch { TableColumnKind.Score or TableColumnKind.Value => 3, TableColumnKind.Change => 2, TableColumnKind.Total or TableColumnKind.Zone => 1, _ => 0 }; k > 0; k--)
                {
                    csv.Number("");
                }
            }

            csv.Text("");
            csv.Text(page.Reason);
            csv.EndLine();
        }
    }

    /// <summary>Returns <paramref name="table"/> as comma-separated values (see <see cref="WriteCsv"/>).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static string ToCsv(RatingTable table) => Capture(w => WriteCsv(table, w));

    /// <summary>Returns a text cell made safe for spreadsheets: a leading <c>'</c> when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The neutralised text (not yet quoted for CSV).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string NeutralizeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>
    /// Returns <paramref name="text"/> safe inside a Markdown table cell or line, as <see cref="WriteMarkdown"/> writes
    /// every text: line breaks and tabs as spaces, and Markdown's special characters (<c>\ | * _ ` [ ] &lt; &gt; #</c>)
    /// escaped with a backslash, so a page's name is shown as written and never as markup.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string EscapeMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EscapeMarkdownSpecials(Clean(text));
    }

    /// <summary>Writes the notes: the excluded pages with their reasons, then the method (ties, interactions, indicators).</summary>
    private static void WriteNotes(RatingTable table, TextWriter writer, bool markdown)
    {
        LabelSet labels = table.Labels;
        string bullet = markdown ? "- " : "  ";
        if (table.Excluded.Count > 0)
        {
            Heading(labels.Excluded);
            foreach (TableExclusion page in table.Excluded)
            {
                Item(page.Name + ": " + page.Reason);
            }
        }

        if (table.Method is not { } method)
        {
            return;
        }

        writer.Write('\n');
        Line(method.Ties, "");
        if (method.Interactions is { } interactions)
        {
            Line(interactions, "");
        }

        writer.Write(labels.Indicators + ":\n");
        if (markdown)
        {
            writer.Write('\n');
        }

        foreach (string indicator in method.Indicators)
        {
            Item(indicator);
        }

        void Heading(string heading)
        {
            writer.Write('\n');
            writer.Write(heading + ":\n");
            if (markdown)
            {
                writer.Write('\n');
            }
        }

        void Item(string text) => Line(text, bullet);

        void Line(string text, string prefix)
        {
            writer.Write(prefix);
            writer.Write(markdown ? EscapeMarkdown(text) : Clean(text));
            writer.Write('\n');
        }
    }

    private static void WriteAligned(TextWriter writer, string[] line, int[] widths, RatingTable table)
    {
        var text = new StringBuilder();
        for (int c = 0; c < line.Length; c++)
        {
            text.Append(c == 0 ? "" : "  ");
            text.Append(table.Columns[c].IsNumeric ? line[c].PadLeft(widths[c]) : line[c].PadRight(widths[c]));
        }

        writer.Write(text.ToString().TrimEnd());
        writer.Write('\n');
    }

    private static void WriteMarkdownLine(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write('|');
        foreach (string cell in cells)
        {
            writer.Write(' ');
            writer.Write(EscapeMarkdown(cell));
            writer.Write(" |");
        }

        writer.Write('\n');
    }

    private static string Invariant(double value) => RatingTables.Number(value, CultureInfo.InvariantCulture);

    private static string Capture(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    /// <summary>Replaces line breaks and tabs, which would break a table line, with spaces.</summary>
    private static string Clean(string text)
        => text.AsSpan().IndexOfAny(LineBreaks) < 0 ? text : text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    private static string EscapeMarkdownSpecials(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownSpecials) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            if (MarkdownSpecials.Contains(ch))
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }

    private sealed class CsvWriter(TextWriter writer, char separator)
    {
        private bool _lineStarted;

        internal void Text(string text) => Cell(NeutralizeFormula(text));

        internal void Number(string text) => Cell(text);

        internal void EndLine()
        {
            writer.Write('\n');
            _lineStarted = false;
        }

        private void Cell(string text)
        {
            if (_lineStarted)
            {
                writer.Write(separator);
            }

            _lineStarted = true;
            if (text.Contains('"', StringComparison.Ordinal) || text.Contains(separator, StringComparison.Ordinal)
                || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
            {
                writer.Write('"');
                writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(text);
            }
        }
    }
}
