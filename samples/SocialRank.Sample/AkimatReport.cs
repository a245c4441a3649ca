using System.Globalization;
using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Sample;

/// <summary>
/// Prints the sample's rating like the article: six indicator tables, then the final table with zones, each as aligned
/// text carrying the reconstruction notice; and writes the final table as Markdown and CSV.
/// </summary>
public static class AkimatReport
{
    private static readonly NumberFormatInfo RussianNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
    };

    /// <summary>Returns how numbers are written in <paramref name="language"/>: <c>1,234.5</c> or <c>1 234,5</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The number format.</returns>
    public static NumberFormatInfo Numbers(SampleLanguage language) =>
        language == SampleLanguage.Russian ? RussianNumbers : NumberFormatInfo.InvariantInfo;

    /// <summary>Writes the whole report: the heading, the six indicator tables and the final table.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language of headings.</param>
    public static void Write(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        WriteHeading(writer, result, language);
        for (int i = 0; i < result.Method.Indicators.Count; i++)
        {
            writer.WriteLine();
            WriteIndicatorTable(writer, result, i, language);
        }

        writer.WriteLine();
        WriteFinalTable(writer, result, language);
    }

    /// <summary>Writes what is rated and how: the notice, the method and the excluded pages.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language.</param>
    public static void WriteHeading(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        bool ru = language == SampleLanguage.Russian;
        RatingMethod<PageStats> method = result.Method;
        writer.WriteLine(ru
            ? "Рейтинг официальных страниц областных акиматов в Facebook и Instagram, июль 2020"
            : "The official Facebook and Instagram pages of Kazakhstan's regional akimats, July 2020");
        writer.WriteLine(SampleData.ReconstructionNotice(language));
        bool allHigher = method.Indicators.All(i => i.Indicator.Better == Better.Higher);
        writer.WriteLine(ru
            ? Invariant($"Страниц в рейтинге: {result.Rows.Count}. Показателей: {method.Indicators.Count}{(allHigher ? ", по каждому больше — лучше" : "")}. Место по показателю — штрафные очки; очки суммируются; меньше очков — выше итоговое место.")
            : Invariant($"Pages rated: {result.Rows.Count}. Indicators: {method.Indicators.Count}{(allHigher ? ", higher is better on each" : "")}. A page's place on an indicator is its penalty; penalties are summed; the fewest points win."));
        writer.WriteLine(ru
            ? "Равные значения делят место: " + TieName(method.IndicatorTies, language) + "; итоговые места: " + TieName(method.FinalTies, language) + "."
            : "Equal values share a place: " + TieName(method.IndicatorTies, language) + "; final places: " + TieName(method.FinalTies, language) + ".");
        foreach (ExcludedPage<PageStats> excluded in result.Excluded)
        {
            writer.WriteLine((ru ? "Не участвует (без места): " : "Excluded (no place): ") + excluded.Page.DisplayName + (ru ? ". Причина: " : ". Reason: ") + Reason(excluded.Reason, language) + ".");
        }
    }

    /// <summary>Writes the table of one indicator: rows in the order of their places on it.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="indicator">The 0-based position of the indicator in the method.</param>
    /// <param name="language">The language.</param>
    public static void WriteIndicatorTable(TextWriter writer, RatingResult<PageStats> result, int indicator, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        bool ru = language == SampleLanguage.Russian;
        Indicator<PageStats> definition = result.Method.Indicators[indicator].Indicator;
        ThresholdZoneScheme? zones = result.Method.ZoneSchemes.OfType<ThresholdZoneScheme>()
            .FirstOrDefault(z => z.IndicatorName == definition.Name);
        writer.WriteLine((ru ? "Таблица " : "Table ") + (indicator + 1).ToString(CultureInfo.InvariantCulture) + ". " + AkimatRating.Title(definition.Name, language));
        writer.WriteLine(SampleData.ReconstructionNotice(language));
        var columns = new List<(string, bool)> { (ru ? "место" : "place", true), (ru ? "страница" : "page", false), (ru ? "значение" : "value", true) };
        if (zones is not null)
        {
            columns.Add((ru ? "зона" : "zone", false));
        }

        var table = new TextTable([.. columns]);
        foreach (RatingRow<PageStats> row in result.Rows.OrderBy(r => r.Scores[indicator].Place).ThenBy(r => r.InputIndex))
        {
            IndicatorScore score = row.Scores[indicator];
            string value = FormatValue(score.ComparedValue, definition.Precision, language);
            string place = FormatPlace(score.Place);
            if (zones is null)
            {
                table.Add(place, row.Name, value);
            }
            else
            {
                table.Add(place, row.Name, value, row.ZoneOf(zones.Name)?.Name ?? "");
            }
        }

        table.WriteText(writer);
    }

    /// <summary>Writes the final table with zones.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language.</param>
    public static void WriteFinalTable(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        bool ru = language == SampleLanguage.Russian;
        writer.WriteLine(ru ? "Итоговая таблица" : "Final table");
        writer.WriteLine(SampleData.ReconstructionNotice(language));
        writer.WriteLine(ru
            ? "Столбцы 1–6: место (штрафные очки) по показателям таблиц 1–6; зоны: места 1–3 — лидеры, 4–10 — белая зона, затем три зоны по 5 (названия трёх нижних зон наши)."
            : "Columns 1-6: the place (penalty points) on the indicators of tables 1-6; zones: places 1-3 lead, 4-10 are the white zone, then three zones of 5 (the three lower zones' names are ours).");
        FinalTable(result, language).WriteText(writer);
    }

    /// <summary>Returns the final table: place, page, the place on each indicator, total and zone, in final-place order.</summary>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language of headings.</param>
    /// <returns>The table.</returns>
    public static TextTable FinalTable(RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        bool ru = language == SampleLanguage.Russian;
        int n = result.Method.Indicators.Count;
        var columns = new List<(string, bool)> { (ru ? "место" : "place", true), (ru ? "страница" : "page", false) };
        for (int i = 0; i < n; i++)
        {
            columns.Add(((i + 1).ToString(CultureInfo.InvariantCulture), true));
        }

        columns.Add((ru ? "очки" : "total", true));
        columns.Add((ru ? "зона" : "zone", false));
        var table = new TextTable([.. columns]);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            var cells = new List<string> { FormatPlace(row.FinalPlace), row.Name };
            for (int i = 0; i < n; i++)
            {
                cells.Add(FormatPlace(row.Scores[i].Place));
            }

            cells.Add(FormatPlace(row.Total));
            cells.Add(row.ZoneOf(AkimatRating.FinalZonesName)?.Name ?? "");
            table.Add([.. cells]);
        }

        return table;
    }

    /// <summary>
    /// Writes <c>final.md</c> (the heading with the reconstruction notice, the method and the excluded pages, then the final
    /// table as printed) and <c>final.csv</c> (the library's CSV of the whole result: every indicator's value, place and
    /// weighted penalty, the total, the zones and the excluded page) to <paramref name="directory"/>, creating it when needed.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language of headings.</param>
    /// <returns>The paths of the two files written.</returns>
    public static (string Markdown, string Csv) WriteFiles(string directory, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        string md = Path.Combine(directory, "final.md");
        string csv = Path.Combine(directory, "final.csv");
        using (var writer = new StreamWriter(md))
        {
            WriteMarkdown(writer, result, language);
        }

        using (var writer = new StreamWriter(csv))
        {
            ResultFormatter.WriteCsv(result, writer);
        }

        return (md, csv);
    }

    /// <summary>Writes the final table as Markdown, under the heading, the reconstruction notice and the method.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language of headings.</param>
    public static void WriteMarkdown(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var heading = new StringWriter { NewLine = "\n" };
        WriteHeading(heading, result, language);
        string[] lines = heading.ToString().TrimEnd('\n').Split('\n');
        writer.WriteLine("# " + lines[0]);
        writer.WriteLine();
        writer.WriteLine("**" + lines[1] + "**");
        writer.WriteLine();
        foreach (string line in lines.Skip(2))
        {
            writer.WriteLine(line + "  ");
        }

        writer.WriteLine();
        bool ru = language == SampleLanguage.Russian;
        IEnumerable<string> indicators = result.Method.Indicators.Select(
            (w, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " — " + AkimatRating.Title(w.Indicator.Name, language));
        writer.WriteLine((ru ? "Столбцы 1–6: место (штрафные очки) по показателям: " : "Columns 1-6: the place (penalty points) on the indicators: ")
            + string.Join("; ", indicators) + ".  ");
        writer.WriteLine(ru
            ? "Зоны: места 1–3 — лидеры, 4–10 — белая зона, затем три зоны по 5 (названия трёх нижних зон наши)."
            : "Zones: places 1-3 lead, 4-10 are the white zone, then three zones of 5 (the three lower zones' names are ours).");
        writer.WriteLine();
        FinalTable(result, language).WriteMarkdown(writer);
    }

    /// <summary>Formats a place or total: whole numbers without decimals, average-tie halves with them.</summary>
    /// <param name="place">The place; NaN for none.</param>
    /// <returns>The text; a dash for NaN.</returns>
    public static string FormatPlace(double place) =>
        double.IsNaN(place) ? "-" : ResultFormatter.FormatNumber(place);

    /// <summary>
    /// Formats an indicator value rounded to the indicator's precision as the library compares it (half to even), with
    /// group separators.
    /// </summary>
    /// <param name="value">The value; NaN is missing.</param>
    /// <param name="precision">The indicator's precision; an exact one is shown at two decimal places.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text; a dash for a missing value.</returns>
    public static string FormatValue(double value, Precision precision, SampleLanguage language)
    {
        if (double.IsNaN(value))
        {
            return "-";
        }

        Precision shown = precision.IsExact ? Precision.Decimals(2) : precision;
        return shown.Format(value, Numbers(language), groupThousands: true);
    }

    private static string TieName(TieMethod ties, SampleLanguage language) => (language, ties) switch
    {
        (SampleLanguage.Russian, TieMethod.Min) => "наименьшее из мест (min, «1224»)",
        (SampleLanguage.Russian, TieMethod.Average) => "среднее мест (average)",
        (SampleLanguage.Russian, TieMethod.Max) => "наибольшее из мест (max)",
        (SampleLanguage.Russian, TieMethod.Dense) => "плотные места (dense, «1223»)",
        (SampleLanguage.Russian, TieMethod.Ordinal) => "по порядку ввода (ordinal)",
        (_, TieMethod.Min) => "the lowest of their places (min, \"1224\")",
        (_, TieMethod.Average) => "the average of their places (average)",
        (_, TieMethod.Max) => "the highest of their places (max)",
        (_, TieMethod.Dense) => "dense places (dense, \"1223\")",
        _ => "broken by input order (ordinal)",
    };

    private static string Reason(string reason, SampleLanguage language) =>
        language == SampleLanguage.Russian && reason == "Registered as a personal account, not an official page"
            ? "зарегистрирована как личный аккаунт, а не официальная страница"
            : reason;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
