using System.CommandLine;
using SocialRank.Cli.Input;

namespace SocialRank.Cli;

/// <summary>
/// The command line: <c>socialrank rate</c>, <c>socialrank robustness</c> and <c>socialrank method</c> (System.CommandLine). Runs in-process with the
/// writers it is given, so tests drive it exactly as the console does.
/// </summary>
internal static class CliApp
{
    internal static readonly string[] TieMethods = ["min", "average", "max", "dense", "ordinal"];
    internal static readonly string[] Formats = ["table", "csv", "md", "html", "json", "xlsx", "parquet"];
    internal static readonly string[] Languages = ["en", "ru"];
    internal static readonly string[] RoundingRules = ["half-away-from-zero", "half-to-even"];

    /// <summary>Runs the tool with <paramref name="args"/>.</summary>
    /// <returns>The exit code: 0 success, 1 a failure inside the tool, 2 bad input or bad options.</returns>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken = default)
    {
        Command root = Build(stdout, stderr, console);
        ParseResult parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'socialrank --help' or 'socialrank rate --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            int code = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            if (parse.Action is System.CommandLine.Help.HelpAction && parse.CommandResult.Command.Name == "rate")
            {
                // The input rules are long: they follow the options in 'rate --help' only, not in the overview.
                await stdout.WriteAsync(RateHelp.Details.ReplaceLineEndings("\n")).ConfigureAwait(false);
            }

            return code;
        }
        catch (InputException e)
        {
            foreach (string message in e.Messages)
            {
                await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled; no output file was written.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the tool (or an I/O failure while writing): say so plainly, with the details for a report.
            await stderr.WriteLineAsync($"socialrank: internal error: {e.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    private static Command Build(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        // A plain command named 'socialrank' rather than RootCommand, whose name would be the assembly's (SocialRank.Cli).
        var root = new Command("socialrank", "socialrank: rates social-media pages the way analysts publish ratings. Each indicator ranks the pages, a page's place is its penalty, the fewest penalty points win, and the table is coloured in zones.")
        {
            new System.CommandLine.Help.HelpOption { Recursive = true },
            new VersionOption(),
        };
        root.Add(BuildRate(stdout, stderr, console));
        root.Add(BuildMethod(stdout));
        root.Add(BuildRobustness(stdout, stderr, console));
        root.Add(BuildCompare(stdout, stderr, console));
        root.Add(BuildHistory(stdout, stderr, console));
        root.Add(BuildTargets(stdout, stderr, console));
        root.Add(BuildSql(stdout));
        root.Add(BuildSample(stdout));
        return root;
    }

    private static Command BuildRate(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        var pages = new Argument<string?>("pages") { Description = "The pages file: .csv (comma, semicolon or tab separated, UTF-8), .xlsx (first sheet) or .parquet. The first row names the columns (in Parquet, the column names). Or give it as --pages.", Arity = ArgumentArity.ZeroOrOne };
        var pagesOption = new Option<string?>("--pages") { Description = "The pages file, instead of the first argument (reads well with --posts: --posts posts.csv --pages pages.csv).", HelpName = "pages.csv" };
        var regions = new Option<string?>("--regions") { Description = "A regions file (.csv, .xlsx or .parquet) with region id and population; a page's population comes from its region.", HelpName = "regions.csv" };
        var method = new Option<string?>("--method") { Description = "A method.json choosing indicators, weights, precisions, tie methods, missing-value rules, tie-breakers and zones. Default: the article's method ('socialrank method --print-default').", HelpName = "method.json" };
        var ties = new Option<string?>("--ties") { Description = "Tie method for indicator places and final places, overriding the method's: min (1224, the default), average, max, dense (1223) or ordinal (input order).", HelpName = "min|average|max|dense|ordinal" };
        ties.AcceptOnlyFromAmong(TieMethods);
        var rounding = new Option<string?>("--rounding") { Description = "How values exactly halfway are rounded at an indicator's precision, overriding the method's: half-away-from-zero (the default, as spreadsheets' ROUND: 1.25 to 1 decimal is 1.3) or half-to-even (as numpy and pandas: 1.2).", HelpName = "half-away-from-zero|half-to-even" };
        rounding.AcceptOnlyFromAmong(RoundingRules);
        var exact = new Option<bool>("--exact") { Description = "Compare every indicator's values exactly (no rounding; values shown in full), overriding the method's precisions." };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: table (aligned; coloured on a terminal), csv, md, html, json, xlsx (an Excel workbook: the table in zone colours, the method and the excluded pages; needs --out) or parquet (the CSV's columns as typed Parquet columns, nulls for empty cells; needs --out). Default: from the --out extension, else table.", HelpName = "table|csv|md|html|json|xlsx|parquet" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var chart = new Option<string?>("--chart") { Description = "Also draw a PNG bar chart of the final totals, coloured by zone.", HelpName = "FILE.png" };
        var language = new Option<string>("--lang") { Description = "Language of names and labels: en or ru (Russian names from the name_ru column).", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var title = new Option<string?>("--title") { Description = "The heading of the table, page and chart (default: the method's title).", HelpName = "TEXT" };
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of CSV files: utf-8, windows-1251 or utf-16. Default: from the byte order mark, else UTF-8, or Windows-1251 when the file is cleanly that.", HelpName = "utf-8|windows-1251|utf-16" };
        var sheet = new Option<string?>("--sheet") { Description = "The sheet of an .xlsx pages file to read, by name or number from 1. Default: the first.", HelpName = "NAME|N" };
        var headerRow = new Option<int?>("--header-row") { Description = "The row of the .xlsx sheet that names the columns, from 1 (rows above it are skipped). Default: the first row that is not blank.", HelpName = "N" };
        var source = new Option<string?>("--source") { Description = "A source line under the HTML page's title, e.g. 'Data: Popsters export, 1 August 2020'.", HelpName = "TEXT" };
        var date = new Option<string?>("--date") { Description = "A date line under the HTML page's title, as written, e.g. 'July 2020'.", HelpName = "TEXT" };
        var explainRuns = new Option<int?>("--explain-runs") { Description = "With --explain: also re-rate this many times with each weight drawn from ±25 % (seed 1) and give the page's median place, 5-95 % interval and chance of the top 3 (see 'socialrank robustness' for more).", HelpName = "N" };
        var top = new Option<int?>("--top") { Description = "Show only the first N pages of the final table, in final-place order (table, md, html, csv and the chart); the table, md and html say how many were rated. JSON always holds every page.", HelpName = "N" };
        var previous = new Option<string?>("--previous") { Description = "The previous edition's pages file (e.g. last month's), rated with the same regions and method: every format gets a change column, ▲3 up, ▼2 down, = the same place, new for a page not rated then.", HelpName = "FILE" };
        var groupBy = new Option<string?>("--group-by") { Description = "Rate the pages within their groups, each group's pages alone with its own places, totals and zones: by network, or by owner (the region). One table per group in the table, md, csv (a first column of the group), html and json formats.", HelpName = "network|owner" };
        groupBy.AcceptOnlyFromAmong("network", "owner");
        var toMoveUp = new Option<bool>("--to-move-up") { Description = "With --format html: a last column with each page's cheapest change of one figure that gives it a better place, every other page and figure as they are (see 'socialrank targets')." };
        var strict = new Option<bool>("--strict") { Description = "Stop (exit 2) rather than warn when the data leave an indicator without a single value, which would give every page the same place on it, or when --posts has posts that are not counted." };
        var posts = new Option<string?>("--posts") { Description = "A posts file (.csv or .xlsx; one row per post, e.g. a Meta Business Suite post export): the posts of --period are counted and their likes (reactions), comments, shares, saves, views and reach summed per page; the pages file then gives only the pages' own figures (followers, engaged users, population). Posts on pages not in the pages file, outside the period or with a repeated post id are not counted and are named on stderr.", HelpName = "posts.csv" };
        var period = new Option<string?>("--period") { Description = "With --posts: the month to rate, e.g. 2020-07, or a range of months rated as one period, e.g. 2020-05..2020-07 (one edition per month: 'socialrank history --every month').", HelpName = "yyyy-MM[..yyyy-MM]" };
        var every = new Option<string?>("--every") { Description = "With --posts and a range of months: one edition per month. 'rate' writes one edition, so this asks for 'socialrank history', which takes the same options.", HelpName = "month" };
        every.AcceptOnlyFromAmong("month");
        var timeZone = new Option<string?>("--tz") { Description = "With --posts: the time zone the period's months begin and end in, and of publish times written without an offset (an IANA id, e.g. Asia/Almaty). Default: UTC.", HelpName = "ZONE" };
        var explain = new Option<string[]>("--explain")
        {
            Description = "Explain the place of the page with this id instead of writing the table: its values, places, weights and penalties, what decided among equal totals and its zones, or why it was excluded; in the --lang language, as plain text to stdout or --out. Repeat for more pages.",
            HelpName = "ID",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("rate", RateHelp.Summary)
        {
            pages, pagesOption, regions, method, ties, rounding, exact, format, output, chart, language, title, source, date, top, previous, groupBy, toMoveUp, explain, explainRuns, strict, encoding, sheet, headerRow, posts, period, every, timeZone,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            string? positional = parse.GetValue(pages), named = parse.GetValue(pagesOption);
            if ((positional is null) == (named is null))
            {
                throw new InputException(positional is null
                    ? "rate needs the pages file: give it as the first argument or as --pages pages.csv."
                    : $"the pages file is given twice ('{positional}' and --pages '{named}'): give one.");
            }

            var options = new RateOptions(
                (positional ?? named)!,
                parse.GetValue(regions),
                parse.GetValue(method),
                parse.GetValue(ties),
                parse.GetValue(rounding),
                parse.GetValue(exact),
                parse.GetValue(format),
                parse.GetValue(output),
                parse.GetValue(chart),
                parse.GetValue(language) ?? "en",
                parse.GetValue(title),
                parse.GetValue(explain) ?? [],
                parse.GetValue(strict),
                parse.GetValue(encoding),
                parse.GetValue(sheet),
                parse.GetValue(headerRow),
                parse.GetValue(source),
                parse.GetValue(date),
                parse.GetValue(top),
                parse.GetValue(explainRuns),
                parse.GetValue(previous),
                parse.GetValue(toMoveUp),
                parse.GetValue(groupBy),
                parse.GetValue(posts),
                parse.GetValue(period),
                parse.GetValue(every),
                parse.GetValue(timeZone));
            return RateCommand.RunAsync(options, stdout, stderr, console, cancellationToken);
        });
        return command;
    }

    private static Command BuildRobustness(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        var pages = new Argument<string>("pages") { Description = "The pages file (.csv, .xlsx or .parquet), as for 'rate'." };
        var regions = new Option<string?>("--regions") { Description = "A regions file with region id and population, as for 'rate'.", HelpName = "regions.csv" };
        var method = new Option<string?>("--method") { Description = "A method.json; default: the article's method.", HelpName = "method.json" };
        var runs = new Option<int>("--runs") { Description = "How many times to re-rate under drawn changes of the method.", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "The seed of the draws: the same seed gives the same result on any number of cores.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var weights = new Option<string>("--weights") { Description = "How far each weight may move: each run multiplies it by a factor drawn uniformly from [1 - x, 1 + x].", HelpName = "25%", DefaultValueFactory = _ => "25%" };
        var vary = new Option<string[]>("--vary") { Description = "What the runs change, comma-separated: weights, ties (the indicators' tie method), drop-indicator (one at random), precision (exact or as published).", HelpName = "weights,ties,drop-indicator,precision", DefaultValueFactory = _ => ["weights"], AllowMultipleArgumentsPerToken = true };
        var sensitivity = new Option<int>("--sensitivity") { Description = "Also say which varied choice moves the places most: first-order and total-effect Sobol' indices of the mean place shift, from this many samples (each costs a rating per choice, plus 2). Table and json.", HelpName = "N" };
        var intervalChart = new Option<string?>("--chart") { Description = "Also draw the rank-interval chart: each page's 5-95 % interval of places as a bar in its zone's colour, its nominal place marked (PNG, or SVG for a page).", HelpName = "FILE.png|FILE.svg" };
        var audits = new Option<bool>("--audits") { Description = "Also audit the nominal rating: the final places with each indicator left out, the pairs where one page dominates another (and whether any dominated page is placed above), and the rank reversals that removing one page causes. Table and json." };
        var topK = new Option<int>("--top-k") { Description = "The k of the chance of a place in the top k.", HelpName = "K", DefaultValueFactory = _ => 3 };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: table, csv, md, html (a page with the table in zone colours), json or xlsx (a workbook: the table in zone colours and a sheet of notes; needs --out). Default: from the --out extension, else table.", HelpName = "table|csv|md|html|json|xlsx" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "Language of names: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of CSV files, as for 'rate'.", HelpName = "utf-8|windows-1251|utf-16" };
        var command = new Command("robustness", "How robust each page's place is: re-rate many times under drawn changes of the method and give each page's median place, 5-95 % interval, chance of the top k and of keeping its zone, with the indicators' agreement.")
        {
            pages, regions, method, runs, seed, weights, vary, topK, sensitivity, audits, intervalChart, format, output, language, encoding,
        };
        command.SetAction((parse, cancellationToken) => RobustnessCommand.RunAsync(
            new RobustnessOptions(
                parse.GetRequiredValue(pages),
                parse.GetValue(regions),
                parse.GetValue(method),
                parse.GetValue(runs),
                parse.GetValue(seed),
                parse.GetValue(weights) ?? "25%",
                parse.GetValue(vary) ?? ["weights"],
                parse.GetValue(topK),
                parse.GetValue(format),
                parse.GetValue(output),
                parse.GetValue(language) ?? "en",
                parse.GetValue(encoding),
                Sensitivity: parse.GetValue(sensitivity),
                Audits: parse.GetValue(audits),
                Chart: parse.GetValue(intervalChart)),
            stdout,
            stderr,
            console,
            cancellationToken));
        return command;
    }

    private static Command BuildCompare(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        var then = new Argument<string>("then") { Description = "The earlier edition's pages file (.csv, .xlsx or .parquet), as for 'rate'." };
        var now = new Argument<string>("now") { Description = "The later edition's pages file." };
        var regions = new Option<string?>("--regions") { Description = "A regions file with the populations, for both editions.", HelpName = "regions.csv" };
        var method = new Option<string?>("--method") { Description = "The method.json both editions are rated with (default: the article's).", HelpName = "method.json" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: table, csv, md, html (a page with the table in zone colours), json or xlsx (a workbook: the table in zone colours and a sheet of notes; needs --out). Default: from the --out extension, else table.", HelpName = "table|csv|md|html|json|xlsx" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "Language of names: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of CSV files, as for 'rate'.", HelpName = "utf-8|windows-1251|utf-16" };
        var command = new Command("compare", "Who moved: rate two editions (e.g. June and July) with the same method and give each page's place then and now, the change and the indicators that made it, new, departed and excluded pages, and how much the two rankings agree.")
        {
            then, now, regions, method, format, output, language, encoding,
        };
        command.SetAction((parse, cancellationToken) => CompareCommand.RunAsync(
            new CompareOptions(parse.GetRequiredValue(then), parse.GetRequiredValue(now), parse.GetValue(regions), parse.GetValue(method), parse.GetValue(format),
                parse.GetValue(output), parse.GetValue(language) ?? "en", parse.GetValue(encoding)),
            stdout,
            stderr,
            console,
            cancellationToken));
        return command;
    }

    private static Command BuildHistory(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        var editions = new Argument<string[]>("editions") { Description = "The editions' pages files (.csv, .xlsx or .parquet), oldest first: at least two; with --posts, the one pages file.", Arity = ArgumentArity.OneOrMore };
        var regions = new Option<string?>("--regions") { Description = "A regions file with the populations, for every edition.", HelpName = "regions.csv" };
        var method = new Option<string?>("--method") { Description = "The method.json every edition is rated with (default: the article's).", HelpName = "method.json" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: table, csv, md, html (a page with the table in zone colours and the bump chart), json or xlsx (a workbook; needs --out). Default: from the --out extension, else table.", HelpName = "table|csv|md|html|json|xlsx" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var chart = new Option<string?>("--chart") { Description = "Also draw the bump chart: the editions left to right, one line per page coloured by its latest zone (above 25 pages, the top 20 of the latest edition).", HelpName = "FILE.png|FILE.svg" };
        var language = new Option<string>("--lang") { Description = "Language of names: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of CSV files, as for 'rate'.", HelpName = "utf-8|windows-1251|utf-16" };
        var posts = new Option<string?>("--posts") { Description = "A posts file (one row per post, as for 'rate --posts'): the editions are then the months of --period, each rated from its posts, and the one pages file gives the pages' own figures.", HelpName = "posts.csv" };
        var period = new Option<string?>("--period") { Description = "With --posts: the months, e.g. 2020-05..2020-07 (with --every month, one edition each).", HelpName = "yyyy-MM..yyyy-MM" };
        var every = new Option<string?>("--every") { Description = "With --posts: one edition per month of --period.", HelpName = "month" };
        every.AcceptOnlyFromAmong("month");
        var timeZone = new Option<string?>("--tz") { Description = "With --posts: the time zone months begin and end in, and of publish times without an offset (an IANA id). Default: UTC.", HelpName = "ZONE" };
        var strict = new Option<bool>("--strict") { Description = "With --posts: stop (exit 2) rather than note posts that are not counted." };
        var command = new Command("history", "A monthly series: rate each edition with the same method and give every page's place in each, the change from the first to the last and the latest zone, with a bump chart.")
        {
            editions, regions, method, format, output, chart, language, encoding, posts, period, every, timeZone, strict,
        };
        command.SetAction((parse, cancellationToken) => HistoryCommand.RunAsync(
            new HistoryOptions(parse.GetValue(editions) ?? [], parse.GetValue(regions), parse.GetValue(method), parse.GetValue(format),
                parse.GetValue(output), parse.GetValue(chart), parse.GetValue(language) ?? "en", parse.GetValue(encoding),
                parse.GetValue(posts), parse.GetValue(period), parse.GetValue(every), parse.GetValue(timeZone), parse.GetValue(strict)),
            stdout,
            stderr,
            console,
            cancellationToken));
        return command;
    }

    private static Command BuildTargets(TextWriter stdout, TextWriter stderr, CliConsole console)
    {
        var pages = new Argument<string>("pages") { Description = "The pages file (.csv, .xlsx or .parquet), as for 'rate'." };
        var regions = new Option<string?>("--regions") { Description = "A regions file with the populations, as for 'rate'.", HelpName = "regions.csv" };
        var method = new Option<string?>("--method") { Description = "The method.json to rate with (default: the article's).", HelpName = "method.json" };
        var page = new Option<string>("--page") { Description = "The id of the page to move up.", HelpName = "ID", Required = true };
        var figure = new Option<string?>("--figure") { Description = "Change only this figure: followers, posts, likes, comments, shares, saves, views, reach or engaged_users. Default: each in turn.", HelpName = "FIELD" };
        var toPlace = new Option<int?>("--to-place") { Description = "The target: final place N or better. Without --to-place or --to-zone: a better place than today's, and the next zone up.", HelpName = "N" };
        var toZone = new Option<string?>("--to-zone") { Description = "The target: this zone of the method's zone schemes (for the final table's bands, or a zone above it), e.g. \"White zone\".", HelpName = "NAME" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: table, csv, md, html, json or xlsx (needs --out). Default: from the --out extension, else table.", HelpName = "table|csv|md|html|json|xlsx" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "Language of names and labels: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of CSV files, as for 'rate'.", HelpName = "utf-8|windows-1251|utf-16" };
        var command = new Command("targets", "What would move this page up: for each of its figures (engaged users, followers, likes, posts, ...) the smallest whole change that gives it a better final place, a given place or zone, every other page and figure fixed; each answer checked by re-rating.")
        {
            pages, regions, method, page, figure, toPlace, toZone, format, output, language, encoding,
        };
        command.SetAction((parse, cancellationToken) => TargetsCommand.RunAsync(
            new TargetsOptions(parse.GetRequiredValue(pages), parse.GetValue(regions), parse.GetValue(method), parse.GetRequiredValue(page), parse.GetValue(figure),
                parse.GetValue(toPlace), parse.GetValue(toZone), parse.GetValue(format), parse.GetValue(language) ?? "en", parse.GetValue(encoding), parse.GetValue(output)),
            stdout,
            stderr,
            console,
            cancellationToken));
        return command;
    }

    private static Command BuildSql(TextWriter stdout)
    {
        var method = new Argument<string?>("method") { Description = "The method.json to write as SQL (default: the article's).", Arity = ArgumentArity.ZeroOrOne, HelpName = "method.json" };
        var dialect = new Option<string>("--dialect") { Description = "The SQL dialect: duckdb and postgres are run by the tests; spark, bigquery and clickhouse are checked as text only.", HelpName = "duckdb|postgres|spark|bigquery|clickhouse", Required = true };
        dialect.AcceptOnlyFromAmong([.. Sql.SqlDialect.All.Select(d => d.Name)]);
        var table = new Option<string>("--table") { Description = "The table of page rows: one column per page field (followers, posts, likes, comments, shares, saves, views, reach, engaged_users, population), plus id, input_order and exclusion_reason.", HelpName = "TABLE", DefaultValueFactory = _ => "pages" };
        var groupBy = new Option<string?>("--group-by") { Description = "Rate each value of this column separately (PARTITION BY), e.g. network or month.", HelpName = "COLUMN" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the query to this file (written whole, then moved into place) instead of stdout.", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "Language of the default method's indicator and zone names: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var command = new Command("sql", "Write the method as one SQL query that computes the whole rating in a database (exact values and rounding, ties, missing values, weights, final places, zones), optionally by group.")
        {
            method, dialect, table, groupBy, output, language,
        };
        command.SetAction((parse, cancellationToken) => SqlCommand.RunAsync(
            new SqlCommandOptions(parse.GetValue(method), parse.GetRequiredValue(dialect), parse.GetValue(table) ?? "pages", parse.GetValue(groupBy), parse.GetValue(output), parse.GetValue(language) ?? "en"),
            stdout,
            cancellationToken));
        return command;
    }

    private static Command BuildSample(TextWriter stdout)
    {
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the sample into (created when absent; existing files are never replaced).", HelpName = "DIR", Required = true };
        var command = new Command("sample", "Write the bundled sample (July 2020 pages of Kazakhstan's regional akimats, illustrative figures, and the regions' real populations) into a folder, to try the commands on.")
        {
            output,
        };
        command.SetAction((parse, cancellationToken) => SampleCommand.RunAsync(parse.GetRequiredValue(output), stdout, cancellationToken));
        return command;
    }

    private static Command BuildMethod(TextWriter stdout)
    {
        var printDefault = new Option<bool>("--print-default") { Description = "Write the default method (the article's) as method.json to stdout, to start your own from." };
        var check = new Option<string?>("--check") { Description = "Check a method.json and describe the method it defines.", HelpName = "method.json" };
        var language = new Option<string>("--lang") { Description = "Language of the default method's indicator and zone names and of the check's description: en or ru.", HelpName = "en|ru", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong(Languages);
        var command = new Command("method", "Print the default rating method as method.json, or check a method file.")
        {
            printDefault, check, language,
        };
        command.SetAction(parse => MethodCommand.Run(parse.GetValue(printDefault), parse.GetValue(check), parse.GetValue(language) ?? "en", stdout));
        return command;
    }
}

/// <summary>The options of <c>socialrank rate</c>.</summary>
internal sealed record RateOptions(
    string Pages,
    string? Regions,
    string? Method,
    string? Ties,
    string? Rounding,
    bool Exact,
    string? Format,
    string? Out,
    string? Chart,
    string Language,
    string? Title,
    IReadOnlyList<string> Explain,
    bool Strict = false,
    string? Encoding = null,
    string? Sheet = null,
    int? HeaderRow = null,
    string? Source = null,
    string? Date = null,
    int? Top = null,
    int? ExplainRuns = null,
    string? Previous = null,
    bool ToMoveUp = false,
    string? GroupBy = null,
    string? Posts = null,
    string? Period = null,
    string? Every = null,
    string? TimeZone = null);
