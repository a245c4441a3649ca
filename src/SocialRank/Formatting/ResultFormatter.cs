using System.Globalization;
using System.Text;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Formatting;

/// <summary>
/// Writes a <see cref="RatingResult{TPage}"/> as an aligned plain-text table, a Markdown table or CSV. Pure: it writes
/// only to the <see cref="TextWriter"/> it is given; numbers use the invariant culture and each indicator's precision.
/// </summary>
/// <remarks>
/// <para>Text and Markdown show one row per rated page in final-place order: the final place, the page's display name,
/// each indicator as <c>value (place)</c>, the total, one column per zone scheme and, when a tie-breaker or a shared
/// place applies to any row, what decided. A missing value is shown as <c>n/a</c>. Excluded pages follow with their
/// reasons, then the method (tie methods, tie-breakers, and each indicator's direction, precision, weight and missing-value
/// rule), so the table can be reproduced.</para>
/// <para>CSV (RFC 4180, <c>\n</c> line ends) has one row per page with separate value, place and weighted-penalty columns
/// per indicator, and excluded pages last with their reason. Text cells (ids, names, zones, reasons and header names)
/// that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return get a leading <c>'</c> so that
/// spreadsheets do not run them as formulas. Numeric cells are written by SocialRank itself in the invariant culture and
/// stay numeric even when negative; a missing number is an empty cell.</para>
/// </remarks>
public static class ResultFormatter
{
    /// <summary>The text shown for a missing value in text and Markdown tables.</summary>
    public const string MissingText = "n/a";

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\t");
    private static readonly System.Buffers.SearchValues<char> MarkdownSpecials = System.Buffers.SearchValues.Create("\\|*_`[]<>#");

    /// <summary>Writes <paramref name="result"/> as an aligned plain-text table.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the text.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText<TPage>(RatingResult<TPage> result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        Table table = BuildTable(result);
        int columns = table.Header.Length;
        var widths = new int[columns];
        foreach (string[] line in table.Rows.Prepend(table.Header))
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        WriteAligned(writer, table.Header, widths, table.Numeric);
        for (int c = 0; c < columns; c++)
        {
            writer.Write(c == 0 ? "" : "  ");
            writer.Write(new string('-', widths[c]));
        }

        writer.Write('\n');
        foreach (string[] line in table.Rows)
        {
            WriteAligned(writer, line, widths, table.Numeric);
        }

