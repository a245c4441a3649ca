using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>socialrank history</c> over the sample's July and August editions (and a copy of July as a third), checked against
/// what <c>rate --format json</c> gives for each edition alone.
/// </summary>
public class HistoryCommandTests
{
    private static string August => Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-08.csv");

    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private static async Task<Dictionary<string, double>> PlacesAsync(string pages)
        => JsonDocument.Parse(await RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement
            .GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());

    [Fact]
    public async Task History_Json_PlacesAreEachEditionsOwnRating()
    {
        using var dir = new TempDir();
        string september = dir.Write("akimat-2020-09.csv", await File.ReadAllTextAsync(CliRunner.SamplePages));
        string[] editions = [CliRunner.SamplePages, August, september];
        JsonElement json = JsonDocument.Parse(await RunAsync(["history", .. editions, "--regions", CliRunner.SampleRegions, "--format", "json"])).RootElement;
        Assert.Equal(["akimat-2020-07", "akimat-2020-08", "akimat-2020-09"], json.GetProperty("editions").EnumerateArray().Select(e => e.GetString()));
        Dictionary<string, double>[] places = [await PlacesAsync(editions[0]), await PlacesAsync(editions[1]), await PlacesAsync(editions[2])];
        JsonElement[] pages = [.. json.GetProperty("pages").EnumerateArray()];
        Assert.Equal(places[2].OrderBy(p => p.Value).Select(p => p.Value), pages.Take(places[2].Count).Select(p => p.GetProperty("places")[2].GetDouble()));
        foreach (JsonElement page in pages)
        {
            string id = page.GetProperty("id").GetString()!;
            for (int e = 0; e < 3; e++)
            {
                JsonElement place = page.GetProperty("places")[e];
                double? expected = places[e].TryGetValue(id, out double p) ? p : null;
                double? actual = place.ValueKind == JsonValueKind.Null ? null : place.GetDouble();
                Assert.Equal(expected, actual);
            }

            if (places[0].TryGetValue(id, out double first) && places[2].TryGetValue(id, out double last))
            {
                Assert.Equal(first - last, page.GetProperty("change").GetDouble());
            }
        }

        JsonElement[] steps = [.. json.GetProperty("steps").EnumerateArray()];
        Assert.Equal(2, steps.Length);
        Assert.Equal(places[0].Keys.Count(places[1].ContainsKey), steps[0].GetProperty("commonPages").GetInt32());
    }

