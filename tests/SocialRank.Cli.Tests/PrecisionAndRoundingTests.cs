using AngleSharp.Html.Parser;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests;

/// <summary>
/// Exact values and rounding as published: <c>"precision"</c> (0 to 15 or <c>"exact"</c>), <c>"rounding"</c>,
/// <c>--rounding</c> and <c>--exact</c>, the rule stated in every output, and the compared value in the JSON.
/// </summary>
public class PrecisionAndRoundingTests
{
    private const string PagesCsv =
        "id,followers,posts,likes,comments,shares,saves,engaged_users,population\n" +
        "er,2700,120,729,0,0,0,10,1000\n" +   // ER = 729 / 120 / 2,700 × 100 = exactly 0.225
        "a,100,4,5,0,0,0,10,1000\n" +         // average engagement per post 5 / 4 = exactly 1.25
        "b,100,5,6,0,0,0,10,1000\n";          // 6 / 5 = 1.2

    private const string PerPost = "average engagement per post";

    private static readonly string PrecisionRule = "'precision' must be a number of decimal places from 0 to 15, or \"exact\" to compare exactly";

    private static async Task<(Run Run, JsonResult? Json)> RateJsonAsync(TempDir dir, params string[] more)
    {
        string pages = dir.Write("pages.csv", PagesCsv);
        Run run = await CliRunner.RunAsync(["rate", pages, "--format", "json", .. more]);
        return (run, run.ExitCode == 0 ? JsonResult.Parse(run.Stdout) : null);
    }

    private static JsonScore Score(JsonResult json, string id, string indicator)
        => json.PageList.Single(p => p.Id == id).Scores.Single(s => s.Indicator == indicator);

