using System.Text;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Analysis;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli.Output;

/// <summary>Builds the library's table model of a result as the tool shows it: in the <c>--lang</c> labels, titled, with the method's interactions.</summary>
internal static class CliTable
{
    /// <summary>Returns the label set of <c>--lang</c> (English for a language the library has none for).</summary>
    internal static LabelSet Labels(string language) => LabelSet.Find(language) ?? LabelSet.English;

    /// <summary>
    /// Returns the table options of the tool: labels, title, the interaction kinds the method counts, and whether values
    /// are grouped in thousands in the language's number format (the library's one rule, <see cref="RatingTableOptions.GroupThousands"/>).
    /// </summary>
    internal static RatingTableOptions Options(LoadedMethod loaded, string title, string language, bool groupThousands = false, int? top = null, IReadOnlyDictionary<string, double>? previous = null) => new()
    {
        Top = top,
        PreviousPlaces = previous,
        Labels = Labels(language),
        Title = title,
        Interactions = Interactions(loaded.Resolved),
        GroupThousands = groupThousands,
    };

    /// <summary>
    /// Returns the final table of <paramref name="result"/>, every text in <paramref name="language"/>; values grouped in
    /// thousands (<c>142,318</c>, Russian <c>142 318</c>) when <paramref name="groupThousands"/> is set, as on the HTML page;
    /// only the first <paramref name="top"/> rows when it is set (<c>--top</c>); a change column against
    /// <paramref name="previous"/>'s final places by page id when it is set (<c>--previous</c>).
    /// </summary>
    internal static RatingTable Build(RatingResult<PageStats> result, LoadedMethod loaded, string title, string language, bool groupThousands = false, int? top = null, IReadOnlyDictionary<string, double>? previous = null)
        => RatingTables.Final(result, Options(loaded, title, language, groupThousands, top, previous));

    /// <summary>
    /// The line under a table that <c>--top</c> shortened, e.g. <c>The top 10 of 25 rated pages.</c>; <see langword="null"/>
    /// when the table shows every rated page.
    /// </summary>
    internal static string? TopLine(RatingTable table)
        => table.Rows.Count < table.RatedCount
            ? string.Format(table.Labels.Numbers, CliLabels.Of(table.Labels.Language).TopTemplate, table.Rows.Count, table.RatedCount)
            : null;

    /// <summary>
    /// Explains the places of the pages with <paramref name="ids"/> (rated or excluded) in sentences of
    /// <paramref name="language"/>, a blank line between pages.
    /// </summary>
    /// <exception cref="InputException">No page of the pages file has one of the ids.</exception>
    internal static string Explain(RatingResult<PageStats> result, IReadOnlyList<string> ids, string language, string pagesFile, UncertaintyResult<PageStats>? robustness = null)
    {
        var errors = new ErrorList();
        foreach (string id in ids)
        {
            if (!result.TryGetRow(id, out _) && !result.Excluded.Any(e => e.Id == id))
            {
                errors.Add($"--explain {id}: {pagesFile} has no page with this id.");
            }
        }

        errors.ThrowIfAny();
        LabelSet labels = Labels(language);
        CliLabels words = CliLabels.Of(language);
        IReadOnlyList<DominancePair>? dominance = result.Rows.Count <= Audits.MaxDominancePages ? Audits.Dominance(result) : null;
        return string.Join("\n", ids.Select(id =>
        {
            string text = RatingTables.Explain(result, id, labels);
            if (!result.TryGetRow(id, out _))
            {
                return text;
            }

            var more = new StringBuilder(text);
            if (dominance is not null)
            {
                string[] below = [.. dominance.Where(d => d.Dominator == id).Select(d => NameOf(result, d.Dominated))];
                string[] above = [.. dominance.Where(d => d.Dominated == id).Select(d => NameOf(result, d.Dominator))];
                more.Append(words.Fill(words.DominanceTemplate, below.Length, List(below), above.Length, List(above))).Append('\n');
            }

            if (robustness is not null)
            {
                PageUncertainty page = robustness.Page(id);
                more.Append(words.Fill(words.ExplainRobustnessTemplate, robustness.Perturbation.ToString(), robustness.Options.Runs, robustness.Options.Seed,
                    page.MedianPlace, page.Lower, page.Upper, page.ProbabilityTopK * 100, robustness.Options.TopK)).Append('\n');
            }

            return more.ToString();
        }));
    }

    private static string NameOf(RatingResult<PageStats> result, string id) => result.Row(id).Name;

    /// <summary>The first names of a list, then "…" when there are more than 5.</summary>
    private static string List(string[] names) => names.Length == 0 ? "" : ": " + string.Join(", ", names.Take(5)) + (names.Length > 5 ? ", …" : "");

    /// <summary>Describes the loaded method in sentences of <paramref name="language"/> (as under every table).</summary>
    internal static IEnumerable<string> Describe(LoadedMethod loaded, string language)
        => RatingTables.Describe(loaded.Method, Labels(language), Interactions(loaded.Resolved)).Lines;

    private static InteractionKinds Interactions(MethodFile method)
    {
        InteractionKinds kinds = InteractionKinds.None;
        foreach (string name in method.Interactions ?? [])
        {
            kinds |= Enum.Parse<InteractionKinds>(name, ignoreCase: true);
        }

        return kinds;
    }
}
