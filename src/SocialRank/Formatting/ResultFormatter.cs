using System.Globalization;
using System.Text;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Formatting;

/// <summary>
/// Writes a <see cref="RatingResult{TPage}"/> in English as an aligned plain-text table, a Markdown table or CSV: a facade
/// over <see cref="RatingTables.Final{TPage}(RatingResult{TPage}, RatingTableOptions?)"/> and <see cref="TableWriter"/>
/// (use those for another language, a title or other cells). Pure: it writes only to the <see cref="TextWriter"/> it is
/// given; numbers use the invariant culture and each indicator's precision.
/// </summary>
/// <remarks>
/// <para>Text and Markdown show one row per rated page in final-place order: the final place, the page's display name,
/// each indicator as <c>value (place)</c>, the total, what decided when a tie-breaker or a shared place applies to any
/// row, and one column per zone scheme. A missing value is shown as <c>n/a</c>. Excluded pages follow with their
/// reasons, then the method (tie methods, tie-breakers, and each indicator's direction, precision, weight and missing-value
/// rule), so the table can be reproduced.</para>
/// <para>CSV: see <see cref="TableWriter.WriteCsv"/>.</para>
/// </remarks>
public static class ResultFormatter
{
    /// <summary>The text shown for a missing value in English text and Markdown tables (<see cref="LabelSet.Missing"/>).</summary>
    public const string MissingText = "n/a";

    /// <summary>Writes <paramref name="result"/> as an aligned plain-text table.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the text.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText<TPage>(RatingResult<TPage> result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TableWriter.WriteText(RatingTables.Final(result), writer);
    }

    /// <summary>Returns <paramref name="result"/> as an aligned plain-text table (see <see cref="WriteText{TPage}"/>).</summary>
    /// <param name="result">The result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToText<TPage>(RatingResult<TPage> result) => TableWriter.ToText(RatingTables.Final(result));

    /// <summary>Writes <paramref name="result"/> as a Markdown (GitHub) table, followed by the excluded pages and the method.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Receives the Markdown.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMarkdown<TPage>(RatingResult<TPage> result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TableWriter.WriteMarkdown(RatingTables.Final(result), writer);
    }

    /// <summary>Returns <paramref name="result"/> as Markdown (see <see cref="WriteMarkdown{TPage}"/>).</summary>
    /// <param name="result">The result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown<TPage>(RatingResult<TPage> result) => TableWriter.ToMarkdown(RatingTables.Final(result));

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
        TableWriter.WriteCsv(RatingTables.Final(result), writer, separator);
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
    public static string NeutralizeFormula(string text) => TableWriter.NeutralizeFormula(text);

    /// <summary>Formats an indicator value as it is compared: rounded to <paramref name="precision"/> (see <see cref="Precision.Format"/>), or in full.</summary>
    /// <param name="value">The value; NaN gives an empty string.</param>
    /// <param name="precision">The indicator's precision; <see cref="Precision.Exact"/> gives the shortest text that reads back as the same number.</param>
    /// <returns>The text, in the invariant culture.</returns>
    public static string FormatValue(double value, Precision precision) => precision.Format(value, CultureInfo.InvariantCulture);

    /// <summary>Formats a place, penalty or total: whole numbers without decimals, others with up to 10 decimal places.</summary>
    /// <param name="value">The number; NaN gives an empty string.</param>
    /// <returns>The text, in the invariant culture.</returns>
    public static string FormatNumber(double value) => RatingTables.Number(value, LabelSet.English);

    /// <summary>Returns a one-line description of the method's tie handling, e.g. <c>Ties: min on indicators, min on the total; tie-breakers: none.</c></summary>
    /// <param name="method">The method.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is <see langword="null"/>.</exception>
    public static string DescribeTies<TPage>(RatingMethod<TPage> method) => RatingTables.Describe(method, LabelSet.English).Ties;

    /// <summary>Returns a one-line description of an indicator: direction, precision, weight and missing-value rule.</summary>
    /// <param name="indicator">The weighted indicator.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The line, e.g. <c>'ER': higher is better, 2 decimals, half away from zero, weight 1, missing values rank last.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    public static string DescribeIndicator<TPage>(WeightedIndicator<TPage> indicator) => RatingTables.DescribeIndicator(indicator, LabelSet.English);

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
        text.Append(string.Create(CultureInfo.InvariantCulture, $"{row.Name}: final place {FormatNumber(row.FinalPlace)} of {result.Rows.Count}, {FormatNumber(row.Total)} penalty points."));
        text.Append('\n');
        for (int j = 0; j < method.Indicators.Count; j++)
        {
            IndicatorScore score = row.Scores[j];
            string value = score.IsMissing ? MissingText + " (missing, ranked last)" : FormatValue(score.ComparedValue, method.Indicators[j].Indicator.Precision);
            text.Append(string.Create(CultureInfo.InvariantCulture,
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
}