        WriteNotes(result, writer, markdown: false);
    }

    /// <summary>Returns <paramref name="result"/> as an aligned plain-text table (see <see cref="WriteText{TPage}"/>).</summary>
    /// <param name="result">The result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToText<TPage>(RatingResult<TPage> result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteText(result, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="result"/> as a Markdown (GitHub) table, followed by the excluded pages and the method.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the Markdown.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMarkdown<TPage>(RatingResult<TPage> result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        Table table = BuildTable(result);
        WriteMarkdownLine(writer, table.Header);
        writer.Write('|');
        foreach (bool numeric in table.Numeric)
        {
            writer.Write(numeric ? " ---: |" : " --- |");
        }

        writer.Write('\n');
        foreach (string[] line in table.Rows)
        {
            WriteMarkdownLine(writer, line);
        }

        WriteNotes(result, writer, markdown: true);
    }

    /// <summary>Returns <paramref name="result"/> as Markdown (see <see cref="WriteMarkdown{TPage}"/>).</summary>
    /// <param name="result">The result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown<TPage>(RatingResult<TPage> result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdown(result, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="result"/> as comma-separated values, safe against formula injection.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the CSV.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv<TPage>(RatingResult<TPage> result, TextWriter writer) => WriteCsv(result, writer, ',');

    /// <summary>Writes <paramref name="result"/> as CSV with the given separator, safe against formula injection.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the CSV.</param>
    /// <param name="separator">The field separator, e.g. <c>;</c> for spreadsheets in cultures with a decimal comma.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is a quote, a letter or digit, <c>.</c>, <c>-</c>, <c>+</c>, or a line break.</exception>
    public static void WriteCsv<TPage>(RatingResult<TPage> result, TextWriter writer, char separator)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        if (separator is '"' or '\r' or '\n' or '.' or '-' or '+' || char.IsLetterOrDigit(separator))
        {
            throw FormattingThrow.BadSeparator(separator);
        }

        RatingMethod<TPage> method = result.Method;
        var csv = new CsvWriter(writer, separator);
        csv.Text("final place");
        csv.Text("id");
        csv.Text("name");
        foreach (WeightedIndicator<TPage> w in method.Indicators)
        {
            csv.Text(w.Indicator.Name + " value");
            csv.Text(w.Indicator.Name + " place");
            csv.Text(w.Indicator.Name + " weighted penalty");
        }

        csv.Text("total");
        foreach (ZoneScheme scheme in method.ZoneSchemes)
        {
            csv.Text(scheme.Name + " zone");
        }

        csv.Text("decided by");
        csv.Text("excluded because");
        csv.EndLine();

        foreach (RatingRow<TPage> row in result.Rows)
        {
            csv.Number(FormatNumber(row.FinalPlace));
            csv.Text(row.Id);
            csv.Text(row.Name);
            for (int j = 0; j < method.Indicators.Count; j++)
            {
                IndicatorScore score = row.Scores[j];
                csv.Number(score.IsMissing ? "" : FormatValue(score.ComparedValue, method.Indicators[j].Indicator.Precision));
                csv.Number(FormatNumber(score.Place));
                csv.Number(FormatNumber(score.Penalty));
            }

            csv.Number(FormatNumber(row.Total));
            for (int s = 0; s < method.ZoneSchemes.Count; s++)
            {
                csv.Text(row.ZoneOf(s)?.Name ?? "");
            }

            csv.Text(DecisionText(row.Decision));
            csv.Text("");
            csv.EndLine();
        }

        foreach (ExcludedPage<TPage> page in result.Excluded)
        {
            csv.Number("");
            csv.Text(page.Id);
            csv.Text(method.NameOf(page.Page));
            for (int j = 0; j < method.Indicators.Count * 3; j++)
            {
                csv.Number("");
            }

            csv.Number("");
            for (int s = 0; s < method.ZoneSchemes.Count; s++)
            {
                csv.Text("");
            }

            csv.Text("");
            csv.Text(page.Reason);
            csv.EndLine();
        }
    }

    /// <summary>Returns <paramref name="result"/> as comma-separated values (see <see cref="WriteCsv{TPage}(RatingResult{TPage}, TextWriter)"/>).</summary>
    /// <param name="result">The result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The CSV.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToCsv<TPage>(RatingResult<TPage> result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(result, writer);
        return writer.ToString();
    }

    /// <summary>Returns a text cell made safe for spreadsheets: a leading <c>'</c> when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The neutralized text (not yet quoted for CSV).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string NeutralizeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>Formats an indicator value as it is compared: rounded to <paramref name="precision"/> (see <see cref="Precision.Format"/>), or in full.</summary>
    /// <param name="value">The value; NaN gives an empty string.</param>
    /// <param name="precision">The indicator's precision; <see cref="Precision.Exact"/> gives the shortest text that reads back as the same number.</param>
    /// <returns>The text, in the invariant culture.</returns>
    public static string FormatValue(double value, Precision precision) => precision.Format(value, CultureInfo.InvariantCulture);

    /// <summary>Formats a place, penalty or total: whole numbers without decimals, others with up to 10 decimal places.</summary>
    /// <param name="value">The number; NaN gives an empty string.</param>
    /// <returns>The text, in the invariant culture.</returns>
    public static string FormatNumber(double value)
        => double.IsNaN(value) ? "" : (value + 0.0).ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>Returns a one-line description of the method's tie handling, e.g. <c>Ties: min on indicators, min on the total; tie-breakers: none.</c></summary>
    /// <param name="method">The method.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is <see langword="null"/>.</exception>
    public static string DescribeTies<TPage>(RatingMethod<TPage> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        string breakers = method.TieBreakers.Count == 0 ? "none (equal totals share the place)" : string.Join(", then ", method.TieBreakers.Select(t => "'" + t + "'"));
        return FormattingThrow.Invariant($"Ties: {TieName(method.IndicatorTies)} on indicators, {TieName(method.FinalTies)} on the total; tie-breakers: {breakers}.");
    }

    /// <summary>Returns a one-line description of an indicator: direction, precision, weight and missing-value rule.</summary>
    /// <param name="indicator">The weighted indicator.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The line, e.g. <c>'ER': higher is better, 2 decimals, weight 1, missing values rank last.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    public static string DescribeIndicator<TPage>(WeightedIndicator<TPage> indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Indicator<TPage> i = indicator.Indicator;
        string better = i.Better == Better.Higher ? "higher is better" : "lower is better";
        string precision = i.Precision.ToString();
        string missing = i.Missing switch
        {
            MissingValueRule.Exclude => "a missing value excludes the page",
            MissingValueRule.Fail => "a missing value is an error",
            _ => "missing values rank last",
        };
        return FormattingThrow.Invariant($"'{i.Name}': {better}, {precision}, weight {FormatNumber(indicator.Weight)}, {missing}.");
    }

    /// <summary>
    /// Explains one page's result in plain text: its final place and total, each indicator's value, place, weight and
    /// weighted penalty, what decided the place among pages with the same total, and its zones.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="id">The id of a rated page.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The explanation, one statement per line.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rated page has id <paramref name="id"/>.</exception>
    public static string Explain<TPage>(RatingResult<TPage> result, string id)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(id);
        RatingRow<TPage> row = result.Row(id);
        RatingMethod<TPage> method = result.Method;
        var text = new StringBuilder();
        text.Append(FormattingThrow.Invariant($"{row.Name}: final place {FormatNumber(row.FinalPlace)} of {result.Rows.Count}, {FormatNumber(row.Total)} penalty points."));
        text.Append('\n');
        for (int j = 0; j < method.Indicators.Count; j++)
        {
            IndicatorScore score = row.Scores[j];
            string value = score.IsMissing ? MissingText + " (missing, ranked last)" : FormatValue(score.ComparedValue, method.Indicators[j].Indicator.Precision);
            text.Append(FormattingThrow.Invariant(
                $"  {score.Indicator}: {value}, place {FormatNumber(score.Place)} × weight {FormatNumber(score.Weight)} = {FormatNumber(score.Penalty)}"));
            text.Append('\n');
        }

        var tied = new List<string>();
        foreach (RatingRow<TPage> other in result.Rows)
        {
            if (other.Total == row.Total && other.Position != row.Position)
            {
                tied.Add("'" + other.Name + "'");
            }
        }

        string others = string.Join(", ", tied);
        Decision decision = row.Decision;
        text.Append(decision.Kind switch
        {
            DecisionKind.Total => "No other page has this total.",
            DecisionKind.Shared => "Shares its place with " + others + ": equal totals, and no tie-breaker separates them.",
            DecisionKind.InputOrder => "Tied on the total with " + others + "; input order decided (ordinal ties).",
            _ => "Tied on the total with " + others + "; the better place on '" + decision.IndicatorName + "' decided.",
        });
        text.Append('\n');
        if (method.ZoneSchemes.Count > 0)
        {
            text.Append("Zones: ");
            for (int s = 0; s < method.ZoneSchemes.Count; s++)
            {
                text.Append(s == 0 ? "" : "; ").Append(method.ZoneSchemes[s].Name).Append(": ").Append(row.ZoneOf(s)?.Name ?? "none");
            }

            text.Append(".\n");
        }

        return text.ToString();
    }

    /// <summary>The text of a decision in a table cell: empty when the total alone decided, otherwise <see cref="Decision.ToString"/>.</summary>
    private static string DecisionText(Decision decision) => decision.Kind == DecisionKind.Total ? "" : decision.ToString();

    private static string TieName(Ranking.TieMethod ties) => ties switch
    {
        Ranking.TieMethod.Min => "min",
        Ranking.TieMethod.Max => "max",
        Ranking.TieMethod.Average => "average",
        Ranking.TieMethod.Dense => "dense",
        _ => "ordinal",
    };

    private static Table BuildTable<TPage>(RatingResult<TPage> result)
    {
        RatingMethod<TPage> method = result.Method;
        int k = method.Indicators.Count;
        int schemes = method.ZoneSchemes.Count;
        bool decided = false;
        foreach (RatingRow<TPage> row in result.Rows)
        {
            if (row.Decision.Kind != DecisionKind.Total)
            {
                decided = true;
                break;
            }
        }

        var header = new List<string> { "Place", "Page" };
        var numeric = new List<bool> { true, false };
        foreach (WeightedIndicator<TPage> w in method.Indicators)
        {
            header.Add(w.Indicator.Name);
            numeric.Add(true);
        }

        header.Add("Total");
        numeric.Add(true);
        foreach (ZoneScheme scheme in method.ZoneSchemes)
        {
            header.Add(scheme.Name);
            numeric.Add(false);
        }

        if (decided)
        {
            header.Add("Decided by");
            numeric.Add(false);
        }

        var rows = new List<string[]>(result.Rows.Count);
        foreach (RatingRow<TPage> row in result.Rows)
        {
            var line = new string[header.Count];
            int c = 0;
            line[c++] = FormatNumber(row.FinalPlace);
            line[c++] = Clean(row.Name);
            for (int j = 0; j < k; j++)
            {
                IndicatorScore score = row.Scores[j];
                string value = score.IsMissing ? MissingText : FormatValue(score.ComparedValue, method.Indicators[j].Indicator.Precision);
                line[c++] = value + " (" + FormatNumber(score.Place) + ")";
            }

            line[c++] = FormatNumber(row.Total);
            for (int s = 0; s < schemes; s++)
            {
                line[c++] = Clean(row.ZoneOf(s)?.Name ?? "");
            }

            if (decided)
            {
                line[c] = Clean(DecisionText(row.Decision));
            }

            rows.Add(line);
        }

        return new Table([.. header.Select(Clean)], [.. numeric], rows);
    }

    private static void WriteNotes<TPage>(RatingResult<TPage> result, TextWriter writer, bool markdown)
    {
        RatingMethod<TPage> method = result.Method;
        string bullet = markdown ? "- " : "  ";
        if (result.Excluded.Count > 0)
        {
            writer.Write('\n');
            writer.Write("Excluded:\n");
            if (markdown)
            {
                writer.Write('\n');
            }

            foreach (ExcludedPage<TPage> page in result.Excluded)
            {
                string name = Clean(method.NameOf(page.Page));
                writer.Write(bullet);
                writer.Write(markdown ? EscapeMarkdown(name) : name);
                writer.Write(": ");
                writer.Write(markdown ? EscapeMarkdown(Clean(page.Reason)) : Clean(page.Reason));
                writer.Write('\n');
            }
        }

        writer.Write('\n');
        writer.Write(markdown ? EscapeMarkdown(DescribeTies(method)) : DescribeTies(method));
        writer.Write('\n');
        writer.Write("Indicators:\n");
        if (markdown)
        {
            writer.Write('\n');
        }

        foreach (WeightedIndicator<TPage> w in method.Indicators)
        {
            writer.Write(bullet);
            writer.Write(markdown ? EscapeMarkdown(Clean(DescribeIndicator(w))) : Clean(DescribeIndicator(w)));
            writer.Write('\n');
        }
    }

    private static void WriteAligned(TextWriter writer, string[] line, int[] widths, bool[] numeric)
    {
        var text = new StringBuilder();
        for (int c = 0; c < line.Length; c++)
        {
            if (c > 0)
            {
                text.Append("  ");
            }

            text.Append(numeric[c] ? line[c].PadLeft(widths[c]) : line[c].PadRight(widths[c]));
        }

        writer.Write(text.ToString().TrimEnd());
        writer.Write('\n');
    }

    private static void WriteMarkdownLine(TextWriter writer, string[] line)
    {
        writer.Write('|');
        foreach (string cell in line)
        {
            writer.Write(' ');
            writer.Write(EscapeMarkdown(cell));
            writer.Write(" |");
        }

        writer.Write('\n');
    }

    /// <summary>Replaces line breaks and tabs, which would break a table line, with spaces.</summary>
    private static string Clean(string text)
        => text.AsSpan().IndexOfAny(LineBreaks) < 0 ? text : text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    private static string EscapeMarkdown(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownSpecials) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            if (ch is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }

    private sealed record Table(string[] Header, bool[] Numeric, List<string[]> Rows);

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
