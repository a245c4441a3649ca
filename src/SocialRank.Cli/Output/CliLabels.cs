using SocialRank.Formatting;

namespace SocialRank.Cli.Output;

/// <summary>
/// The tool's own words, beside the library's <see cref="LabelSet"/>, in one <c>--lang</c> language: what
/// <c>method --check</c> says of a valid method and the progress report of a large input. Numbers are written in the
/// library's <see cref="LabelSet.Numbers"/> of the language. The messages of bad input and the help are English in every
/// language (the tool has no localisation of them yet).
/// </summary>
/// <param name="Labels">The library's labels of the same language (tables, notes, method text, explanations).</param>
/// <param name="ValidMethodTemplate">What <c>method --check</c> says of a valid method: <c>{0}</c> the file.</param>
/// <param name="ReadingTemplate">The progress line while reading: <c>{0}</c> the rows read.</param>
/// <param name="StageTemplate">The progress line of a stage: <c>{0}</c> the stage, <c>{1}</c> the rows, <c>{2}</c> the seconds so far.</param>
/// <param name="DoneTemplate">The last progress line: <c>{0}</c> the rows, <c>{1}</c> the seconds in all.</param>
/// <param name="Checked">The stage after the pages are read and checked.</param>
/// <param name="Rating">The stage of rating.</param>
/// <param name="Writing">The stage of writing the outputs.</param>
internal sealed record CliLabels(LabelSet Labels, string ValidMethodTemplate, string ReadingTemplate, string StageTemplate, string DoneTemplate,
    string Checked, string Rating, string Writing)
{
    /// <summary>Gets the English words.</summary>
    internal static CliLabels English { get; } = new(LabelSet.English, ValidMethodTemplate: "{0}: a valid method.",
        ReadingTemplate: "Reading: {0} rows", StageTemplate: "{0}: {1} rows ({2} s)", DoneTemplate: "Done: {0} rows in {1} s",
        Checked: "Checked", Rating: "Rating", Writing: "Writing");

    /// <summary>Gets the Russian words.</summary>
    internal static CliLabels Russian { get; } = new(LabelSet.Russian, ValidMethodTemplate: "{0}: методика без ошибок.",
        ReadingTemplate: "Чтение: строк {0}", StageTemplate: "{0}: строк {1} ({2} с)", DoneTemplate: "Готово: строк {0} за {1} с",
        Checked: "Проверено", Rating: "Расчёт", Writing: "Запись");

    /// <summary>Gets every language of the tool.</summary>
    internal static IReadOnlyList<CliLabels> All { get; } = [English, Russian];

    /// <summary>Returns the words of <c>--lang</c> (English for a language the tool has none for).</summary>
    internal static CliLabels Of(string language)
        => All.FirstOrDefault(l => string.Equals(l.Labels.Language, language, StringComparison.OrdinalIgnoreCase)) ?? English;

    /// <summary>Fills a template with texts already written (see <see cref="Count"/> and <see cref="Seconds"/>).</summary>
    internal string Fill(string template, params object[] args) => string.Format(Labels.Numbers, template, args);

    /// <summary>Writes a count with group separators, e.g. <c>100,001</c> (English) or <c>100 001</c> (Russian).</summary>
    internal string Count(int rows) => rows.ToString("N0", Labels.Numbers);

    /// <summary>Writes seconds with one decimal, e.g. <c>1.5</c> (English) or <c>1,5</c> (Russian).</summary>
    internal string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", Labels.Numbers);
}
