using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MiniExcelLibs;
using nietras.SeparatedValues;
using SocialRank.Cli.Output;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Cli.Tests;

/// <summary>End-to-end runs of <c>socialrank rate</c> in-process on the bundled sample, in every format.</summary>
public class RateCommandTests
{
    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    // How a Russian spreadsheet writes 12345: "12 345" with a no-break space.
    private static readonly System.Globalization.NumberFormatInfo RussianNumbers = new() { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," };

    private static string[] SampleWith(params string[] more) => [.. Sample, .. more];

    [Fact]
    public async Task Rate_SampleRedirected_WritesPlainAlignedTable()
    {
        Run run = await CliRunner.RunAsync(Sample);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
        string[] lines = run.Stdout.Split('\n');
        string[] data = lines.Where(l => l.TrimStart().Length > 0 && char.IsAsciiDigit(l.TrimStart()[0])).ToArray();
        Assert.Equal(25, data.Length);
        Assert.Matches(@"^\s*1\s+Atyrau Region — Instagram\s", data[0]);
        Assert.Matches(@"^\s*2\s+Turkestan Region — Instagram\s", data[1]);
        Assert.Matches(@"^\s*3\s+Mangystau Region — Instagram\s", data[2]);
        Assert.Contains("East Kazakhstan Region — Facebook: Registered as a personal account, not an official page", run.Stdout);
        Assert.Equal("Social media rating\n\n" + Formatting.TableWriter.ToText(Formatting.RatingTables.Final(SampleData.LibraryResult(), new Formatting.RatingTableOptions { Interactions = InteractionKinds.All })), run.Stdout);
    }

    [Fact]
    public async Task Rate_SampleCsv_IsTheLibrarysCsvWithOneRowPerPage()
    {
        using var dir = new TempDir();
        string output = dir.File("rating.csv");
        Run run = await CliRunner.RunAsync(SampleWith("--out", output));
        Assert.Equal(0, run.ExitCode);
        byte[] bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        string csv = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(Formatting.ResultFormatter.ToCsv(SampleData.LibraryResult()), csv);
        using nietras.SeparatedValues.SepReader reader = nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        var rows = new List<(string Place, string Id, string Zone, string Excluded)>();
        foreach (nietras.SeparatedValues.SepReader.Row row in reader)
        {
            rows.Add((row["final place"].ToString(), row["id"].ToString(), row["final table zone"].ToString(), row["excluded because"].ToString()));
        }

        Assert.Equal(26, rows.Count);
        Assert.Equal(("1", "atyrau-ig", "Leaders", ""), rows[0]);
        Assert.Equal(("east_kazakhstan-fb", "Registered as a personal account, not an official page"), (rows[25].Id, rows[25].Excluded));
    }

    [Fact]
    public async Task Rate_FormulaInMethodNames_IsDefusedInCsv()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """
            { "indicators": [ { "builtin": "followers", "name": "+followers" }, { "builtin": "er" } ],
              "zones": [ { "name": "z", "places": [ { "count": 3, "zone": "=HYPERLINK(\"http://evil\")", "colour": "#2e7d32" } ], "rest": { "zone": "@rest" } } ] }
            """);
        Run run = await CliRunner.RunAsync(SampleWith("--method", method, "--format", "csv"));
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Stdout.Split('\n');
        Assert.StartsWith("final place,id,name,'+followers value,'+followers place,", lines[0]);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\",,", lines[1]);
        Assert.EndsWith(",'@rest,,", lines[4]);
        Assert.DoesNotContain(lines, l => l.StartsWith('=') || l.Contains(",=", StringComparison.Ordinal) || l.Contains(",+", StringComparison.Ordinal) || l.Contains(",@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_SampleMarkdown_IsATitledTable()
    {
        using var dir = new TempDir();
        string output = dir.File("rating.md");
        Run run = await CliRunner.RunAsync(SampleWith("--out", output, "--title", "July <2020> | *pages*"));
        Assert.Equal(0, run.ExitCode);
        string[] lines = (await File.ReadAllTextAsync(output)).Split('\n');
        Assert.Equal("## July &lt;2020&gt; \\| \\*pages\\*", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("| Place | Page | followers |", lines[2]);
        Assert.StartsWith("| ---: | --- |", lines[3]);
        Assert.StartsWith("| 1 | Atyrau Region — Instagram | 112087 (3) |", lines[4]);
        Assert.Equal(25, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| \d+ \| ")));
    }

    [Fact]
    public async Task Rate_SampleOnTerminal_ColoursZones()
    {
        Run run = await CliRunner.RunAsync(new CliConsole(true, true, 250), Sample);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\u001b[", run.Stdout);
        Assert.Contains("48;2;46;125;50", run.Stdout);   // Leaders #2e7d32
        Assert.Contains("48;2;229;57;53", run.Stdout);   // Red zone #e53935
    }

    [Fact]
    public async Task Rate_SampleJson_ReadsBackEqualToTheLibrarysResult()
    {
        using var dir = new TempDir();
        string output = dir.File("rating.json");
        Run run = await CliRunner.RunAsync(SampleWith("--out", output));
        Assert.Equal(0, run.ExitCode);
        JsonResult json = JsonResult.Parse(await File.ReadAllTextAsync(output))!;
        RatingResult<PageStats> expected = SampleData.LibraryResult();

        Assert.Equal(expected.Rows.Count, json.PageList.Count);
        for (int i = 0; i < json.PageList.Count; i++)
        {
            RatingRow<PageStats> row = expected.Rows[i];
            JsonPage page = json.PageList[i];
            Assert.Equal(row.Id, page.Id);
            Assert.Equal(row.Name, page.Name);
            Assert.Equal(row.FinalPlace, page.Place);
            Assert.Equal(row.Total, page.Total);
            Assert.Equal(JsonDecision.KindName(row.Decision.Kind), page.Decision);
            Assert.Equal(row.Decision.IndicatorName, page.TieBreaker);
            Assert.Equal(row.Decision.Kind == DecisionKind.Total ? null : row.Decision.ToString(), page.DecidedBy);
            Assert.Equal(row.ZoneOf(0)?.Name, page.Zones["final table"]);
            Assert.Equal(row.Scores.Count, page.Scores.Count);
            for (int s = 0; s < page.Scores.Count; s++)
            {
                IndicatorScore score = row.Scores[s];
                Assert.Equal(score.Indicator, page.Scores[s].Indicator);
                Assert.Equal(score.Value, page.Scores[s].Value!.Value);
                Assert.Equal(score.ComparedValue, page.Scores[s].Compared!.Value);
                Assert.Equal(score.Place, page.Scores[s].Place);
                Assert.Equal(score.Weight, page.Scores[s].Weight);
                Assert.Equal(score.Penalty, page.Scores[s].Penalty);
            }
        }

        ExcludedPage<PageStats> excluded = Assert.Single(expected.Excluded);
        JsonExcluded jsonExcluded = Assert.Single(json.Excluded);
        Assert.Equal((excluded.Id, excluded.Reason), (jsonExcluded.Id, jsonExcluded.Reason));
        Assert.Equal(["likes", "comments", "shares", "saves"], json.Method.Interactions);
        Assert.Equal("min", json.Method.IndicatorTies);
        Assert.Equal("half-away-from-zero", json.Method.Rounding);
        Assert.Equal([0, 2, 0, 1, 2, 2], json.Method.Indicators!.Select(i => i.Precision!.DecimalPlaces));
        Assert.Equal(expected.Method.Indicators.Select(i => i.Indicator.Name), json.Method.Indicators!.Select(i => i.Name));
    }

    [Fact]
    public async Task Rate_SampleJson_MeetsTheArticlesFinalTable()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--format", "json"));
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        Assert.Equal(["atyrau-ig", "turkestan-ig", "mangystau-ig"], json.PageList.Take(3).Select(p => p.Id));
        Assert.Equal([1.0, 2.0, 3.0], json.PageList.Take(3).Select(p => p.Place));
        string[] zones = json.PageList.Select(p => p.Zones["final table"]!).ToArray();
        Assert.Equal(
            [.. Enumerable.Repeat("Leaders", 3), .. Enumerable.Repeat("White zone", 7), .. Enumerable.Repeat("Yellow zone", 5), .. Enumerable.Repeat("Orange zone", 5), .. Enumerable.Repeat("Red zone", 5)],
            zones);
        Assert.Equal("east_kazakhstan-fb", Assert.Single(json.Excluded).Id);
    }

    [Fact]
    public async Task Rate_SampleHtml_IsATableInZoneColoursWithChartAndMethod()
    {
        using var dir = new TempDir();
        string output = dir.File("rating.html");
        Run run = await CliRunner.RunAsync(SampleWith("--out", output));
        Assert.Equal(0, run.ExitCode);
        IDocument doc = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(output));
        IHtmlCollection<IElement> rows = doc.QuerySelectorAll("table.rating tbody tr");
        Assert.Equal(25, rows.Length);
        Assert.Equal("Atyrau Region — Instagram", rows[0].Children[1].TextContent);
        Assert.Contains("background:#2e7d32", rows[0].GetAttribute("style"));
        Assert.Contains("background:#e53935", rows[24].GetAttribute("style"));
        Assert.Equal(25, doc.QuerySelectorAll("figure.chart svg text").Count(t => System.Text.RegularExpressions.Regex.IsMatch(t.TextContent.Trim(), @"^\d+\. ")));
        Assert.Contains("min on indicators", doc.QuerySelector("ul.method")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("script, link, img"));
    }

    [Fact]
    public async Task Rate_ScriptNameInHtml_AppearsAsTextNotElement()
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", File.ReadAllText(CliRunner.SamplePages).Replace("Atyrau Region — Instagram", "<script>alert(1)</script>", StringComparison.Ordinal));
        string output = dir.File("rating.html");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", output);
        Assert.Equal(0, run.ExitCode);
        string html = await File.ReadAllTextAsync(output);
        IDocument doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelectorAll("table.rating tbody tr")[0].Children[1].TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Rate_Chart_IsAPngOfTheStatedSize()
    {
        using var dir = new TempDir();
        string chart = dir.File("totals.png");
        Run run = await CliRunner.RunAsync(SampleWith("--chart", chart, "--out", dir.File("t.txt")));
        Assert.Equal(0, run.ExitCode);
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(chart);
        Assert.NotNull(bitmap);
        Assert.Equal(ChartRenderer.Width, bitmap.Width);
        Assert.Equal(ChartRenderer.Height(25), bitmap.Height);
    }

    [Fact]
    public async Task Rate_Xlsx_GivesTheSameResultAsCsv()
    {
        using var dir = new TempDir();
        string xlsx = dir.File("pages.xlsx");
        string[] header = SampleData.Header;
        var rows = SampleData.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?>();
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = double.TryParse(r[i], System.Globalization.CultureInfo.InvariantCulture, out double d) ? d : r[i];
            }

            return row;
        }).ToList();
        MiniExcel.SaveAs(xlsx, rows);
        Run fromCsv = await CliRunner.RunAsync(SampleWith("--format", "json"));
        Run fromXlsx = await CliRunner.RunAsync("rate", xlsx, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.Equal(0, fromXlsx.ExitCode);
        Assert.Equal(fromCsv.Stdout, fromXlsx.Stdout);
    }

    [Fact]
    public async Task Rate_RussianHeadersAndLocalNumbers_GiveTheSameResult()
    {
        using var dir = new TempDir();
        string[] russian = ["Ид", "Название", "name_ru", "Сеть", "Регион", "Подписчики", "Публикации", "Лайки", "Комментарии", "Репосты", "Сохранения", "Вовлечённые", "Участвует", "Причина"];
        var lines = new List<string> { string.Join(";", russian) };
        foreach (string[] r in SampleData.Rows)
        {
            string[] cells = r.Select((c, i) => i is >= 5 and <= 11 ? "\"" + double.Parse(c, System.Globalization.CultureInfo.InvariantCulture).ToString("N0", RussianNumbers) + "\"" : c).ToArray();
            lines.Add(string.Join(";", cells));
        }

        string pages = dir.Write("страницы.csv", string.Join("\n", lines) + "\n");
        Run fromRussian = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Run fromSample = await CliRunner.RunAsync(SampleWith("--format", "json"));
        Assert.Equal(0, fromRussian.ExitCode);
        Assert.Equal(fromSample.Stdout, fromRussian.Stdout);
        Assert.Contains("\u00A0", lines[1]);
    }

    [Fact]
    public async Task Rate_LangRu_UsesRussianNamesAndLabels()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--lang", "ru", "--format", "json"));
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        Assert.Equal("Атырауская область — Instagram", json.PageList[0].Name);
        Assert.Equal("Лидеры", json.PageList[0].Zones["итоговая таблица"]);
        Assert.Equal("подписчики", json.PageList[0].Scores[0].Indicator);
        Assert.Equal(SampleData.LibraryResult().Rows.Select(r => r.Id), json.PageList.Select(p => p.Id));
    }

    [Theory]
    [InlineData("average")]
    [InlineData("max")]
    [InlineData("dense")]
    [InlineData("ordinal")]
    public async Task Rate_TiesOption_ChangesEveryTieMethodAndIsShown(string ties)
    {
        Run run = await CliRunner.RunAsync(SampleWith("--ties", ties, "--format", "json"));
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        Assert.Equal(ties, json.Method.IndicatorTies);
        Assert.Equal(ties, json.Method.FinalTies);
        RatingResult<PageStats> expected = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).AddZones(SampleData.ArticleBands())
            .WithIndicatorTies(Enum.Parse<Ranking.TieMethod>(ties, ignoreCase: true)).WithFinalTies(Enum.Parse<Ranking.TieMethod>(ties, ignoreCase: true))
            .Build().Evaluate(SampleData.Pages());
        Assert.Equal(expected.Rows.Select(r => (r.Id, r.Total, r.FinalPlace)), json.PageList.Select(p => (p.Id, p.Total, p.Place)));
    }

    [Fact]
    public async Task Rate_AverageTies_EachIndicatorsPlacesSumToTriangle()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--ties", "average", "--format", "json"));
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        for (int s = 0; s < 6; s++)
        {
            Assert.Equal(25 * 26 / 2.0, json.PageList.Sum(p => p.Scores[s].Place));
        }
    }

    [Fact]
    public async Task Rate_SampleMethodWithThresholds_PutsTwelvePagesInTheRedZone()
    {
        string method = Path.Combine(AppContext.BaseDirectory, "Data", "akimat-method.json");
        Run run = await CliRunner.RunAsync(SampleWith("--method", method, "--format", "json"));
        Assert.Equal(0, run.ExitCode);
        JsonResult json = JsonResult.Parse(run.Stdout)!;
        Assert.Equal(12, json.PageList.Count(p => p.Zones["reach of the population"] == "red"));
        Assert.Equal(
            ["aktobe-ig", "atyrau-ig", "mangystau-ig", "west_kazakhstan-ig"],
            json.PageList.Where(p => p.Zones["reach of the population"] == "green").Select(p => p.Id).Order());
        Assert.Equal("Akimat pages, July 2020 (illustrative data)", json.Title);

        using var dir = new TempDir();
        string html = dir.File("rating.html");
        Assert.Equal(0, (await CliRunner.RunAsync(SampleWith("--method", method, "--out", html))).ExitCode);
        IDocument doc = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(html));
        IElement atyrau = doc.QuerySelectorAll("table.rating tbody tr")[0];
        Assert.Contains("background:#43a047", atyrau.Children[3].GetAttribute("style"));   // followers, % of population: green
        IElement almaty = doc.QuerySelectorAll("table.rating tbody tr").First(r => r.Children[1].TextContent == "Almaty Region — Facebook");
        Assert.Contains("background:#e53935", almaty.Children[3].GetAttribute("style"));   // red
    }

    [Fact]
    public async Task Rate_MethodFileWithEveryMember_MatchesTheLibraryBuiltDirectly()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """
            {
              "title": "Custom",
              "interactions": ["likes", "comments"],
              "indicatorTies": "average",
              "finalTies": "dense",
              "indicators": [
                { "builtin": "followers", "weight": 2, "precision": "exact" },
                { "name": "comments per post", "value": "comments", "per": "posts", "better": "lower", "precision": 1, "missing": "exclude" },
                { "builtin": "er", "precision": 3 },
                { "name": "saves share", "value": "saves", "per": "interactions", "percent": true, "weight": 0.5 }
              ],
              "tieBreakers": ["er"],
              "zones": [ { "name": "by total", "on": "total", "thresholds": [ { "below": 30, "zone": "good", "colour": "#00ff00" }, { "atLeast": 30, "zone": "bad", "colour": "#ff0000" } ] } ]
            }
            """);
        Run run = await CliRunner.RunAsync(SampleWith("--method", method, "--format", "json"));
        Assert.Equal(0, run.ExitCode);
        JsonResult json = JsonResult.Parse(run.Stdout)!;

        PageValue<PageStats> interactions = PageStatsValues.Interactions(InteractionKinds.LikesAndComments);
        RatingResult<PageStats> expected = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers with { Precision = Precision.Exact }, 2)
            .Add(new Indicator<PageStats>("comments per post", PageStatsValues.Comments.DividedBy(PageStatsValues.Posts), Better.Lower) { Precision = Precision.Decimals(1), Missing = MissingValueRule.Exclude })
            .Add(ArticleIndicators.EngagementRateOf(InteractionKinds.LikesAndComments) with { Precision = Precision.Decimals(3) })
            .Add(new Indicator<PageStats>("saves share", PageStatsValues.Saves.PercentOf(interactions), Better.Higher), 0.5)
            .WithIndicatorTies(Ranking.TieMethod.Average)
            .WithFinalTies(Ranking.TieMethod.Dense)
            .WithTieBreakers(ArticleIndicators.EngagementRateName)
            .AddZones(Zones.ThresholdZoneScheme.OnTotal("by total", [Zones.ValueBand.Below(30, new Zones.Zone("good", "#00ff00")), Zones.ValueBand.AtLeast(30, new Zones.Zone("bad", "#ff0000"))]))
            .Build()
            .Evaluate(SampleData.Pages());
        Assert.Equal(
            expected.Rows.Select(r => (r.Id, r.Total, r.FinalPlace, JsonDecision.KindName(r.Decision.Kind), r.Decision.IndicatorName, r.ZoneOf(0)?.Name, string.Join(";", r.Scores.Select(s => $"{s.Indicator}={s.Value}~{s.ComparedValue}@{s.Place}x{s.Weight}")))),
            json.PageList.Select(p => (p.Id, p.Total, p.Place, p.Decision, p.TieBreaker, p.Zones["by total"], string.Join(";", p.Scores.Select(s => $"{s.Indicator}={s.Value ?? double.NaN}~{s.Compared ?? double.NaN}@{s.Place}x{s.Weight}")))));
        Assert.Equal(["likes", "comments"], json.Method.Interactions);
        Assert.Equal(("average", "dense"), (json.Method.IndicatorTies, json.Method.FinalTies));
        Assert.Equal(["ER"], json.Method.TieBreakers);
        Assert.Equal(["exact", "1", "3", "exact"], json.Method.Indicators!.Select(i => i.Precision!.Text));
        Assert.Equal("Custom", json.Title);
    }

    [Fact]
    public async Task Rate_Explain_WritesTheLibrarysExplanationOfEachPage()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--explain", "aktobe-ig", "--explain", "east_kazakhstan-fb"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        RatingResult<PageStats> library = SampleData.LibraryResult();

        // The library's explanation, then the pages it dominates and that dominate it, counted here from the JSON places:
        // no worse on every indicator, better on one.
        Run json = await CliRunner.RunAsync(SampleWith("--format", "json"));
        var places = System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement.GetProperty("pages").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!, p => p.GetProperty("scores").EnumerateArray().Select(x => x.GetProperty("place").GetDouble()).ToArray());
        static bool Dominates(double[] a, double[] b) => a.Zip(b).All(x => x.First <= x.Second) && a.Zip(b).Any(x => x.First < x.Second);
        int dominated = places.Count(p => Dominates(places["aktobe-ig"], p.Value)), dominators = places.Count(p => Dominates(p.Value, places["aktobe-ig"]));
        string aktobe = Formatting.ResultFormatter.Explain(library, "aktobe-ig");
        string[] lines = run.Stdout[aktobe.Length..].Split('\n');
        Assert.StartsWith(aktobe, run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith($"Dominance: it dominates {dominated} pages (no worse on every indicator, better on one)", lines[0], StringComparison.Ordinal);
        Assert.Contains($"; {dominators} pages dominate it", lines[0], StringComparison.Ordinal);
        Assert.True(dominated > 0, "Aktobe's Instagram page dominates some page");
        Assert.EndsWith("\n" + Formatting.ResultFormatter.Explain(library, "east_kazakhstan-fb"), run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Aktobe Region — Instagram: final place 4 of 25, 42 penalty points.\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("East Kazakhstan Region — Facebook: excluded from the rating: Registered as a personal account, not an official page\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_ExplainToAFile_WritesTheExplanationThere()
    {
        using var dir = new TempDir();
        string output = dir.File("why.txt");
        Run run = await CliRunner.RunAsync(SampleWith("--explain", "atyrau-ig", "--out", output));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        string written = await File.ReadAllTextAsync(output);
        Assert.StartsWith(Formatting.ResultFormatter.Explain(SampleData.LibraryResult(), "atyrau-ig") + "Dominance: it dominates ", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_ExplainRuns_AddsTheRobustnessInterval()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--explain", "atyrau-ig", "--explain-runs", "200"));
        Run robustness = await CliRunner.RunAsync("robustness", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--runs", "200", "--format", "json");
        System.Text.Json.JsonElement page = System.Text.Json.JsonDocument.Parse(robustness.Stdout).RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "atyrau-ig");

        Assert.Equal(0, run.ExitCode);
        string expected = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Robustness (weights ±25 %, 200 runs, seed 1): median place {page.GetProperty("medianPlace").GetDouble():0.##}, 5–95 % interval {page.GetProperty("p05").GetDouble():0.##}–{page.GetProperty("p95").GetDouble():0.##}, in the top 3 in {page.GetProperty("probabilityTopK").GetDouble() * 100:0.#} % of the runs.\n");
        Assert.EndsWith(expected, run.Stdout, StringComparison.Ordinal);
        Run alone = await CliRunner.RunAsync(SampleWith("--explain-runs", "200"));
        Assert.Equal(2, alone.ExitCode);
        Assert.Equal("error: --explain-runs adds the robustness interval to --explain: give --explain ID too.\n", alone.Stderr);
    }

    [Fact]
    public async Task Rate_ExplainUnknownId_ExitsWith2AndWritesNothing()
    {
        using var dir = new TempDir();
        string output = dir.File("why.txt");
        Run run = await CliRunner.RunAsync(SampleWith("--explain", "nope", "--explain", "atyrau-ig", "--explain", "gone", "--out", output));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --explain nope: {CliRunner.SamplePages} has no page with this id.\nerror: --explain gone: {CliRunner.SamplePages} has no page with this id.\n", run.Stderr);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--format", "csv", "csv")]
    [InlineData("--out", "why.html", "html")]
    public async Task Rate_ExplainWithAnotherFormat_ExitsWith2(string option, string value, string format)
    {
        using var dir = new TempDir();
        Run run = await CliRunner.RunAsync(SampleWith("--explain", "atyrau-ig", option, option == "--out" ? dir.File(value) : value));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --explain writes plain text, not {format}: leave out --format (or give --format table) and give --out a .txt file.\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Rate_ProgressOnLargeInput_GoesToStderr()
    {
        using var dir = new TempDir();
        string path = dir.File("large.csv");
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteLineAsync("id,followers,posts,likes,comments,shares,saves,engaged_users,population");
            for (int i = 0; i < 100_001; i++)
            {
                await writer.WriteLineAsync($"p{i},{1000 + (i % 997)},{10 + (i % 13)},{i % 501},{i % 37},{i % 11},{i % 7},{100 + (i % 301)},{100_000 + (i % 1009)}");
            }
        }

        Run run = await CliRunner.RunAsync("rate", path, "--format", "csv", "--out", dir.File("large-out.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rating: 100,001 rows", run.Stderr);
        Assert.Contains("Done: 100,001 rows", run.Stderr);
    }

    [Fact]
    public async Task Rate_SmallInput_PrintsNoProgress()
    {
        Run run = await CliRunner.RunAsync(SampleWith("--format", "csv"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Rate_Help_ListsTheColumnAliases()
    {
        Run run = await CliRunner.RunAsync("rate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("engaged_users", run.Stdout);
        Assert.Contains("подписчики", run.Stdout);
        Assert.Contains("вовлеченные", run.Stdout);
        Assert.Contains("--ties", run.Stdout);
        Assert.Contains("'1,234' is 1234", run.Stdout);
    }
}