    [Fact]
    public async Task History_TableCsvMarkdownHtml_AndTheBumpChart()
    {
        using var dir = new TempDir();
        string[] common = ["history", CliRunner.SamplePages, August, "--regions", CliRunner.SampleRegions];
        Dictionary<string, double> july = await PlacesAsync(CliRunner.SamplePages), august = await PlacesAsync(August);

        string table = await RunAsync(common);
        Assert.StartsWith("History: 2 editions, akimat-2020-07 to akimat-2020-08; Place is in akimat-2020-08, which rates 24 pages\n\nPlace  Page", table, StringComparison.Ordinal);
        Assert.Contains("\nAgreement of consecutive editions (pages rated in both):\n  akimat-2020-07 → akimat-2020-08  24 pages, Kendall's tau-b ", table, StringComparison.Ordinal);

        string[] csv = (await RunAsync([.. common, "--format", "csv"])).TrimEnd('\n').Split('\n');
        Assert.Equal("id,name,place akimat-2020-07,place akimat-2020-08,change,zone now", csv[0].TrimStart('\uFEFF'));
        foreach (string[] cells in csv.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Equal(july.TryGetValue(cells[0], out double then) ? then.ToString(CultureInfo.InvariantCulture) : "", cells[2]);
            Assert.Equal(august.TryGetValue(cells[0], out double now) ? now.ToString(CultureInfo.InvariantCulture) : "", cells[3]);
        }

        string md = await RunAsync([.. common, "--format", "md"]);
        Assert.Contains("\n| Place | Page | akimat-2020-07 | Change | Zone |\n| ---: | --- | ---: | ---: | --- |\n| 1 | Atyrau Region — Instagram |", md, StringComparison.Ordinal);

        string chart = dir.File("bump.svg"), png = dir.File("bump.png");
        var doc = new HtmlParser().ParseDocument(await RunAsync([.. common, "--format", "html", "--chart", chart]));
        Assert.Equal(26, doc.QuerySelectorAll("table.rating tbody tr").Length);
        Assert.NotNull(doc.QuerySelector("figure.chart svg"));
        Assert.DoesNotContain("<?xml", doc.QuerySelector("figure.chart")!.InnerHtml, StringComparison.Ordinal);
        string svg = await File.ReadAllTextAsync(chart);
        Assert.Contains("1. Atyrau Region — Instagram", svg, StringComparison.Ordinal);
        Assert.Contains("akimat-2020-08", svg, StringComparison.Ordinal);
        await RunAsync([.. common, "--chart", png]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await File.ReadAllBytesAsync(png))[..4]);
    }

    [Fact]
    public async Task History_ThousandsOfPages_DrawsTheTopTwentyOfTheLatest()
    {
        // 60 pages with places that change between two editions: the chart draws the 20 best of the second.
        using var dir = new TempDir();
        string header = File.ReadLines(CliRunner.SamplePages).First();
        string Edition(string name, int shift) => dir.Write(name, header + "\n" + string.Join('\n', Enumerable.Range(0, 60).Select(i =>
            $"p{i:00},Page {i:00},Страница {i:00},Instagram,atyrau,{1000 + (((i * 7) + shift) % 60 * 10)},10,{100 + i},5,5,0,{50 + i},true,")) + "\n");
        string first = Edition("e1.csv", 0), second = Edition("e2.csv", 13);
        string svg = dir.File("bump.svg");
        await RunAsync("history", first, second, "--regions", CliRunner.SampleRegions, "--chart", svg);
        string text = await File.ReadAllTextAsync(svg);
        Assert.Contains("The pages in the top 20 of the latest edition (", text, StringComparison.Ordinal);
        Dictionary<string, double> places = await PlacesAsync(second);
        foreach ((string id, double place) in places)
        {
            string label = $"{place.ToString(CultureInfo.InvariantCulture)}. Page {id[1..]}";
            Assert.Equal(place <= 20, text.Contains(label, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--format", "pdf", "--format pdf: history writes table, csv, md, html, json or xlsx.")]
    [InlineData("--chart", "bump.jpg", "--chart bump.jpg: the bump chart is a PNG or an SVG image")]
    public async Task History_BadOptions_ExitWith2(string option, string value, string message)
    {
        Run run = await CliRunner.RunAsync("history", CliRunner.SamplePages, August, "--regions", CliRunner.SampleRegions, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OneEdition_OrOutNamingAnEdition_ExitsWith2_NothingWritten()
    {
        Run one = await CliRunner.RunAsync("history", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions);
        Assert.Equal(2, one.ExitCode);
        Assert.Contains("give at least two pages files, oldest first (got 1)", one.Stderr, StringComparison.Ordinal);

        using var dir = new TempDir();
        string august = dir.Write("august.csv", await File.ReadAllTextAsync(August));
        byte[] before = await File.ReadAllBytesAsync(august);
        Run overwrite = await CliRunner.RunAsync("history", CliRunner.SamplePages, august, "--regions", CliRunner.SampleRegions, "--out", august, "--format", "csv");
        Assert.Equal(2, overwrite.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(august));
    }

    [Fact]
    public async Task Readme_HistoryBlock_IsTheToolsOutput()
    {
        // The README's block, run from the repository root as written (without the chart): every line is the tool's, in order ("…" skips).
        string readme = (await File.ReadAllTextAsync(Path.Combine(CliRunner.RepoRoot, "README.md"))).ReplaceLineEndings("\n");
        const string Command = "socialrank history samples/data/akimat-2020-07.csv samples/data/akimat-2020-08.csv --regions samples/data/regions.csv --chart docs/history-bump.png\n```\n\n```\n";
        int start = readme.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, "the README shows the history command");
        start += Command.Length;
        string[] shown = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
        Run run = await CliRunner.RunProcessAsync("history", "samples/data/akimat-2020-07.csv", "samples/data/akimat-2020-08.csv", "--regions", "samples/data/regions.csv");
        Assert.Equal(0, run.ExitCode);
        string[] output = run.Stdout.Split('\n');
        int at = 0;
        foreach (string line in shown.Where(l => l != "…"))
        {
            at = Array.IndexOf(output, line, at);
            Assert.True(at >= 0, $"the README's line is not the tool's: {line}");
        }

        Assert.True(File.Exists(Path.Combine(CliRunner.RepoRoot, "docs", "history-bump.png")));
    }
}
