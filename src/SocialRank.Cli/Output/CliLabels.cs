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
        Checked: "Checked", Rating: "Rating", Writing: "Writing")
    {
        SheetRating = "Rating",
        DominanceTemplate = "Dominance: it dominates {0} pages (no worse on every indicator, better on one){1}; {2} pages dominate it{3}.",
        ExplainRobustnessTemplate = "Robustness ({0}, {1:N0} runs, seed {2}): median place {3:0.##}, 5–95 % interval {4:0.##}–{5:0.##}, in the top {7} in {6:0.#} % of the runs.",
        Source = "Source",
        Date = "Date",
        IndicatorHeader = "Indicator",
        DirectionHeader = "Better",
        WeightHeader = "Weight",
        PrecisionHeader = "Compared and shown at",
        MissingHeader = "Missing values",
        ByPlacesTemplate = "{0}: by final place; pages that share a place share its zone.",
        ByValueTemplate = "{0}: by the value of '{1}', as compared and shown.",
        ByTotalTemplate = "{0}: by the total.",
        PlaceTemplate = "place {0}",
        PlacesTemplate = "places {0}–{1}",
        RestTemplate = "place {0} and below",
        NoValue = "no value",
        BothBoundsTemplate = "{0} and {1}",
        EqualTotals = "Equal totals",
        EqualTotalTemplate = "Total {0}: {1}.",
        TiedPageTemplate = "{0} ({1})",
        ChartPartTemplate = "The top {0} and the bottom {0} of {1:N0} pages; {2:N0} in between not shown",
        TopTemplate = "The top {0:N0} of {1:N0} rated pages.",
        TargetPageTemplate = "{0} ({1}): place {2}, {3}.\nThe smallest change of one figure, every other page and figure as they are; each answer checked by re-rating.",
        TargetBetterPlace = "To a better place",
        TargetPlaceTemplate = "To place {0}",
        TargetZoneTemplate = "To {0}",
        TargetFigureHeader = "Figure",
        MoveUpHeader = "To move up",
        MoveUpFirst = "first already",
        TargetChangeHeader = "Change",
        TargetPercentHeader = "Of today",
        TargetPlaceHeader = "Place",
        TargetZoneHeader = "Zone",
        TargetChangeTemplate = "{0} {1} ({2} → {3})",
        TargetAlreadyMet = "already there",
        TargetUnreachableTemplate = "no change of {0} alone gets there",
        TargetUnknownTemplate = "Not in the data: {0}.",
        PostsEditionTemplate = "posts of {0}, time zone {1}",
    };

    /// <summary>Gets the Russian words.</summary>
    internal static CliLabels Russian { get; } = new(LabelSet.Russian, ValidMethodTemplate: "{0}: методика без ошибок.",
        ReadingTemplate: "Чтение: строк {0}", StageTemplate: "{0}: строк {1} ({2} с)", DoneTemplate: "Готово: строк {0} за {1} с",
        Checked: "Проверено", Rating: "Расчёт", Writing: "Запись")
    {
        SheetRating = "Рейтинг",
        DominanceTemplate = "Доминирование: не хуже по всем показателям и лучше хотя бы по одному, чем страниц: {0}{1}; таких страниц против неё: {2}{3}.",
        ExplainRobustnessTemplate = "Устойчивость ({0}, прогонов {1:N0}, seed {2}): медианное место {3:0.##}, интервал 5–95 % {4:0.##}–{5:0.##}, в первой {7} в {6:0.#} % прогонов.",
        Source = "Источник",
        Date = "Дата",
        IndicatorHeader = "Показатель",
        DirectionHeader = "Что лучше",
        WeightHeader = "Вес",
        PrecisionHeader = "Точность сравнения и показа",
        MissingHeader = "Пропущенные значения",
        ByPlacesTemplate = "{0}: по итоговому месту; страницы, которые делят место, делят и его зону.",
        ByValueTemplate = "{0}: по значению показателя «{1}», как оно сравнивается и показано.",
        ByTotalTemplate = "{0}: по сумме мест.",
        PlaceTemplate = "место {0}",
        PlacesTemplate = "места {0}–{1}",
        RestTemplate = "место {0} и ниже",
        NoValue = "нет значения",
        BothBoundsTemplate = "{0} и {1}",
        EqualTotals = "Равные суммы мест",
        EqualTotalTemplate = "Сумма мест {0}: {1}.",
        TiedPageTemplate = "{0} ({1})",
        ChartPartTemplate = "Первые {0} и последние {0} из {1:N0} страниц; {2:N0} между ними не показаны",
        TopTemplate = "Первые {0:N0} из {1:N0} страниц рейтинга.",
        TargetPageTemplate = "{0} ({1}): место {2}, {3}.\nНаименьшее изменение одного показателя при прочих равных; каждый ответ проверен пересчётом рейтинга.",
        TargetBetterPlace = "До места выше",
        TargetPlaceTemplate = "До места {0}",
        TargetZoneTemplate = "До зоны «{0}»",
        TargetFigureHeader = "Показатель",
        MoveUpHeader = "Чтобы подняться",
        MoveUpFirst = "уже первая",
        TargetChangeHeader = "Изменение",
        TargetPercentHeader = "От текущего",
        TargetPlaceHeader = "Место",
        TargetZoneHeader = "Зона",
        TargetChangeTemplate = "{0} {1} ({2} → {3})",
        TargetAlreadyMet = "уже достигнуто",
        TargetUnreachableTemplate = "одним изменением ({0}) не достичь",
        TargetUnknownTemplate = "Нет в данных: {0}.",
        PostsEditionTemplate = "публикации за {0}, часовой пояс {1}",
    };

    /// <summary>
    /// Gets what a chart of many pages says of the pages it leaves out: <c>{0}</c> the bars drawn at each end,
    /// <c>{1}</c> the pages rated, <c>{2}</c> the pages not drawn.
    /// </summary>
    internal required string ChartPartTemplate { get; init; }

    /// <summary>Gets the line under a table <c>--top</c> shortened: <c>{0}</c> the rows shown, <c>{1}</c> the pages rated.</summary>
    internal required string TopTemplate { get; init; }

    /// <summary>Gets how an edition rated from posts (<c>--posts</c>) states its period and time zone after the title: <c>{0}</c> the period, <c>{1}</c> the zone's id.</summary>
    internal required string PostsEditionTemplate { get; init; }

    /// <summary>Gets the <c>--explain</c> line on dominance: <c>{0}</c> pages it dominates, <c>{1}</c> their names, <c>{2}</c> pages that dominate it, <c>{3}</c> theirs.</summary>
    internal required string DominanceTemplate { get; init; }

    /// <summary>Gets the <c>--explain</c> line of <c>--explain-runs</c>: <c>{0}</c> the perturbation, <c>{1}</c> runs, <c>{2}</c> seed, <c>{3}</c> median, <c>{4}</c>–<c>{5}</c> the interval, <c>{6}</c> the % in the top <c>{7}</c>.</summary>
    internal required string ExplainRobustnessTemplate { get; init; }

    /// <summary>Gets the name of the workbook's first sheet, the final table (<c>--out rating.xlsx</c>).</summary>
    internal required string SheetRating { get; init; }

    /// <summary>Gets the label of the HTML page's source line (<c>--source</c>), e.g. <c>Source</c>.</summary>
    internal required string Source { get; init; }

    /// <summary>Gets the label of the HTML page's date line (<c>--date</c>), e.g. <c>Date</c>.</summary>
    internal required string Date { get; init; }

    /// <summary>Gets the header of the indicator column of the HTML page's method table.</summary>
    internal required string IndicatorHeader { get; init; }

    /// <summary>Gets the header of the direction column (higher or lower is better) of the method table.</summary>
    internal required string DirectionHeader { get; init; }

    /// <summary>Gets the header of the weight column of the method table.</summary>
    internal required string WeightHeader { get; init; }

    /// <summary>Gets the header of the precision and rounding rule column of the method table.</summary>
    internal required string PrecisionHeader { get; init; }

    /// <summary>Gets the header of the missing-value rule column of the method table.</summary>
    internal required string MissingHeader { get; init; }

    /// <summary>Gets the legend line of a scheme of final-place bands: <c>{0}</c> the scheme's name.</summary>
    internal required string ByPlacesTemplate { get; init; }

    /// <summary>Gets the legend line of a scheme of value thresholds on an indicator: <c>{0}</c> the scheme's name, <c>{1}</c> the indicator's.</summary>
    internal required string ByValueTemplate { get; init; }

    /// <summary>Gets the legend line of a scheme of value thresholds on the total: <c>{0}</c> the scheme's name.</summary>
    internal required string ByTotalTemplate { get; init; }

    /// <summary>Gets a band of one final place: <c>{0}</c> the place.</summary>
    internal required string PlaceTemplate { get; init; }

    /// <summary>Gets a band of final places: <c>{0}</c> the first, <c>{1}</c> the last.</summary>
    internal required string PlacesTemplate { get; init; }

    /// <summary>Gets the band of the pages after the last band: <c>{0}</c> its first place.</summary>
    internal required string RestTemplate { get; init; }

    /// <summary>Gets the band of the pages without a value.</summary>
    internal required string NoValue { get; init; }

    /// <summary>Gets a value band with two bounds: <c>{0}</c> the lower (<c>≥ 5</c>), <c>{1}</c> the upper (<c>&lt; 10</c>).</summary>
    internal required string BothBoundsTemplate { get; init; }

    /// <summary>Gets the heading of the list of equal totals and what decided between their pages.</summary>
    internal required string EqualTotals { get; init; }

    /// <summary>Gets one equal total: <c>{0}</c> the total, <c>{1}</c> its pages (see <see cref="TiedPageTemplate"/>), joined by <c>; </c>.</summary>
    internal required string EqualTotalTemplate { get; init; }

    /// <summary>Gets one page of an equal total: <c>{0}</c> its name, <c>{1}</c> what decided its place (the table's decision text).</summary>
    internal required string TiedPageTemplate { get; init; }

    /// <summary>Gets the first line of <c>targets</c>: <c>{0}</c> the page's name, <c>{1}</c> its id, <c>{2}</c> its place, <c>{3}</c> its zone.</summary>
    internal required string TargetPageTemplate { get; init; }

    /// <summary>Gets the title of the moves to a better place.</summary>
    internal required string TargetBetterPlace { get; init; }

    /// <summary>Gets the title of the moves to a place: <c>{0}</c> the place.</summary>
    internal required string TargetPlaceTemplate { get; init; }

    /// <summary>Gets the title of the moves to a zone: <c>{0}</c> the zone.</summary>
    internal required string TargetZoneTemplate { get; init; }

    /// <summary>Gets the header of the HTML page's column of each page's cheapest move to a better place (<c>rate --to-move-up</c>).</summary>
    internal required string MoveUpHeader { get; init; }

    /// <summary>Gets what the move-up column says of a page at place 1.</summary>
    internal required string MoveUpFirst { get; init; }

    /// <summary>Gets the header of the figure column of <c>targets</c>.</summary>
    internal required string TargetFigureHeader { get; init; }

    /// <summary>Gets the header of the change column of <c>targets</c>.</summary>
    internal required string TargetChangeHeader { get; init; }

    /// <summary>Gets the header of the change as a percentage of today's figure.</summary>
    internal required string TargetPercentHeader { get; init; }

    /// <summary>Gets the header of the place (today → with the change).</summary>
    internal required string TargetPlaceHeader { get; init; }

    /// <summary>Gets the header of the zone (today → with the change).</summary>
    internal required string TargetZoneHeader { get; init; }

    /// <summary>Gets a change: <c>{0}</c> the signed change, <c>{1}</c> the figure, <c>{2}</c> today's figure, <c>{3}</c> the new one.</summary>
    internal required string TargetChangeTemplate { get; init; }

    /// <summary>Gets what <c>targets</c> says when the page is there already.</summary>
    internal required string TargetAlreadyMet { get; init; }

    /// <summary>Gets what <c>targets</c> says when no change of the figure gets there: <c>{0}</c> the figure.</summary>
    internal required string TargetUnreachableTemplate { get; init; }

    /// <summary>Gets the line under a <c>targets</c> table that lists the figures the page does not have: <c>{0}</c> the figures.</summary>
    internal required string TargetUnknownTemplate { get; init; }

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
