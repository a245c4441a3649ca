using System.Globalization;
using System.Text;
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
/// <c>socialrank compare then.csv now.csv</c>: rates two editions with the same method and writes who moved (the
/// library's <see cref="EditionComparison"/>): each page's place now and then, the change, the zone change and the
/// indicators that made it; new pages, pages that left, pages excluded in one edition with the reason; the agreement of
/// the two rankings. Reads, checks and writes as <c>rate</c> does: nothing is written when the input is bad.
/// </summary>
internal static class CompareCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal static async Task<int> RunAsync(CompareOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        string format = AnalysisReport.Format(options.Format, options.Out, "compare");

        RateOptions Edition(string pages) => new(pages, options.Regions, options.Method, null, null, false, null, options.Out, null, options.Language, null, [], Encoding: options.Encoding);
        RateOptions then = Edition(options.Then), now = Edition(options.Now);
        OutputTargets.Check(RateCommand.Outputs(now), [.. RateCommand.Inputs(then), ("the later edition", options.Now)]);
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        RatingResult<PageStats> Rate(RateOptions edition)
        {
            (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = RateCommand.ReadPages(edition, loaded, progress, words, []);
            return RateCommand.Evaluate(() => loaded.Method.Evaluate(pages, new EvaluationOptions { CancellationToken = cancellationToken }), pages, lines, pagesFile, isSheet);
        }

        RatingResult<PageStats> before = Rate(then), after = Rate(now);
        cancellationToken.ThrowIfCancellationRequested();
        EditionComparisonResult result = EditionComparison.Compare(before, after);
        Action<TextWriter> write = format switch
        {
            "csv" => w => WriteCsv(result, w),
            "json" => w => WriteJson(result, options, w),
            "md" => w => Report(result, after, options, loaded.Title).WriteMarkdown(w),
            "html" => w => HtmlRenderer.WriteReport(Report(result, after, options, loaded.Title), "en", w),
            _ => w => Report(result, after, options, loaded.Title).WriteText(w),
        };
        await RateCommand.WriteOutputAsync(options.Out, format, write, null, null, stdout, cancellationToken,
            (stream, ct) => XlsxRenderer.WriteReportAsync(Report(result, after, options, loaded.Title), "Compared", stream, ct)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>A change of place as tables show it: ▲3 (up), ▼2 (down), = (the same place), "new" when not rated then.</summary>
    internal static string Arrow(PageChange page) => page is { PlaceThen: double then, PlaceNow: double now }
        ? Formatting.RatingTables.Change(then, now, Formatting.LabelSet.English)
        : page.Status == EditionStatus.ExcludedThen ? "back" : "new";

    /// <summary>Which indicators moved the page, the largest first: "+6 on engaged users, −2 on ER" (penalty points, positive up).</summary>
    internal static string Why(PageChange page)
        => string.Join(", ", page.Indicators.Where(i => i.PenaltyChange != 0).OrderByDescending(i => Math.Abs(i.PenaltyChange)).ThenBy(i => i.Indicator, StringComparer.Ordinal)
            .Select(i => (i.PenaltyChange > 0 ? "+" : "−") + N(Math.Abs(i.PenaltyChange)) + " on " + i.Indicator));

    private static string Zone(PageChange page) => page.ZoneThen == page.ZoneNow ? page.ZoneNow ?? "" : $"{page.ZoneThen ?? "–"} → {page.ZoneNow ?? "–"}";

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(double? value) => value is double v ? N(v) : "";

    /// <summary>Lays out the report of every text format: the pages rated now in their order, each row in its zone now, then the new, returning, excluded and departed pages and the biggest movers.</summary>
    private static AnalysisReport Report(EditionComparisonResult result, RatingResult<PageStats> now, CompareOptions options, string title)
    {
        var report = new AnalysisReport(
            $"{title}: compared editions",
            string.Create(CultureInfo.InvariantCulture,
                $"Compared: {options.Then} (then) and {options.Now} (now); {result.CommonPages} pages rated in both, Kendall's tau-b {N(Math.Round(result.KendallTauB, 3))}, Spearman's rho {N(Math.Round(result.Spearman, 3))}"),
            ["Place", "Page", "Then", "Change", "Zone", "Why"],
            1, 4, 5);
        bool zoned = now.Method.ZoneSchemes.Count > 0;
        foreach (PageChange p in result.Pages.Where(p => p.PlaceNow is not null))
        {
            Zones.Zone? zone = zoned && now.TryGetRow(p.Id, out RatingRow<PageStats> row) ? row.ZoneOf(0) : null;
            report.Row([N(p.PlaceNow), p.Name, N(p.PlaceThen), Arrow(p), Zone(p), Why(p)], zone);
        }

        void List(string heading, EditionStatus status, Func<PageChange, string> text)
        {
            PageChange[] pages = [.. result.Pages.Where(p => p.Status == status)];
            if (pages.Length > 0)
            {
                report.Block().Text(heading + ":");
                foreach (PageChange page in pages)
                {
                    report.Item(text(page));
                }
            }
        }

        List("New", EditionStatus.New, p => p.Name);
        List("Back after an exclusion", EditionStatus.ExcludedThen, p => $"{p.Name} (excluded then: {p.Reason})");
        List("Excluded now", EditionStatus.ExcludedNow, p => p.PlaceThen is not null ? $"{p.Name} (place {N(p.PlaceThen)} then): {p.Reason}"
            : p.ReasonThen == p.Reason && p.Reason is not null ? $"{p.Name} (excluded then too): {p.Reason}"
            : p.ReasonThen is not null ? $"{p.Name} (excluded then too: {p.ReasonThen}): {p.Reason}"
            : $"{p.Name}: {p.Reason}");
        List("Left", EditionStatus.Left, p => $"{p.Name} (place {N(p.PlaceThen)} then)");
        if (result.Movers.Count > 0)
        {
            report.Block().Text("Biggest movers: " + string.Join("; ", result.Movers.Select(p => $"{p.Name} {Arrow(p)} ({N(p.PlaceThen)} to {N(p.PlaceNow)})")));
        }

        return report;
    }

    private static void WriteCsv(EditionComparisonResult result, TextWriter w)
    {
        using SepWriter csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(w, leaveOpen: true);
        foreach (PageChange p in result.Pages)
        {
            using SepWriter.Row row = csv.NewRow();
            row["id"].Set(Formatting.TableWriter.NeutralizeFormula(p.Id));
            row["name"].Set(Formatting.TableWriter.NeutralizeFormula(p.Name));
            row["status"].Set(Status(p.Status));
            row["place then"].Set(N(p.PlaceThen));
            row["place now"].Set(N(p.PlaceNow));
            row["change"].Set(N(p.Change));
            row["zone then"].Set(Formatting.TableWriter.NeutralizeFormula(p.ZoneThen ?? ""));
            row["zone now"].Set(Formatting.TableWriter.NeutralizeFormula(p.ZoneNow ?? ""));
            row["why"].Set(Formatting.TableWriter.NeutralizeFormula(Why(p)));
            row["excluded because"].Set(Formatting.TableWriter.NeutralizeFormula(p.Reason ?? ""));
        }
    }

    private static string Status(EditionStatus status) => status switch
    {
        EditionStatus.Rated => "rated",
        EditionStatus.New => "new",
        EditionStatus.Left => "left",
        EditionStatus.ExcludedNow => "excluded now",
        _ => "excluded then",
    };

    private static void WriteJson(EditionComparisonResult result, CompareOptions options, TextWriter w)
    {
        var document = new
        {
            then = options.Then,
            now = options.Now,
            commonPages = result.CommonPages,
            kendallTauB = double.IsNaN(result.KendallTauB) ? (double?)null : result.KendallTauB,
            spearman = double.IsNaN(result.Spearman) ? (double?)null : result.Spearman,
            pages = result.Pages.Select(p => new
            {
                id = p.Id,
                name = p.Name,
                status = Status(p.Status),
                placeThen = p.PlaceThen,
                placeNow = p.PlaceNow,
                change = p.Change,
                zoneThen = p.ZoneThen,
                zoneNow = p.ZoneNow,
                indicators = p.Indicators.Select(i => new { indicator = i.Indicator, placeThen = i.PlaceThen, placeNow = i.PlaceNow, penaltyChange = i.PenaltyChange }),
                reason = p.Reason,
                reasonThen = p.ReasonThen,
            }),
            movers = result.Movers.Select(p => p.Id),
        };
        w.Write(JsonSerializer.Serialize(document, Indented));
        w.Write('\n');
    }
}

/// <summary>The options of <c>socialrank compare</c>.</summary>
internal sealed record CompareOptions(string Then, string Now, string? Regions, string? Method, string? Format, string? Out, string Language, string? Encoding = null);
