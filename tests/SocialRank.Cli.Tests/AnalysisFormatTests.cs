using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MiniExcelLibs;

namespace SocialRank.Cli.Tests;

/// <summary>
/// The analyses' Markdown and HTML formats (<c>robustness</c>, <c>compare</c>), each checked against the same command's
/// JSON (the pages, their order and figures) and against the default method's zone colours, with a page whose name is
/// markup to show that every text is escaped.
/// </summary>
public class AnalysisFormatTests
{
    private const string HostileName = "<script>alert(1)</script> | *Akmola* [x](y)";

    private static string August => Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-08.csv");

    /// <summary>Writes a copy of an edition of the sample with the first page's (Akmola's Facebook page) English name replaced by markup.</summary>
    private static string Hostile(TempDir dir, string edition)
    {
        string[] lines = File.ReadAllLines(edition);
        string[] cells = lines[1].Split(',');
        Assert.Equal("akmola-fb", cells[0]);
        cells[1] = "\"" + HostileName + "\"";
        lines[1] = string.Join(',', cells);
        return dir.Write(Path.GetFileName(edition), string.Join('\n', lines) + "\n");
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>The default method's zone colours by zone name, from <c>method --print-default</c>.</summary>
    private static async Task<Dictionary<string, string>> ZoneColoursAsync()
    {
        JsonElement method = JsonDocument.Parse(await RunAsync("method", "--print-default")).RootElement;
        JsonElement scheme = method.GetProperty("zones")[0];
        var colours = scheme.GetProperty("places").EnumerateArray().ToDictionary(b => b.GetProperty("zone").GetString()!, b => b.GetProperty("colour").GetString()!);
        if (scheme.TryGetProperty("rest", out JsonElement rest))
        {
            colours[rest.GetProperty("zone").GetString()!] = rest.GetProperty("colour").GetString()!;
        }

        return colours;
    }

    /// <summary>Each page's zone (the first scheme) in the rating of <paramref name="pages"/>, by id, from <c>rate --format json</c>.</summary>
    private static async Task<Dictionary<string, string>> ZonesAsync(string pages)
    {
        JsonElement rate = JsonDocument.Parse(await RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
        return rate.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("zones").EnumerateObject().First().Value.GetString()!);
    }

    private static string[] MarkdownCells(string line) => [.. line.Trim().Trim('|').Split(" | ").Select(c => c.Trim())];

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Robustness_Markdown_IsTheJsonsPagesInOrder_WithEveryTextEscaped()
    {
        using var dir = new TempDir();
        string july = Hostile(dir, CliRunner.SamplePages);
        string[] common = ["robustness", july, "--regions", CliRunner.SampleRegions, "--runs", "100", "--audits", "--sensitivity", "16"];
        JsonElement json = JsonDocument.Parse(await RunAsync([.. common, "--format", "json"])).RootElement;
        string md = await RunAsync([.. common, "--format", "md"]);
        string[] lines = md.Split('\n');
        Assert.Equal("**Robustness: 100 runs, seed 1, varying weights ±25 %**", lines[0]);
        Assert.Equal("| Place | Page | Median | 5–95 % | P(top 3) | P(zone) | Mean shift |", lines[2]);
        Assert.Equal("| ---: | --- | ---: | ---: | ---: | ---: | ---: |", lines[3]);
        JsonElement[] pages = [.. json.GetProperty("pages").EnumerateArray()];
        string[][] rows = [.. lines.Skip(4).TakeWhile(l => l.StartsWith('|')).Select(MarkdownCells)];
        Assert.Equal(pages.Length, rows.Length);
        for (int i = 0; i < pages.Length; i++)
        {
            string name = pages[i].GetProperty("name").GetString()!;
            Assert.Equal(N(pages[i].GetProperty("nominalPlace").GetDouble()), rows[i][0]);
            Assert.Equal(name == HostileName ? @"\<script\>alert(1)\</script\> \| \*Akmola\* \[x\](y)" : name, rows[i][1]);
            Assert.Equal(N(pages[i].GetProperty("medianPlace").GetDouble()), rows[i][2]);
            Assert.Equal($"{N(pages[i].GetProperty("p05").GetDouble())}–{N(pages[i].GetProperty("p95").GetDouble())}", rows[i][3]);
        }

        Assert.Contains("\n\nLeave one indicator out (the final places rated again without it):\n\n- without 'followers': mean shift ", md, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat moves the places (mean shift; Sobol' indices from 16 samples, seed 1):\n\n- weights ±25 %: alone ", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robustness_Html_RowsInTheirZoneColours_TheIntervalChartInline_NothingUnescaped()
    {
        using var dir = new TempDir();
        string july = Hostile(dir, CliRunner.SamplePages);
        string[] common = ["robustness", july, "--regions", CliRunner.SampleRegions, "--runs", "100"];
        JsonElement json = JsonDocument.Parse(await RunAsync([.. common, "--format", "json"])).RootElement;
        string html = await RunAsync([.. common, "--format", "html"]);
        IDocument doc = new HtmlParser().ParseDocument(html);
        Dictionary<string, string> colours = await ZoneColoursAsync();
        Dictionary<string, string> zones = await ZonesAsync(july);

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("Social media rating: robustness", doc.QuerySelector("h1")!.TextContent);
        JsonElement[] pages = [.. json.GetProperty("pages").EnumerateArray()];
        IElement[] rows = [.. doc.QuerySelectorAll("table.rating tbody tr")];
        Assert.Equal(pages.Length, rows.Length);
        for (int i = 0; i < pages.Length; i++)
        {
            IElement[] cells = [.. rows[i].QuerySelectorAll("td")];
            Assert.Equal(N(pages[i].GetProperty("nominalPlace").GetDouble()), cells[0].TextContent);
            Assert.Equal(pages[i].GetProperty("name").GetString(), cells[1].TextContent);
            Assert.Equal("num", cells[0].ClassName);
            Assert.DoesNotContain("num", cells[1].ClassList);
            string colour = colours[zones[pages[i].GetProperty("id").GetString()!]];
            Assert.StartsWith($"background:{colour};color:#", rows[i].GetAttribute("style"), StringComparison.Ordinal);
        }

        IElement svg = doc.QuerySelector("figure.chart svg")!;
        Assert.NotNull(svg);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Contains("nominal place", svg.TextContent, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("p"), p => p.TextContent.StartsWith("Agreement of the indicators: Kendall's W ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_MarkdownAndHtml_AreTheJsonsRatedPages_WithTheExcludedPageListed()
    {
        using var dir = new TempDir();
        string august = Hostile(dir, August);
        string[] common = ["compare", CliRunner.SamplePages, august, "--regions", CliRunner.SampleRegions];
        JsonElement json = JsonDocument.Parse(await RunAsync([.. common, "--format", "json"])).RootElement;
        JsonElement[] rated = [.. json.GetProperty("pages").EnumerateArray().Where(p => p.GetProperty("placeNow").ValueKind == JsonValueKind.Number)];

        string md = await RunAsync([.. common, "--format", "md"]);
        string[] lines = md.Split('\n');
        Assert.StartsWith("**Compared: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("| Place | Page | Then | Change | Zone | Why |", lines[2]);
        Assert.Equal("| ---: | --- | ---: | ---: | --- | --- |", lines[3]);
        string[][] rows = [.. lines.Skip(4).TakeWhile(l => l.StartsWith('|')).Select(MarkdownCells)];
        Assert.Equal(rated.Select(p => N(p.GetProperty("placeNow").GetDouble())), rows.Select(r => r[0]));
        Assert.Equal(rated.Select(p => p.GetProperty("name").GetString()), rows.Select(r => r[1]));
        JsonElement akmola = json.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "akmola-fb");
        string excludedLine = $"(place {N(akmola.GetProperty("placeThen").GetDouble())} then): {akmola.GetProperty("reason").GetString()}";
        Assert.Contains("\n\nExcluded now:\n\n- \\<script\\>alert(1)\\</script\\> \\| \\*Akmola\\* \\[x\\](y) " + excludedLine + "\n", md, StringComparison.Ordinal);

        string html = await RunAsync([.. common, "--format", "html"]);
        IDocument doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Dictionary<string, string> colours = await ZoneColoursAsync();
        Dictionary<string, string> zones = await ZonesAsync(august);
        IElement[] trs = [.. doc.QuerySelectorAll("table.rating tbody tr")];
        Assert.Equal(rated.Length, trs.Length);
        for (int i = 0; i < rated.Length; i++)
        {
            Assert.Equal(rated[i].GetProperty("name").GetString(), trs[i].QuerySelectorAll("td")[1].TextContent);
            Assert.StartsWith($"background:{colours[zones[rated[i].GetProperty("id").GetString()!]]};", trs[i].GetAttribute("style"), StringComparison.Ordinal);
        }

        IElement excluded = doc.QuerySelectorAll("p").Single(p => p.TextContent == "Excluded now:");
        Assert.Equal(HostileName + " " + excludedLine, excluded.NextElementSibling!.QuerySelector("li")!.TextContent);
    }

    /// <summary>A workbook's sheet as rows of cell values (MiniExcel, another reader than the writer, SpreadCheetah).</summary>
    private static List<object?[]> Sheet(string xlsx, string sheet)
        => [.. MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];

    [Theory]
    [InlineData("compare", "Compared")]
    [InlineData("robustness", "Robustness")]
    [InlineData("history", "History")]
    public async Task Xlsx_IsTheMarkdownTable_NumbersAsNumbers_AndTheNotes(string command, string sheet)
    {
        using var dir = new TempDir();
        string[] args = command == "robustness"
            ? ["robustness", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--runs", "50"]
            : [command, CliRunner.SamplePages, August, "--regions", CliRunner.SampleRegions];
        string[] md = (await RunAsync([.. args, "--format", "md"])).Split('\n');
        string[][] table = [.. md.Where(l => l.StartsWith('|')).Where((_, i) => i != 1).Select(MarkdownCells)];
        string xlsx = dir.File("out.xlsx");
        await RunAsync([.. args, "--out", xlsx]);
        Assert.Equal([sheet, "Notes"], MiniExcel.GetSheetNames(xlsx));
        List<object?[]> rows = Sheet(xlsx, sheet);
        Assert.Equal(table.Length, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < table[r].Length; c++)
            {
                string expected = table[r][c].Replace("\\", "", StringComparison.Ordinal);
                object? cell = rows[r][c];
                if (r > 0 && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                {
                    Assert.Equal(number, Convert.ToDouble(cell, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(expected, (cell as string ?? "").Trim());
                }
            }
        }

        List<object?[]> notes = Sheet(xlsx, "Notes");
        Assert.Equal(md[0].Trim('*').Replace("\\", "", StringComparison.Ordinal), notes[0][0]);
        Run bad = await CliRunner.RunAsync([.. args, "--format", "xlsx"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("give --out FILE.xlsx", bad.Stderr, StringComparison.Ordinal);
    }
}
