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
/// <c>socialrank history 2020-05.csv 2020-06.csv 2020-07.csv …</c>: rates each edition with the same method and writes
/// every page's place in each (the library's <see cref="EditionComparison.History{TPage}"/>), the change from the first
/// edition to the last and the latest zone, with a bump chart (<c>--chart</c>, PNG or SVG; inline in the HTML page).
/// Reads, checks and writes as <c>rate</c> does: nothing is written when an input is bad.
/// </summary>
internal static class HistoryCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal static async Task<int> RunAsync(HistoryOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        string format = AnalysisReport.Format(options.Format, options.Out, "history");

        RateOptions Edition(string pages) => new(pages, options.Regions, options.Method, null, null, false, null, options.Out, options.Chart, options.Language, null, [], Strict: options.Strict, Encoding: options.Encoding,
            Posts: options.Posts, Period: options.Period, Every: options.Every, TimeZone: options.TimeZone);
        PostsMode.Options? postsMode = RateCommand.PostsOptions(Edition(options.Editions.Count > 0 ? options.Editions[0] : ""));
        if (postsMode is null && options.Strict)
        {
            throw new InputException("--strict stops the run on posts that are not counted: it goes with --posts.");
        }

        if (postsMode is not null)
        {
            return await RunPostsAsync(options, postsMode, Edition(options.Editions[0]), format, stdout, stderr, console, cancellationToken).ConfigureAwait(false);
        }

        if (options.Editions.Count < 2)
        {
            throw new InputException($"history follows pages across editions: give at least two pages files, oldest first (got {options.Editions.Count}).");
        }

        if (options.Chart is { } chart && !(chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InputException($"--chart {chart}: the bump chart is a PNG or an SVG image; give a file name ending in .png or .svg.");
        }

        var inputs = new List<(string What, string Path)>(RateCommand.Inputs(Edition(options.Editions[0])));
        inputs.AddRange(options.Editions.Skip(1).Select((path, i) => ($"edition {i + 2}", path)));
        OutputTargets.Check(RateCommand.Outputs(Edition(options.Editions[0])), inputs);
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        var results = new List<RatingResult<PageStats>>(options.Editions.Count);
        foreach (string path in options.Editions)
        {
            (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = RateCommand.ReadPages(Edition(path), loaded, progress, words, []);
            results.Add(RateCommand.Evaluate(() => loaded.Method.Evaluate(pages, new EvaluationOptions { CancellationToken = cancellationToken }), pages, lines, pagesFile, isSheet));
            cancellationToken.ThrowIfCancellationRequested();
        }

        await WriteAsync(options, format, loaded.Title, null, results, EditionNames(options.Editions), stdout, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// <c>history pages.csv --posts posts.csv --period 2020-05..2020-07 --every month</c>: one edition per month, each
    /// rated from that month's posts; the editions are named by their months, and the title states the time zone.
    /// </summary>
    private static async Task<int> RunPostsAsync(HistoryOptions options, PostsMode.Options posts, RateOptions edition, string format, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Editions.Count != 1)
        {
            throw new InputException($"with --posts, give one pages file (the pages' own figures: followers, engaged users, population); the editions are the months of --period (got {options.Editions.Count} files).");
        }

        TimeZoneInfo zone = PostsMode.Zone(posts.TimeZone);
        IReadOnlyList<ReportingPeriod> periods = PostsMode.Periods(posts.Period, posts.Every, zone);
        if (periods.Count < 2)
        {
            throw new InputException($"history follows pages across editions: give --period a range of months and --every month (got {periods.Count} edition, {periods[0].Label}).");
        }

        OutputTargets.Check(RateCommand.Outputs(edition), RateCommand.Inputs(edition));
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        var warnings = new List<string>();
        (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = RateCommand.ReadPages(edition, loaded, progress, words, warnings, postsMode: true);
        PostAggregationResult aggregated = PostsMode.Aggregate(posts, periods, zone, pages, pagesFile, options.Encoding, options.Strict, progress.RowsRead, warnings);
        foreach (string warning in warnings)
        {
            await stderr.WriteLineAsync("note: " + warning).ConfigureAwait(false);
        }

        var results = new List<RatingResult<PageStats>>(periods.Count);
        foreach (PeriodPages period in aggregated.Periods)
        {
            List<PageStats> periodPages = [.. period.Pages];
            results.Add(RateCommand.Evaluate(() => loaded.Method.Evaluate(periodPages), periodPages, lines, pagesFile, isSheet));
            cancellationToken.ThrowIfCancellationRequested();
        }

        string scope = $" (months of posts, time zone {zone.Id})";
        await WriteAsync(options, format, loaded.Title, scope, results, [.. periods.Select(p => p.Label)], stdout, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Writes the history of <paramref name="results"/> (the editions, oldest first, named <paramref name="names"/>) in <paramref name="format"/>, with the chart; <paramref name="scope"/> follows the editions in the summary line (posts mode: their months' time zone).</summary>
    private static async Task WriteAsync(HistoryOptions options, string format, string title, string? scope, List<RatingResult<PageStats>> results, string[] names, TextWriter stdout, CancellationToken cancellationToken)
    {
        EditionHistory history = EditionComparison.History(results);
        Action<TextWriter> write = format switch
        {
            "csv" => w => WriteCsv(history, names, w),
            "json" => w => WriteJson(history, names, w),
            "md" => w => Report(history, names, title, scope).WriteMarkdown(w),
            "html" => w =>
            {
                AnalysisReport report = Report(history, names, title, scope);
                report.FigureSvg = BumpChart.InlineSvg(history, names, title);
                report.FigureCaption = "Places by edition";
                HtmlRenderer.WriteReport(report, "en", w);
            },
            _ => w => Report(history, names, title, scope).WriteText(w),
        };
        await RateCommand.WriteOutputAsync(options.Out, format, write, options.Chart,
            path => BumpChart.Render(history, names, title, svg: path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)), stdout, cancellationToken,
            (stream, ct) => XlsxRenderer.WriteReportAsync(Report(history, names, title, scope), "History", stream, ct)).ConfigureAwait(false);
    }

    /// <summary>Each edition's name in the tables and the chart: its file name without the extension (e.g. <c>akimat-2020-07</c>).</summary>
    internal static string[] EditionNames(IReadOnlyList<string> paths) => [.. paths.Select(Path.GetFileNameWithoutExtension).Select(n => n ?? "")];

    private static string N(double? value) => value is double v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    /// <summary>The change from the first edition that rates a page to the last, as the compare table writes it.</summary>
    private static string Change(PageHistory page)
        => page.Change is not null ? Formatting.RatingTables.Change(page.Places.First(p => p is not null)!.Value, page.Latest!.Value, Formatting.LabelSet.English)
            : page.Places.All(p => p is null) ? "not rated" : page.Latest is null ? "out" : "new";

    private static AnalysisReport Report(EditionHistory history, string[] names, string title, string? scope)
    {
        var report = new AnalysisReport(
            $"{title}: places by edition",
            string.Create(CultureInfo.InvariantCulture, $"History: {history.Editions} editions, {names[0]} to {names[^1]}{scope}; Place is in {names[^1]}, which rates {history.Pages.Count(p => p.Latest is not null)} pages"),
            ["Place", "Page", .. names.SkipLast(1), "Change", "Zone"],
            [1, names.Length + 2]);
        foreach (PageHistory page in history.Pages)
        {
            report.Row([N(page.Latest), page.Name, .. page.Places.SkipLast(1).Select(N), Change(page), page.Latest is null ? "" : page.Zones[^1]?.Name ?? ""], page.Latest is null ? null : page.Zones[^1]);
        }

        report.Block().Text("Agreement of consecutive editions (pages rated in both):");
        for (int s = 0; s < history.Steps.Count; s++)
        {
            EditionComparisonResult step = history.Steps[s];
            report.Item($"{names[s]} → {names[s + 1]}", string.Create(CultureInfo.InvariantCulture,
                $"{step.CommonPages} pages, Kendall's tau-b {Math.Round(step.KendallTauB, 3):0.###}, Spearman's rho {Math.Round(step.Spearman, 3):0.###}"));
        }

        return report;
    }

    private static void WriteCsv(EditionHistory history, string[] names, TextWriter w)
    {
        using SepWriter csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(w, leaveOpen: true);
        foreach (PageHistory page in history.Pages)
        {
            using SepWriter.Row row = csv.NewRow();
            row["id"].Set(Formatting.TableWriter.NeutralizeFormula(page.Id));
            row["name"].Set(Formatting.TableWriter.NeutralizeFormula(page.Name));
            for (int e = 0; e < names.Length; e++)
            {
                row[$"place {names[e]}"].Set(page.Places[e] is double p ? p.ToString("R", CultureInfo.InvariantCulture) : "");
            }

            row["change"].Set(page.Change is double c ? c.ToString("R", CultureInfo.InvariantCulture) : "");
            row["zone now"].Set(Formatting.TableWriter.NeutralizeFormula(page.Latest is null ? "" : page.Zones[^1]?.Name ?? ""));
        }
    }

    private static void WriteJson(EditionHistory history, string[] names, TextWriter w)
    {
        var document = new
        {
            editions = names,
            pages = history.Pages.Select(p => new { id = p.Id, name = p.Name, places = p.Places, zones = p.Zones.Select(z => z?.Name), change = p.Change }),
            steps = history.Steps.Select((s, i) => new { then = names[i], now = names[i + 1], commonPages = s.CommonPages, kendallTauB = double.IsNaN(s.KendallTauB) ? (double?)null : s.KendallTauB, spearman = double.IsNaN(s.Spearman) ? (double?)null : s.Spearman }),
        };
        w.Write(JsonSerializer.Serialize(document, Indented));
        w.Write('\n');
    }
}

/// <summary>The options of <c>socialrank history</c>.</summary>
internal sealed record HistoryOptions(
    IReadOnlyList<string> Editions,
    string? Regions,
    string? Method,
    string? Format,
    string? Out,
    string? Chart,
    string Language,
    string? Encoding = null,
    string? Posts = null,
    string? Period = null,
    string? Every = null,
    string? TimeZone = null,
    bool Strict = false);
