using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using SocialRank.Analysis;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli;

/// <summary>
/// <c>socialrank targets pages.csv --page ID</c>: what would move this page up (the library's
/// <see cref="ImprovementTargets"/>): for each of the page's figures, or the one named by <c>--figure</c>, the smallest
/// whole change that gives it a better final place (or <c>--to-place N</c>, or <c>--to-zone NAME</c>), every other page
/// and figure fixed, each answer checked by re-rating. Without a target it also gives the moves to the next zone up.
/// Reads and checks the pages as <c>rate</c> does.
/// </summary>
internal static class TargetsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal static async Task<int> RunAsync(TargetsOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        string format = AnalysisReport.Format(options.Format, options.Out, "targets");

        if (options.ToPlace is not null && options.ToZone is not null)
        {
            throw new InputException("--to-place and --to-zone: give one target, not both.");
        }

        if (options.ToPlace is int place && place < 1)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--to-place {place}: a place is a whole number from 1."));
        }

        PageField[] fields = [.. PageFields.All.Where(f => f != PageFields.Population)];
        if (options.Figure is { } key)
        {
            if (!PageFields.TryGet(key, out PageField? field) || field == PageFields.Population)
            {
                throw new InputException($"--figure '{key}': not a figure of a page; the figures are {string.Join(", ", fields.Select(f => f.Key))}.");
            }

            fields = [field];
        }

        var rate = new RateOptions(options.Pages, options.Regions, options.Method, null, null, false, null, options.Out, null, options.Language, null, [], Encoding: options.Encoding);
        OutputTargets.Check(RateCommand.Outputs(rate), RateCommand.Inputs(rate));
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = RateCommand.ReadPages(rate, loaded, progress, words, []);
        RatingResult<PageStats> rating = RateCommand.Evaluate(() => loaded.Method.Evaluate(pages, new EvaluationOptions { CancellationToken = cancellationToken }), pages, lines, pagesFile, isSheet);
        cancellationToken.ThrowIfCancellationRequested();

        if (!rating.TryGetRow(options.Page, out RatingRow<PageStats> row))
        {
            throw new InputException(rating.Excluded.FirstOrDefault(e => e.Id == options.Page) is { } excluded
                ? $"--page '{options.Page}': the page is excluded from the rating ({excluded.Reason}), so it has no place to improve."
                : $"--page '{options.Page}': no page with this id in {options.Pages}.");
        }

        List<Section> sections = [];
        PageFigure<PageStats>[] figures = Figures(fields);
        if (options.ToPlace is int to)
        {
            sections.Add(Find(rating, row, figures, ImprovementTarget.ToPlace(to), words.Fill(words.TargetPlaceTemplate, to)));
        }
        else if (options.ToZone is { } zone)
        {
            string? scheme = loaded.Method.ZoneSchemes.FirstOrDefault(s => s.Zones.Any(z => z.Name == zone))?.Name;
            if (scheme is null)
            {
                string known = string.Join(", ", loaded.Method.ZoneSchemes.SelectMany(s => s.Zones).Select(z => "'" + z.Name + "'").Distinct());
                throw new InputException(known.Length == 0 ? $"--to-zone '{zone}': the method has no zones." : $"--to-zone '{zone}': the method has no zone of that name; its zones are {known}.");
            }

            sections.Add(Find(rating, row, figures, ImprovementTarget.ToZone(zone, scheme), words.Fill(words.TargetZoneTemplate, zone)));
        }
        else
        {
            TargetSummary summary = ImprovementTargets.Summarize(rating, options.Page, figures);
            sections.Add(new Section(words.TargetBetterPlace, ImprovementTarget.BetterPlace, summary.ToBetterPlace));
            if (summary.NextZone is { } next)
            {
                sections.Add(new Section(words.Fill(words.TargetZoneTemplate, next), summary.ToNextZone.Count > 0 ? summary.ToNextZone[0].Target : ImprovementTarget.ToZone(next), summary.ToNextZone));
            }
        }

        string? zoneToday = loaded.Method.ZoneSchemes.Count > 0 ? row.ZoneOf(0)?.Name : null;
        AnalysisReport Laid() => Report(row, zoneToday, sections, words, options.Language, loaded.Title);
        Action<TextWriter> write = format switch
        {
            "json" => w => WriteJson(row, zoneToday, sections, w),
            "csv" => w => WriteCsv(sections, w),
            "md" => w => Laid().WriteMarkdown(w),
            "html" => w => HtmlRenderer.WriteReport(Laid(), options.Language, w),
            _ => w => WriteTable(row, zoneToday, sections, words, options.Language, w),
        };
        await RateCommand.WriteOutputAsync(options.Out, format, write, null, null, stdout, cancellationToken,
            (stream, ct) => XlsxRenderer.WriteReportAsync(Laid(), "Targets", stream, ct)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static Section Find(RatingResult<PageStats> rating, RatingRow<PageStats> row, PageFigure<PageStats>[] figures, ImprovementTarget target, string title)
    {
        FigureTarget[] answers = [.. figures.Select(f => ImprovementTargets.Find(rating, row.Id, f, target))];

        // Cheapest first, as the summary orders them: the reached ones by the change as a share of today's figure.
        return new Section(title, target, [.. answers.OrderBy(a => a.IsReached ? 0 : 1).ThenBy(a => a.IsReached ? Math.Abs(a.PercentOfToday ?? double.PositiveInfinity) : 0).ThenBy(a => a.IsReached ? Math.Abs(a.Change!.Value) : 0)]);
    }

    /// <summary>The answers of a section as the tables show them: figure, change, share of today's figure, place, zone; figures the page lacks left out.</summary>
    private static List<string[]> Rows(Section section, CliLabels words, string language)
    {
        IFormatProvider numbers = words.Labels.Numbers;
        return [.. section.Answers.Where(a => a.Outcome != TargetOutcome.FigureUnknown).Select(a =>
        {
            string name = FieldName(a.Figure, language);
            return a.Outcome switch
            {
                TargetOutcome.Reached =>
                [
                    name,
                    ChangeText(a, words, language),
                    a.PercentOfToday is double p ? (p > 0 ? "+" : "−") + Math.Abs(p).ToString("0.0", numbers) + " %" : "",
                    N(a.PlaceToday, numbers) + " → " + N(a.PlaceThen!.Value, numbers),
                    a.ZoneToday == a.ZoneThen ? a.ZoneThen ?? "" : $"{a.ZoneToday ?? "–"} → {a.ZoneThen ?? "–"}",
                ],
                TargetOutcome.AlreadyMet => [name, words.TargetAlreadyMet, "", N(a.PlaceToday, numbers), a.ZoneToday ?? ""],
                _ => new[] { name, words.Fill(words.TargetUnreachableTemplate, name), "", "", "" },
            };
        })];
    }

    /// <summary>The figures of a section the page has no value for, as one line; <see langword="null"/> when it has them all.</summary>
    private static string? Unknown(Section section, CliLabels words, string language)
    {
        string[] unknown = [.. section.Answers.Where(a => a.Outcome == TargetOutcome.FigureUnknown).Select(a => FieldName(a.Figure, language))];
        return unknown.Length == 0 ? null : words.Fill(words.TargetUnknownTemplate, string.Join(", ", unknown));
    }

    private static void WriteTable(RatingRow<PageStats> row, string? zone, List<Section> sections, CliLabels words, string language, TextWriter w)
    {
        IFormatProvider numbers = words.Labels.Numbers;
        w.Write(words.Fill(words.TargetPageTemplate, row.Name, row.Id, N(row.FinalPlace, numbers), zone ?? "–") + "\n");
        foreach (Section section in sections)
        {
            w.Write("\n" + section.Title + ":\n");
            string[] header = [words.TargetFigureHeader, words.TargetChangeHeader, words.TargetPercentHeader, words.TargetPlaceHeader, words.TargetZoneHeader];
            List<string[]> rows = Rows(section, words, language);
            if (rows.Count > 0)
            {
                TextColumns.Write(w, header, rows, 0, 1, 4);
            }

            if (Unknown(section, words, language) is { } unknown)
            {
                w.Write(unknown + "\n");
            }
        }
    }

    /// <summary>The answers as one report for the Markdown, HTML and xlsx formats: each row with its target first, the page's line as the heading, figures it lacks as notes.</summary>
    private static AnalysisReport Report(RatingRow<PageStats> row, string? zone, List<Section> sections, CliLabels words, string language, string title)
    {
        IFormatProvider numbers = words.Labels.Numbers;
        string[] lines = words.Fill(words.TargetPageTemplate, row.Name, row.Id, N(row.FinalPlace, numbers), zone ?? "–").Split('\n');
        var report = new AnalysisReport($"{title}: {row.Name}", lines[0],
            ["Target", words.TargetFigureHeader, words.TargetChangeHeader, words.TargetPercentHeader, words.TargetPlaceHeader, words.TargetZoneHeader], 0, 1, 2, 5);
        foreach (Section section in sections)
        {
            foreach (string[] cells in Rows(section, words, language))
            {
                report.Row([section.Title, .. cells], null);
            }
        }

        report.Block();
        foreach (string line in lines.Skip(1))
        {
            report.Text(line);
        }

        foreach (Section section in sections)
        {
            if (Unknown(section, words, language) is { } unknown)
            {
                report.Text($"{section.Title}: {unknown}");
            }
        }

        return report;
    }

    /// <summary>The answers as CSV, one row per target and figure: the numbers as numbers (empty when there is none).</summary>
    private static void WriteCsv(List<Section> sections, TextWriter w)
    {
        static string R(double? value) => value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
        using SepWriter csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(w, leaveOpen: true);
        foreach (Section section in sections)
        {
            foreach (FigureTarget a in section.Answers)
            {
                using SepWriter.Row row = csv.NewRow();
                row["target"].Set(section.Target.ToString());
                row["figure"].Set(a.Figure);
                row["outcome"].Set(Outcome(a.Outcome));
                row["today"].Set(R(a.Today));
                row["value"].Set(R(a.Value));
                row["change"].Set(R(a.Change));
                row["percent of today"].Set(R(a.PercentOfToday));
                row["place today"].Set(R(a.PlaceToday));
                row["place then"].Set(R(a.PlaceThen));
                row["zone then"].Set(Formatting.TableWriter.NeutralizeFormula(a.ZoneThen ?? ""));
            }
        }
    }

    private static void WriteJson(RatingRow<PageStats> row, string? zone, List<Section> sections, TextWriter w)
    {
        var document = new
        {
            page = row.Id,
            name = row.Name,
            place = row.FinalPlace,
            zone,
            targets = sections.Select(s => new
            {
                target = s.Target.ToString(),
                kind = s.Target.Kind switch { TargetKind.Place => "place", TargetKind.Zone => "zone", _ => "better place" },
                toPlace = s.Target.Place,
                toZone = s.Target.Zone,
                scheme = s.Target.Scheme,
                answers = s.Answers.Select(a => new
                {
                    figure = a.Figure,
                    outcome = Outcome(a.Outcome),
                    today = a.Today,
                    value = a.Value,
                    change = a.Change,
                    percentOfToday = a.PercentOfToday,
                    placeThen = a.PlaceThen,
                    zoneThen = a.ZoneThen,
                }),
            }),
        };
        w.Write(JsonSerializer.Serialize(document, Indented));
        w.Write('\n');
    }

    /// <summary>A reached answer's change in the figure's unit: "+412 engaged users (19,103 → 19,515)".</summary>
    internal static string ChangeText(FigureTarget answer, CliLabels words, string language)
    {
        IFormatProvider numbers = words.Labels.Numbers;
        return words.Fill(words.TargetChangeTemplate, Signed(answer.Change!.Value, numbers), FieldName(answer.Figure, language), N(answer.Today!.Value, numbers), N(answer.Value!.Value, numbers));
    }

    /// <summary>The figures a page's team can change: every field of the registry but the population.</summary>
    internal static PageFigure<PageStats>[] Figures(IEnumerable<PageField> fields) => [.. fields.Select(f => new PageFigure<PageStats>(f.Key, f.ValueOf, f.With))];

    /// <summary>
    /// Each rated page's cheapest single-figure move to a better place (<c>rate --to-move-up</c>), by page id: the change
    /// as <see cref="ChangeText"/> writes it, "first already" at place 1, "–" when no change of one figure moves it.
    /// </summary>
    internal static Dictionary<string, string> CheapestMoves(RatingResult<PageStats> rating, CliLabels words, string language)
    {
        PageFigure<PageStats>[] figures = Figures(PageFields.All.Where(f => f != PageFields.Population));
        var moves = new Dictionary<string, string>(rating.Rows.Count, StringComparer.Ordinal);
        foreach (RatingRow<PageStats> row in rating.Rows)
        {
            moves[row.Id] = row.FinalPlace == 1 ? words.MoveUpFirst
                : ImprovementTargets.Summarize(rating, row.Id, figures).CheapestToBetterPlace is { } cheapest ? ChangeText(cheapest, words, language) : "–";
        }

        return moves;
    }

    private static string Outcome(TargetOutcome outcome) => outcome switch
    {
        TargetOutcome.Reached => "reached",
        TargetOutcome.AlreadyMet => "already met",
        TargetOutcome.Unreachable => "unreachable",
        _ => "unknown",
    };

    /// <summary>The figure's display name in the language (the registry's names).</summary>
    private static string FieldName(string key, string language)
        => PageFields.TryGet(key, out PageField? field) ? (language == "ru" ? field.RussianName : field.EnglishName) : key;

    private static string N(double value, IFormatProvider numbers) => value == Math.Floor(value) ? value.ToString("N0", numbers) : value.ToString("#,0.##", numbers);

    private static string Signed(double value, IFormatProvider numbers) => (value > 0 ? "+" : "−") + N(Math.Abs(value), numbers);

    /// <summary>One target's answers, with its title.</summary>
    private sealed record Section(string Title, ImprovementTarget Target, IReadOnlyList<FigureTarget> Answers);
}

/// <summary>The options of <c>socialrank targets</c>.</summary>
internal sealed record TargetsOptions(string Pages, string? Regions, string? Method, string Page, string? Figure, int? ToPlace, string? ToZone, string? Format, string Language, string? Encoding = null, string? Out = null);
