using System.Globalization;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Sample;

/// <summary>
/// Prints the sample's rating like the article: six indicator tables, then the final table with zones, each the
/// library's table (<see cref="RatingTables"/>, <see cref="TableWriter"/>) under its heading and the reconstruction
/// notice; and writes the final table as Markdown and CSV. The sample has no table printer of its own.
/// </summary>
public static class AkimatReport
{
    /// <summary>Returns the library's labels of <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label set.</returns>
    public static LabelSet Labels(SampleLanguage language) => language == SampleLanguage.Russian ? LabelSet.Russian : LabelSet.English;

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

    /// <summary>Writes what is rated: the title and the reconstruction notice (the method and the excluded page follow the final table).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language.</param>
    public static void WriteHeading(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteLine(language == SampleLanguage.Russian
            ? "Рейтинг официальных страниц областных акиматов в Facebook и Instagram, июль 2020"
            : "The official Facebook and Instagram pages of Kazakhstan's regional akimats, July 2020");
        writer.WriteLine(SampleData.ReconstructionNotice(language));
    }

    /// <summary>Writes the library's table of one indicator: rows in the order of their places on it.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="indicator">The 0-based position of the indicator in the method.</param>
    /// <param name="language">The language.</param>
    public static void WriteIndicatorTable(TextWriter writer, RatingResult<PageStats> result, int indicator, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        string title = AkimatRating.Title(result.Method.Indicators[indicator].Indicator.Name, language);
        writer.WriteLine((language == SampleLanguage.Russian ? "Таблица " : "Table ") + (indicator + 1).ToString(CultureInfo.InvariantCulture) + ". " + title);
        writer.WriteLine(SampleData.ReconstructionNotice(language));
        Write(writer, TableWriter.ToText(RatingTables.ForIndicator(result, indicator, Options(language))));
    }

    /// <summary>Writes the library's final table with zones, the excluded page and the method.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language.</param>
    public static void WriteFinalTable(TextWriter writer, RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteLine(language == SampleLanguage.Russian ? "Итоговая таблица" : "Final table");
        writer.WriteLine(SampleData.ReconstructionNotice(language));
        writer.WriteLine(ColumnsNote(language));
        Write(writer, TableWriter.ToText(FinalTable(result, language)));
    }

    /// <summary>Returns the library's final table as the article prints it: the place on each indicator (columns numbered as the tables), the total and the zones.</summary>
    /// <param name="result">The sample's rating.</param>
    /// <param name="language">The language of headings.</param>
    /// <returns>The table.</returns>
    public static RatingTable FinalTable(RatingResult<PageStats> result, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return RatingTables.Final(result, Options(language) with
        {
            ShowValues = false,
            IndicatorHeaders = [.. Enumerable.Range(1, result.Method.Indicators.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))],
        });
    }

    /// <summary>
    /// Writes <c>final.md</c> (the heading with the reconstruction notice, then the library's final table as Markdown with
    /// the excluded page and the method) and <c>final.csv</c> (the library's CSV of the whole result: every indicator's
    /// value, place and weighted penalty, the total, the zones and the excluded page) to <paramref name="directory"/>,
    /// creating it when needed.
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
            TableWriter.WriteCsv(RatingTables.Final(result, Options(language)), writer);
        }

        return (md, csv);
    }

    /// <summary>Writes the final table as Markdown, under the heading, the reconstruction notice and what the columns are.</summary>
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
        bool ru = language == SampleLanguage.Russian;
        IEnumerable<string> indicators = result.Method.Indicators.Select(
            (w, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " — " + AkimatRating.Title(w.Indicator.Name, language));
        writer.WriteLine((ru ? "Столбцы 1–6: место (штрафные очки) по показателям: " : "Columns 1-6: the place (penalty points) on the indicators: ")
            + string.Join("; ", indicators) + ".  ");
        writer.WriteLine(ru
            ? "Зоны: места 1–3 — лидеры, 4–10 — белая зона, затем три зоны по 5 (названия трёх нижних зон наши)."
            : "Zones: places 1-3 lead, 4-10 are the white zone, then three zones of 5 (the three lower zones' names are ours).");
        writer.WriteLine();
        Write(writer, TableWriter.ToMarkdown(FinalTable(result, language)));
    }

    /// <summary>Formats a place or total as the library does: whole numbers without decimals, average-tie halves with them.</summary>
    /// <param name="place">The place; NaN for none.</param>
    /// <returns>The text; a dash for NaN.</returns>
    public static string FormatPlace(double place) =>
        double.IsNaN(place) ? "-" : ResultFormatter.FormatNumber(place);

    private static RatingTableOptions Options(SampleLanguage language)
        => new() { Labels = Labels(language), GroupThousands = true, Interactions = InteractionKinds.All };

    private static string ColumnsNote(SampleLanguage language) => language == SampleLanguage.Russian
        ? "Столбцы 1–6: место (штрафные очки) по показателям таблиц 1–6; зоны: места 1–3 — лидеры, 4–10 — белая зона, затем три зоны по 5 (названия трёх нижних зон наши)."
        : "Columns 1-6: the place (penalty points) on the indicators of tables 1-6; zones: places 1-3 lead, 4-10 are the white zone, then three zones of 5 (the three lower zones' names are ours).";

    /// <summary>Writes the library's text with the writer's own line ends.</summary>
    private static void Write(TextWriter writer, string text)
    {
        foreach (string line in text.TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine(line);
        }
    }
}
