using System.Text;
using SocialRank.Analysis;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli;

/// <summary>
/// <c>socialrank rate</c>: checks the output files may be written (<see cref="OutputTargets"/>), reads and checks
/// everything and rates, and only then writes: the output files are written to temporary files beside them and moved
/// into place together when all are complete (<see cref="AtomicFile"/>), so bad input, a failure or a cancellation
/// never leaves a half-written file, or one output without the other, behind.
/// </summary>
internal static class RateCommand
{
    internal static async Task<int> RunAsync(RateOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Format is null && options.Out is { } target && FormatFromExtension(target) is null && Path.HasExtension(target))
        {
            throw new InputException($"--out {target}: cannot tell the format from '{Path.GetExtension(target)}'; use .csv or .xlsx (Excel opens both), .md, .html, .json, .parquet or .txt, or give --format.");
        }

        string format = options.Format ?? FormatFromExtension(options.Out) ?? "table";
        if (options.Explain.Count > 0 && format != "table")
        {
            throw new InputException($"--explain writes plain text, not {format}: leave out --format (or give --format table) and give --out a .txt file.");
        }

        if (format == "xlsx" && options.Out is null)
        {
            throw new InputException("--format xlsx writes a workbook, which is not text: give --out FILE.xlsx.");
        }

        if (format == "parquet" && options.Out is null)
        {
            throw new InputException("--format parquet writes a binary file, which is not text: give --out FILE.parquet.");
        }

        if (format != "html" && (options.Source is not null || options.Date is not null))
        {
            string option = options.Source is not null ? "--source" : "--date";
            throw new InputException($"{option} is shown on the HTML page only: give --format html or an --out file ending in .html.");
        }

        if (options.ExplainRuns is int runs && (options.Explain.Count == 0 || runs is < 1 or > 100_000))
        {
            throw new InputException(options.Explain.Count == 0
                ? "--explain-runs adds the robustness interval to --explain: give --explain ID too."
                : $"--explain-runs {runs}: give from 1 to 100,000 runs.");
        }

        if (options.Top is int top && (top < 1 || format == "json" || options.Explain.Count > 0))
        {
            throw new InputException(top < 1
                ? $"--top {top}: give a number of pages from 1."
                : options.Explain.Count > 0 ? "--top shortens the table; --explain writes no table: give one or the other." : "--top shortens the table; JSON always holds every page: leave out --top or choose another format.");
        }

        if (options.GroupBy is { } groupBy && (options.Explain.Count > 0 || options.Previous is not null || options.Chart is not null || options.ToMoveUp || format is "xlsx" or "parquet"))
        {
            string other = options.Explain.Count > 0 ? "--explain" : options.Previous is not null ? "--previous" : options.Chart is not null ? "--chart" : options.ToMoveUp ? "--to-move-up" : "--format " + format;
            throw new InputException($"--group-by {groupBy} writes one table per group in the table, md, csv, html and json formats; {other} is not available with it.");
        }

        if (options.ToMoveUp && format != "html")
        {
            throw new InputException("--to-move-up adds a column to the HTML page: give --format html or an --out file ending in .html.");
        }

        if (options.Previous is not null && options.Explain.Count > 0)
        {
            throw new InputException("--previous adds a change column to the table; --explain writes no table: give one or the other.");
        }

        if (options.Chart is { } chartPath && !chartPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException($"--chart {chartPath}: the chart is a PNG image; give a file name ending in .png.");
        }

        PostsMode.Options? postsMode = PostsOptions(options);
        if (postsMode?.Every is not null)
        {
            throw new InputException("--every month makes one edition per month, and rate writes one: give the same options to 'socialrank history' (e.g. socialrank history pages.csv --posts posts.csv --period 2020-05..2020-07 --every month).");
        }

        TimeZoneInfo? zone = postsMode is null ? null : PostsMode.Zone(postsMode.TimeZone);
        ReportingPeriod? period = postsMode is null ? null : PostsMode.Periods(postsMode.Period, null, zone!)[0];