    [Fact]
    public async Task Precision_ExactAndNumbers_AreAccepted()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """
            { "indicators": [
                { "builtin": "followers", "precision": "exact" },
                { "builtin": "average-engagement-per-post", "precision": 0 },
                { "builtin": "er", "precision": 15 } ] }
            """);
        Run check = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("'followers': higher is better, exact, weight 1, missing values rank last.", check.Stdout);
        Assert.Contains($"'{PerPost}': higher is better, 0 decimals, half away from zero, weight 1, missing values rank last.", check.Stdout);
        Assert.Contains("'ER': higher is better, 15 decimals, half away from zero, weight 1, missing values rank last.", check.Stdout);

        (Run run, JsonResult? json) = await RateJsonAsync(dir, "--method", method);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [new PrecisionEntry(System.Text.Json.JsonValueKind.String, "exact"), new PrecisionEntry(System.Text.Json.JsonValueKind.Number, "0"), new PrecisionEntry(System.Text.Json.JsonValueKind.Number, "15")],
            json!.Method.Indicators!.Select(i => i.Precision));
        Assert.Contains("\"precision\": \"exact\"", run.Stdout);
        Assert.Contains("\"precision\": 15", run.Stdout);
        Assert.Equal(1.0, Score(json, "a", PerPost).Compared);   // 1.25 at 0 decimals
        Assert.Equal(0.225, Score(json, "er", "ER").Compared!.Value, 15);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("16", "16")]
    [InlineData("1.5", "1.5")]
    [InlineData("\"exactly\"", "'exactly'")]
    [InlineData("\"2\"", "'2'")]
    [InlineData("true", "true")]
    public async Task Precision_OutOfRangeOrMisspelt_IsRejectedNamingFileIndicatorAndValue(string written, string shown)
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", $$"""{ "indicators": [ { "builtin": "followers" }, { "builtin": "er", "precision": {{written}} } ] }""");
        string expected = $"error: {method}: indicator 2: {PrecisionRule}, not {shown}.\n";

        Run check = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(2, check.ExitCode);
        Assert.Equal("", check.Stdout);
        Assert.Equal(expected, check.Stderr);

        Run rate = await CliRunner.RunAsync("rate", dir.Write("pages.csv", PagesCsv), "--method", method);
        Assert.Equal(2, rate.ExitCode);
        Assert.Equal(expected, rate.Stderr);
    }

    [Fact]
    public async Task Precision_MinusOne_IsRejectedWithTheExactMessage()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """{ "indicators": [ { "builtin": "followers", "precision": -1 } ] }""");
        Run run = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: {method}: indicator 1: 'precision' must be a number of decimal places from 0 to 15, or \"exact\" to compare exactly, not -1.\n",
            run.Stderr);
    }

    [Theory]
    [InlineData("half-away-from-zero", 1.3, 3.0)]
    [InlineData("half-to-even", 1.2, 2.0)]
    public async Task Rounding_MethodMember_ChoosesTheMidpointRule(string rounding, double compared, double placeOfB)
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", $$"""{ "rounding": "{{rounding}}", "indicators": [ { "builtin": "average-engagement-per-post" }, { "builtin": "er" } ] }""");
        (Run run, JsonResult? json) = await RateJsonAsync(dir, "--method", method);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(rounding, json!.Method.Rounding);
        Assert.Equal(compared, Score(json, "a", PerPost).Compared);
        Assert.Equal(2.0, Score(json, "a", PerPost).Place);
        Assert.Equal(placeOfB, Score(json, "b", PerPost).Place);
    }

    [Fact]
    public async Task Rounding_Unknown_IsRejectedListingTheTwoRules()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """{ "rounding": "bankers", "indicators": [ { "builtin": "followers" } ] }""");
        Run run = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: {method}: rounding: unknown rounding rule 'bankers'; use half-away-from-zero (the default, as spreadsheets round: 1.25 to 1 decimal is 1.3) or half-to-even (as numpy and pandas round: 1.2).\n",
            run.Stderr);
    }

    [Fact]
    public async Task Rounding_UnknownOption_ExitsWith2()
    {
        using var dir = new TempDir();
        (Run run, _) = await RateJsonAsync(dir, "--rounding", "up");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr);
        Assert.Contains("half-to-even", run.Stderr);
    }

    [Fact]
    public async Task PrintDefault_StatesRoundingAndPrecisions_AndRoundTripsThroughCheck()
    {
        using var dir = new TempDir();
        Run printed = await CliRunner.RunAsync("method", "--print-default");
        Assert.Equal(0, printed.ExitCode);
        Assert.Contains("\"rounding\": \"half-away-from-zero\"", printed.Stdout);
        Assert.Contains("\"precision\": 0,", printed.Stdout);
        Assert.Contains("\"precision\": 1,", printed.Stdout);
        Assert.Contains("\"precision\": 2,", printed.Stdout);
        Assert.DoesNotContain("-1", printed.Stdout);
        MethodFile file = System.Text.Json.JsonSerializer.Deserialize(printed.Stdout, MethodJsonContext.Default.MethodFile)!;
        Assert.Equal([0, 2, 0, 1, 2, 2], file.Indicators!.Select(i => i.Precision!.DecimalPlaces));

        string path = dir.Write("method.json", printed.Stdout);
        Run check = await CliRunner.RunAsync("method", "--check", path);
        Assert.Equal(0, check.ExitCode);
        Assert.StartsWith($"{path}: a valid method.\n", check.Stdout);
        Assert.Contains("'ER': higher is better, 2 decimals, half away from zero, weight 1, missing values rank last.\n", check.Stdout);

        // The method as the tool resolves it is the file as printed.
        LoadedMethod loaded = MethodLoader.Load(MethodLoader.ReadFile(path, path), path, MethodOverrides.None, "en");
        Assert.Equal(printed.Stdout, MethodLoader.ToJson(loaded.Resolved) + "\n");
    }

    [Theory]
    [InlineData(null, "half away from zero", "'ER': higher is better, 2 decimals, half away from zero, weight 1, missing values rank last.")]
    [InlineData("half-to-even", "half to even", "'ER': higher is better, 2 decimals, half to even, weight 1, missing values rank last.")]
    public async Task Rounding_IsStatedInEveryFormatsMethod(string? option, string libraryWords, string toolLine)
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", PagesCsv);
        string[] rounding = option is null ? [] : ["--rounding", option];
        string rule = option ?? "half-away-from-zero";

        Run text = await CliRunner.RunAsync(["rate", pages, .. rounding]);
        Assert.Contains($"'ER': higher is better, 2 decimals, {libraryWords}, weight 1, missing values rank last.\n", text.Stdout);

        Run md = await CliRunner.RunAsync(["rate", pages, "--format", "md", .. rounding]);
        Assert.Contains($"- 'ER': higher is better, 2 decimals, {libraryWords}, weight 1, missing values rank last.\n", md.Stdout);

        Run terminal = await CliRunner.RunAsync(new CliConsole(true, true, 250), ["rate", pages, .. rounding]);
        Assert.Contains(toolLine, terminal.Stdout);

        Run html = await CliRunner.RunAsync(["rate", pages, "--format", "html", .. rounding]);
        var doc = new HtmlParser().ParseDocument(html.Stdout);
        Assert.Contains(toolLine, doc.QuerySelectorAll("ul.method li").Select(li => li.TextContent));

        Run json = await CliRunner.RunAsync(["rate", pages, "--format", "json", .. rounding]);
        Assert.Contains($"\"rounding\": \"{rule}\"", json.Stdout);
        Assert.Equal(rule, JsonResult.Parse(json.Stdout)!.Method.Rounding);

        // CSV has no method lines: it is the data only, one row per page.
        Run csv = await CliRunner.RunAsync(["rate", pages, "--format", "csv", .. rounding]);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(4, csv.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Theory]
    [InlineData(null, "«ER»: больше — лучше, знаков после запятой: 2, половина — от нуля, вес 1, нет данных — последнее место.")]
    [InlineData("half-to-even", "«ER»: больше — лучше, знаков после запятой: 2, половина — к чётному, вес 1, нет данных — последнее место.")]
    public async Task Rounding_LangRu_IsStatedInRussian(string? option, string line)
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", PagesCsv);
        string[] rounding = option is null ? [] : ["--rounding", option];

        Run html = await CliRunner.RunAsync(["rate", pages, "--format", "html", "--lang", "ru", .. rounding]);
        var doc = new HtmlParser().ParseDocument(html.Stdout);
        Assert.Contains(line, doc.QuerySelectorAll("ul.method li").Select(li => li.TextContent));

        Run terminal = await CliRunner.RunAsync(new CliConsole(true, true, 250), ["rate", pages, "--lang", "ru", .. rounding]);
        Assert.Contains(line, terminal.Stdout);

        string method = dir.Write("method.json", option is null ? "{ }" : $$"""{ "rounding": "{{option}}" }""");
        Run check = await CliRunner.RunAsync("method", "--check", method, "--lang", "ru");
        Assert.Contains(line + "\n", check.Stdout);
    }

    [Fact]
    public async Task Json_ScoreCarriesTheComparedValueNextToTheValue()
    {
        using var dir = new TempDir();
        (Run run, JsonResult? json) = await RateJsonAsync(dir);
        Assert.Equal(0, run.ExitCode);

        // 729 interactions / 120 posts / 2,700 followers × 100 is exactly 0.225: shown and compared as 0.23.
        JsonScore er = Score(json!, "er", "ER");
        Assert.Equal(729.0 / 120 / 2700 * 100, er.Value!.Value, 15);
        Assert.Equal(0.23, er.Compared);
        Assert.Contains("\"compared\": 0.23,", run.Stdout);
        JsonScore perPost = Score(json!, "a", PerPost);
        Assert.Equal((1.25, 1.3), (perPost.Value!.Value, perPost.Compared!.Value));
    }

    [Fact]
    public async Task Er_729On120PostsWith2700Followers_IsShownAs023InEveryFormat()
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", PagesCsv);

        Run text = await CliRunner.RunAsync("rate", pages);
        Assert.Matches(@"\n\s*\d+\s+er\s.*\s0\.23 \(3\)", text.Stdout);

        Run md = await CliRunner.RunAsync("rate", pages, "--format", "md");
        Assert.Contains("| 0.23 (3) |", md.Stdout);

        Run csv = await CliRunner.RunAsync("rate", pages, "--format", "csv");
        Assert.Contains(",0.23,3,3,", csv.Stdout);

        Run html = await CliRunner.RunAsync("rate", pages, "--format", "html");
        var row = new HtmlParser().ParseDocument(html.Stdout).QuerySelectorAll("table.rating tbody tr").Single(r => r.Children[1].TextContent == "er");
        Assert.Equal("0.23 (3)", row.Children[7].TextContent);

        Run terminal = await CliRunner.RunAsync(new CliConsole(true, true, 250), "rate", pages);
        Assert.Contains("0.23 (3)", terminal.Stdout);

        Run even = await CliRunner.RunAsync("rate", pages, "--rounding", "half-to-even", "--format", "md");
        Assert.Contains("| 0.22 (3) |", even.Stdout);
    }

    [Fact]
    public async Task PerPost_125And12_TieHalfToEvenButNotHalfAwayFromZero()
    {
        using var dir = new TempDir();

        (_, JsonResult? away) = await RateJsonAsync(dir);
        Assert.Equal((1.3, 2.0), (Score(away!, "a", PerPost).Compared!.Value, Score(away!, "a", PerPost).Place));
        Assert.Equal((1.2, 3.0), (Score(away!, "b", PerPost).Compared!.Value, Score(away!, "b", PerPost).Place));

        (_, JsonResult? even) = await RateJsonAsync(dir, "--rounding", "half-to-even");
        Assert.Equal("half-to-even", even!.Method.Rounding);
        Assert.Equal((1.2, 2.0), (Score(even, "a", PerPost).Compared!.Value, Score(even, "a", PerPost).Place));
        Assert.Equal((1.2, 2.0), (Score(even, "b", PerPost).Compared!.Value, Score(even, "b", PerPost).Place));

        // The option overrides the method file, as --ties does.
        string method = dir.Write("method.json", """{ "rounding": "half-to-even" }""");
        (_, JsonResult? overridden) = await RateJsonAsync(dir, "--method", method, "--rounding", "half-away-from-zero");
        Assert.Equal("half-away-from-zero", overridden!.Method.Rounding);
        Assert.Equal(2.0, Score(overridden, "a", PerPost).Place);
        Assert.Equal(3.0, Score(overridden, "b", PerPost).Place);

        Run shown = await CliRunner.RunAsync("rate", dir.File("pages.csv"), "--method", method, "--format", "md");
        Assert.Matches(@"\| a \| 100 \(2\) \| [^|]+ \| [^|]+ \| 1\.2 \(2\) \|", shown.Stdout);
        Assert.Matches(@"\| b \| 100 \(2\) \| [^|]+ \| [^|]+ \| 1\.2 \(2\) \|", shown.Stdout);
    }

    [Fact]
    public async Task ExactOption_ComparesEveryIndicatorExactly()
    {
        using var dir = new TempDir();
        (Run run, JsonResult? json) = await RateJsonAsync(dir, "--exact", "--rounding", "half-to-even");
        Assert.Equal(0, run.ExitCode);
        Assert.All(json!.Method.Indicators!, i => Assert.True(i.Precision!.IsExact));
        Assert.Equal((1.25, 1.25, 2.0), (Score(json, "a", PerPost).Value!.Value, Score(json, "a", PerPost).Compared!.Value, Score(json, "a", PerPost).Place));
        Assert.Equal((1.2, 3.0), (Score(json, "b", PerPost).Compared!.Value, Score(json, "b", PerPost).Place));
        Assert.All(json.PageList.SelectMany(p => p.Scores), s => Assert.Equal(s.Value, s.Compared));

        Run html = await CliRunner.RunAsync("rate", dir.File("pages.csv"), "--exact", "--format", "html");
        Assert.Contains(
            "'average engagement per post': higher is better, exact, weight 1, missing values rank last.",
            new HtmlParser().ParseDocument(html.Stdout).QuerySelectorAll("ul.method li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Exact_EqualTrueRatiosTie()
    {
        // 3 followers, 1 post, 1 like and 1 follower, 3 posts, 1 like: both have an ER of exactly 100/3 %.
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", "id,followers,posts,likes\nx,3,1,1\ny,1,3,1\n");
        string method = dir.Write("method.json", """{ "interactions": ["likes"], "indicators": [ { "builtin": "er", "precision": "exact" } ] }""");
        Run run = await CliRunner.RunAsync("rate", pages, "--method", method, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        Assert.Equal([1.0, 1.0], json.PageList.Select(p => p.Scores[0].Place));
        Assert.Equal(json.PageList[0].Scores[0].Compared, json.PageList[1].Scores[0].Compared);
    }

    [Fact]
    public async Task RateHelp_StatesTheEvaluationAndRoundingRules()
    {
        Run run = await CliRunner.RunAsync("rate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--rounding <half-away-from-zero|half-to-even>", run.Stdout);
        Assert.Contains("--exact", run.Stdout);
        Assert.Contains("divided once, so equal true ratios always tie", run.Stdout);
        Assert.Contains("5 interactions on 4 posts is exactly 1.25, shown and compared as 1.3", run.Stdout);
        Assert.Contains("is an ER of exactly 0.225 %, shown as 0.23", run.Stdout);
        Assert.Contains("1.25 is 1.2 and ties with 1.2, 0.225 is 0.22", run.Stdout);
    }
}