        OutputTargets.Check(Outputs(options), Inputs(options));
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language, new MethodOverrides(options.Ties, options.Rounding, options.Exact));

        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        var warnings = new List<string>();
        (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = ReadPages(options, loaded, progress, words, warnings, postsMode is not null);
        if (postsMode is not null && period is not null && zone is not null)
        {
            PostAggregationResult aggregated = PostsMode.Aggregate(postsMode, [period], zone, pages, pagesFile, options.Encoding, options.Strict, progress.RowsRead, warnings);
            pages = [.. aggregated.Periods[0].Pages];
        }

        int rows = pages.Count;
        cancellationToken.ThrowIfCancellationRequested();
        foreach (string warning in warnings)
        {
            await stderr.WriteLineAsync("note: " + warning).ConfigureAwait(false);
        }

        progress.Stage(rows, words.Rating);
        if (options.GroupBy is { } group)
        {
            string groupsTitle = (options.Title ?? loaded.Title) + (period is null ? "" : ": " + PostsMode.Heading(period, words));
            await RateGroupsAsync(options, format, group, loaded, groupsTitle, pages, lines, pagesFile, isSheet, stdout, stderr, cancellationToken).ConfigureAwait(false);
            progress.Done(rows);
            return ExitCodes.Ok;
        }

        RatingResult<PageStats> result = Evaluate(() => loaded.Method.Evaluate(pages, new EvaluationOptions { CancellationToken = cancellationToken }), pages, lines, pagesFile, isSheet);

        cancellationToken.ThrowIfCancellationRequested();
        await ReportEmptyIndicatorsAsync(result, pagesFile, options.Strict, stderr).ConfigureAwait(false);
        UncertaintyResult<PageStats>? robustness = options.ExplainRuns is int explainRuns
            ? UncertaintyAnalysis.Run(loaded.Method, pages, Analysis.Perturbation.Weights(), new UncertaintyOptions { Runs = explainRuns, CancellationToken = cancellationToken })
            : null;
        string? explanation = options.Explain.Count > 0 ? CliTable.Explain(result, options.Explain, options.Language, pagesFile, robustness) : null;
        progress.Stage(rows, words.Writing);
        string title = options.Title ?? loaded.Title;
        if (period is not null)
        {
            title += ": " + PostsMode.Heading(period, words);
        }

        bool toTerminal = options.Out is null && console.OutputIsTerminal;
        Dictionary<string, double>? previous = options.Previous is { } previousFile ? PreviousPlaces(options with { Pages = previousFile }, loaded, progress, words) : null;
        RatingTable table = CliTable.Build(result, loaded, title, options.Language, groupThousands: format == "html", top: options.Top, previous: previous);
        byte[]? chart = options.Chart is null ? null : ChartRenderer.RenderPng(table);
        int? width = toTerminal ? console.Width : null;
        Action<TextWriter> write = explanation is null ? writer => Render(format, table, result, loaded, width, writer, options) : writer => writer.Write(explanation);
        // Every output is complete before any lands: the table (or its text) and the chart together, or neither.
        var files = new List<(string Path, Func<Stream, CancellationToken, Task> Write)>();
        if (options.Out is { } xlsxPath && format == "xlsx")
        {
            HtmlPageInfo info = HtmlPageInfo.Of(result.Method, table.Labels, source: null, date: null);
            files.Add((xlsxPath, (stream, ct) => XlsxRenderer.WriteAsync(table, info, words, stream, ct)));
        }
        else if (options.Out is { } parquetPath && format == "parquet")
        {
            files.Add((parquetPath, (stream, ct) => ParquetRenderer.WriteAsync(table, words, stream, ct)));
        }
        else if (options.Out is { } outPath)
        {
            // Excel reads a UTF-8 CSV correctly only with a byte order mark.
            files.Add((outPath, AtomicFile.Text(new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"), write)));
        }
        else
        {
            write(stdout);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (options.Chart is { } chartFile && chart is not null)
        {
            files.Add((chartFile, (stream, ct) => stream.WriteAsync(chart, ct).AsTask()));
        }

        if (files.Count > 0)
        {
            await WriteFilesAsync(files, cancellationToken).ConfigureAwait(false);
        }

        progress.Done(rows);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// <c>--group-by network|owner</c>: rates each group's pages alone (<see cref="RatingMethod{TPage}.EvaluateByGroup(IReadOnlyList{TPage}, Func{TPage, string})"/>)
    /// and writes one table per group, each titled with its group (a page without a network or owner is in the group "–").
    /// The whole output is titled <paramref name="title"/> (with the period of <c>--posts</c>, as a single table is).
    /// </summary>
    private static async Task RateGroupsAsync(
        RateOptions options, string format, string groupBy, LoadedMethod loaded, string title, IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        Func<PageStats, string> keyOf = groupBy == "network" ? p => Blank(p.Network) : p => Blank(p.Owner);
        IReadOnlyList<RatingGroup<PageStats>> groups = Evaluate(() => loaded.Method.EvaluateByGroup(pages, keyOf), pages, lines, pagesFile, isSheet);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (RatingGroup<PageStats> group in groups)
        {
            await ReportEmptyIndicatorsAsync(group.Result, $"{pagesFile} ({groupBy} {group.Key})", options.Strict, stderr).ConfigureAwait(false);
        }

        (string Key, RatingTable Table, RatingResult<PageStats> Result)[] tables =
            [.. groups.Select(g => (g.Key, CliTable.Build(g.Result, loaded, $"{title}: {g.Key}", options.Language, groupThousands: format == "html", top: options.Top), g.Result))];
        HtmlPageInfo page = HtmlPageInfo.Of(loaded.Method, CliTable.Labels(options.Language), options.Source, options.Date);
        await WriteOutputAsync(options.Out, format, writer => GroupedOutput.Write(format, groupBy, title, tables, loaded, page, writer), null, null, stdout, cancellationToken).ConfigureAwait(false);

        static string Blank(string? key) => string.IsNullOrWhiteSpace(key) ? "–" : key;
    }

    /// <summary>
    /// Rates the previous edition (<c>--previous</c>: the same regions and method) and returns each rated page's final
    /// place by id; its notes (warnings) are not repeated.
    /// </summary>
    private static Dictionary<string, double> PreviousPlaces(RateOptions previous, LoadedMethod loaded, Progress progress, CliLabels words)
    {
        (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = ReadPages(previous, loaded, progress, words, []);
        RatingResult<PageStats> result = Evaluate(() => loaded.Method.Evaluate(pages), pages, lines, pagesFile, isSheet);
        var places = new Dictionary<string, double>(result.Rows.Count, StringComparer.Ordinal);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            places[row.Id] = row.FinalPlace;
        }

        return places;
    }

    /// <summary>
    /// Rates the pages read with <paramref name="rate"/> (an evaluation, or an analysis that evaluates), turning the pages
    /// the method rejects (<see cref="InvalidPagesException"/>) into bad input naming the file and line (or row) of each.
    /// </summary>
    internal static T Evaluate<T>(Func<T> rate, IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet)
    {
        try
        {
            return rate();
        }
        catch (InvalidPagesException e)
        {
            var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < pages.Count; i++)
            {
                lineOf[pages[i].Id] = lines[i];
            }

            var errors = new ErrorList();
            foreach (PageProblem problem in e.Problems)
            {
                errors.Add(lineOf.TryGetValue(problem.PageId, out int line)
                    ? $"{pagesFile}, {(isSheet ? "row" : "line")} {line}: {problem.Message}"
                    : $"{pagesFile}: {problem.Message}");
            }

            errors.ThrowIfAny();
            throw;
        }
    }

    /// <summary>
    /// Reads and checks the pages (and regions) in one pass over the pages file, returning them as the library's pages
    /// with their line numbers: each row's text is dropped as soon as the row is checked.
    /// </summary>
    /// <param name="options">The options: the pages file, regions, encoding, sheet and header row.</param>
    /// <param name="loaded">The method, whose required columns the pages file must have.</param>
    /// <param name="progress">Reports the rows read.</param>
    /// <param name="words">The labels of the progress stages.</param>
    /// <param name="warnings">Receives the notes.</param>
    /// <param name="postsMode">Whether the posts come from a posts file (<c>--posts</c>): the pages file then need not have the per-post columns (<see cref="ColumnAliases.FromPosts"/>), and a note names those it has.</param>
    internal static (IReadOnlyList<PageStats> Pages, int[] Lines, string File, bool IsSheet) ReadPages(RateOptions options, LoadedMethod loaded, Progress progress, CliLabels words, List<string> warnings, bool postsMode = false)
    {
        RawTable? regions = options.Regions is { } regionsPath ? TableReader.Read(regionsPath, regionsPath, options.Encoding) : null;
        if (options.HeaderRow is < 1)
        {
            throw new InputException($"--header-row {options.HeaderRow}: rows are numbered from 1.");
        }

        using TableSource table = TableSource.Open(options.Pages, options.Pages, progress.RowsRead, options.Encoding, options.Sheet, options.HeaderRow, plainNumbers: true);
        // Held in columns: a large file's pages cost their figures, not an object each (the rating reads the columns).
        var builder = new PageColumnsBuilder();
        var lines = new List<int>();
        IEnumerable<PageField> required = postsMode ? loaded.RequiredColumns.Except(ColumnAliases.FromPosts) : loaded.RequiredColumns;
        PageFileReader.Read(table, required, loaded.NeedsPopulation, regions, options.Language, warnings, (id, name, network, region, exclusion, values, line) =>
        {
            builder.Add(id, name, network, region, exclusion, values);
            lines.Add(line);
        });
        PageColumns pages = builder.Build();
        if (postsMode && PostsMode.ReplacedColumns(pages, table.File, options.Posts!) is { } replaced)
        {
            warnings.Add(replaced);
        }

        progress.Stage(pages.Count, words.Checked);
        return (pages, [.. lines], table.File, table.IsSheet);
    }

    /// <summary>
    /// Names every indicator that no rated page has a value for (a column the file lacks, a figure every page misses): on
    /// it every page gets the same place, which a rating should not do silently. A note on stderr, or bad input under
    /// <c>--strict</c>.
    /// </summary>
    private static async Task ReportEmptyIndicatorsAsync(RatingResult<PageStats> result, string pagesFile, bool strict, TextWriter stderr)
    {
        if (result.Rows.Count == 0)
        {
            return;
        }

        var messages = new List<string>();
        IReadOnlyList<WeightedIndicator<PageStats>> indicators = result.Method.Indicators;
        for (int j = 0; j < indicators.Count; j++)
        {
            if (result.Rows.All(row => double.IsNaN(row.Scores[j].Value)))
            {
                Indicator<PageStats> indicator = indicators[j].Indicator;
                string fields = string.Join(", ", indicator.Value.Leaves.Select(leaf => leaf.Name).Distinct(StringComparer.Ordinal));
                messages.Add($"{pagesFile}: no page has a value for indicator '{indicator.Name}' (it needs {fields}), so every page gets the same place on it.");
            }
        }

        if (strict)
        {
            var errors = new ErrorList();
            foreach (string message in messages)
            {
                errors.Add(message + " (--strict)");
            }

            errors.ThrowIfAny();
            return;
        }

        foreach (string message in messages)
        {
            await stderr.WriteLineAsync("warning: " + message).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes an analysis's text output and its chart, if any: to <paramref name="outPath"/> (UTF-8, with a byte order mark
    /// for CSV, which Excel needs) and the chart file together, or neither; or the text to <paramref name="stdout"/> and
    /// then the chart file. <paramref name="chart"/> draws the image for its path only when it is asked for; with
    /// <c>--format xlsx</c>, <paramref name="workbook"/> writes the <c>--out</c> file instead of the text.
    /// </summary>
    internal static async Task WriteOutputAsync(
        string? outPath, string format, Action<TextWriter> write, string? chartPath, Func<string, byte[]>? chart, TextWriter stdout, CancellationToken cancellationToken,
        Func<Stream, CancellationToken, Task>? workbook = null)
    {
        var files = new List<(string Path, Func<Stream, CancellationToken, Task> Write)>();
        if (format == "xlsx")
        {
            files.Add((outPath ?? throw new InputException("--format xlsx writes a workbook, which is not text: give --out FILE.xlsx."),
                workbook ?? throw new InputException("--format xlsx: this command writes no workbook.")));
        }
        else if (outPath is not null)
        {
            files.Add((outPath, AtomicFile.Text(new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"), write)));
        }
        else
        {
            write(stdout);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (chartPath is not null && chart is not null)
        {
            byte[] image = chart(chartPath);
            files.Add((chartPath, (stream, ct) => stream.WriteAsync(image, ct).AsTask()));
        }

        if (files.Count > 0)
        {
            await WriteFilesAsync(files, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the run's files together, turning a failure to write one (no such folder, no permission) into bad input naming it.</summary>
    internal static async Task WriteFilesAsync(List<(string Path, Func<Stream, CancellationToken, Task> Write)> files, CancellationToken cancellationToken)
    {
        try
        {
            await AtomicFile.WriteAllAsync(files, cancellationToken).ConfigureAwait(false);
        }
        catch (OutputFileException e)
        {
            throw new InputException($"{e.Path}: the file cannot be written: {e.Message}; nothing was written.", e);
        }
    }

    /// <summary>The posts mode of the options, or <see langword="null"/> without <c>--posts</c>; checks that --period, --every and --tz come with --posts and --posts with --period.</summary>
    internal static PostsMode.Options? PostsOptions(RateOptions options)
    {
        if (options.Posts is null)
        {
            string? stray = options.Period is not null ? "--period" : options.Every is not null ? "--every" : options.TimeZone is not null ? "--tz" : null;
            return stray is null ? null : throw new InputException($"{stray} chooses the posts a rating counts: give --posts posts.csv too.");
        }

        return options.Period is { } period
            ? new PostsMode.Options(options.Posts, period, options.Every, options.TimeZone)
            : throw new InputException("--posts needs --period: the month to rate, e.g. --period 2020-07 (or a range, 2020-05..2020-07).");
    }

    /// <summary>The files the run writes, with their options.</summary>
    internal static List<(string Option, string Path)> Outputs(RateOptions options)
    {
        var outputs = new List<(string Option, string Path)>();
        if (options.Out is { } output)
        {
            outputs.Add(("--out", output));
        }

        if (options.Chart is { } chart)
        {
            outputs.Add(("--chart", chart));
        }

        return outputs;
    }

    /// <summary>The files the run reads, each with what it is.</summary>
    internal static List<(string What, string Path)> Inputs(RateOptions options)
    {
        var inputs = new List<(string What, string Path)> { ("the pages file", options.Pages) };
        if (options.Regions is { } regions)
        {
            inputs.Add(("the regions file", regions));
        }

        if (options.Method is { } method)
        {
            inputs.Add(("the method file", method));
        }

        if (options.Previous is { } previous)
        {
            inputs.Add(("the previous edition", previous));
        }

        if (options.Posts is { } posts)
        {
            inputs.Add(("the posts file", posts));
        }

        return inputs;
    }

    /// <summary>
    /// Renders the chosen format from the one table model; <paramref name="terminalWidth"/> is set when the table goes to
    /// a terminal.
    /// </summary>
    internal static void Render(string format, RatingTable table, RatingResult<PageStats> result, LoadedMethod loaded, int? terminalWidth, TextWriter writer, RateOptions options)
    {
        switch (format)
        {
            case "csv":
                TableWriter.WriteCsv(table, writer);
                break;
            case "md":
                writer.Write($"## {MarkdownTitle(table.Title)}\n\n");
                TableWriter.WriteMarkdown(table, writer);
                if (CliTable.TopLine(table) is { } mdTop)
                {
                    writer.Write($"\n{MarkdownTitle(mdTop)}\n");
                }

                break;
            case "html":
                HtmlRenderer.Write(table, HtmlPageInfo.Of(result.Method, table.Labels, options.Source, options.Date) with
                {
                    MoveUp = options.ToMoveUp ? TargetsCommand.CheapestMoves(result, CliLabels.Of(options.Language), options.Language) : null,
                }, writer);
                break;
            case "json":
                JsonResult.From(table, result, loaded).WriteTo(writer);
                writer.Write('\n');
                break;
            default:
                if (terminalWidth is int width)
                {
                    ConsoleTableRenderer.Write(table, writer, width);
                }
                else
                {
                    writer.Write($"{table.Title}\n\n");
                    TableWriter.WriteText(table, writer);
                }

                if (CliTable.TopLine(table) is { } textTop)
                {
                    writer.Write($"\n{textTop}\n");
                }

                break;
        }
    }

    /// <summary>Escapes the characters Markdown or HTML would read as markup in a heading.</summary>
    private static string MarkdownTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (char c in title.ReplaceLineEndings(" "))
        {
            _ = c switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '|' => sb.Append('\\').Append(c),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    internal static string? FormatFromExtension(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".md" or ".markdown" => "md",
        ".html" or ".htm" => "html",
        ".json" => "json",
        ".xlsx" => "xlsx",
        ".parquet" => "parquet",
        ".txt" => "table",
        _ => null,
    };
}
