using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using MiniExcelLibs;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>rate august.csv --previous july.csv</c>: a change column in every format, checked against the two editions rated
/// on their own (<c>rate --format json</c> of each): the change is the July place minus the August place, "new" for a
/// page July did not rate.
/// </summary>
public class RatePreviousTests
{
    private static string August => Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-08.csv");

    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>Each rated page's final place by id, from the edition rated alone.</summary>
    private static async Task<Dictionary<string, double>> PlacesAsync(string pages)
        => JsonDocument.Parse(await RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement
            .GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());

    /// <summary>The July sample without its Aktobe Instagram page, so that August has a page July did not rate.</summary>
    private static string JulyWithoutAktobe(TempDir dir)
        => dir.Write("july.csv", string.Join('\n', File.ReadAllLines(CliRunner.SamplePages).Where(l => !l.StartsWith("aktobe-ig,", StringComparison.Ordinal))) + "\n");

    /// <summary>The change as a reader expects it: ▲ up, ▼ down, = the same place, the language's word for new.</summary>
    private static string Expected(Dictionary<string, double> then, string id, double now, string newWord = "new")
        => !then.TryGetValue(id, out double before) ? newWord
            : before > now ? "▲" + (before - now).ToString(CultureInfo.InvariantCulture)
            : before < now ? "▼" + (now - before).ToString(CultureInfo.InvariantCulture) : "=";

    [Fact]
    public async Task Previous_Json_HasEachPagesPlaceThenAndTheChange()
    {
        using var dir = new TempDir();
        string july = JulyWithoutAktobe(dir);
        Dictionary<string, double> then = await PlacesAsync(july), now = await PlacesAsync(August);
        JsonElement json = JsonDocument.Parse(await RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", july, "--format", "json")).RootElement;
        JsonElement[] pages = [.. json.GetProperty("pages").EnumerateArray()];
        Assert.Equal(now.Count, pages.Length);
        Assert.Contains(pages, p => p.GetProperty("changeText").GetString() is not ("=" or "new"));
        foreach (JsonElement page in pages)
        {
            string id = page.GetProperty("id").GetString()!;
            Assert.Equal(now[id], page.GetProperty("place").GetDouble());
            Assert.Equal(Expected(then, id, now[id]), page.GetProperty("changeText").GetString());
            if (then.TryGetValue(id, out double before))
            {
                Assert.Equal(before, page.GetProperty("previousPlace").GetDouble());
                Assert.Equal(before - now[id], page.GetProperty("change").GetDouble());
            }
            else
            {
                Assert.Equal("aktobe-ig", id);
                Assert.False(page.TryGetProperty("previousPlace", out _));
                Assert.False(page.TryGetProperty("change", out _));
            }
        }

        JsonElement plain = JsonDocument.Parse(await RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
        Assert.False(plain.GetProperty("pages")[0].TryGetProperty("changeText", out _));
    }

    [Fact]
    public async Task Previous_CsvMarkdownTableAndHtml_ShowTheSameChanges()
    {
        using var dir = new TempDir();
        string july = JulyWithoutAktobe(dir);
        Dictionary<string, double> then = await PlacesAsync(july), now = await PlacesAsync(August);
        string[] common = ["rate", August, "--regions", CliRunner.SampleRegions, "--previous", july];

        string[] csv = (await RunAsync([.. common, "--format", "csv"])).TrimEnd('\n').Split('\n');
        string[] header = csv[0].Split(',');
        int previousColumn = Array.IndexOf(header, "previous place"), changeColumn = Array.IndexOf(header, "change");
        Assert.True(previousColumn > 0 && changeColumn == previousColumn + 1, csv[0]);
        foreach (string line in csv.Skip(1).Where(l => l.Length > 0 && l[0] != ','))
        {
            string[] cells = line.Split(',');
            string id = cells[1];
            Assert.Equal(then.TryGetValue(id, out double before) ? before.ToString(CultureInfo.InvariantCulture) : "", cells[previousColumn]);
            Assert.Equal(then.ContainsKey(id) ? (before - now[id]).ToString(CultureInfo.InvariantCulture) : "", cells[changeColumn]);
        }

        string md = await RunAsync([.. common, "--format", "md"]);
        string[] mdLines = [.. md.Split('\n').SkipWhile(l => !l.StartsWith('|'))];
        Assert.StartsWith("| Place | Change | Page |", mdLines[0], StringComparison.Ordinal);
        var byName = JsonDocument.Parse(await RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement
            .GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetString()!);
        string[][] rows = [.. mdLines.Skip(2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())];
        Assert.Equal(now.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(Expected(then, byName[r[2]], now[byName[r[2]]]), r[1]));

        string table = await RunAsync(common);
        Assert.Contains("Place  Change  Page", table, StringComparison.Ordinal);
        Assert.Contains("     new  Aktobe Region — Instagram", table, StringComparison.Ordinal);

        var doc = new HtmlParser().ParseDocument(await RunAsync([.. common, "--format", "html"]));
        Assert.Equal("Change", doc.QuerySelectorAll("table.rating thead th")[1].TextContent);
        foreach (var tr in doc.QuerySelectorAll("table.rating tbody tr"))
        {
            var cells = tr.QuerySelectorAll("td");
            string id = byName[cells[2].TextContent];
            Assert.Equal(Expected(then, id, now[id]), cells[1].TextContent);
            Assert.Equal("num", cells[1].ClassName);
        }
    }

    [Fact]
    public async Task Previous_XlsxAndRussian_CarryTheChange()
    {
        using var dir = new TempDir();
        string july = JulyWithoutAktobe(dir);
        Dictionary<string, double> then = await PlacesAsync(july), now = await PlacesAsync(August);
        string xlsx = dir.File("august.xlsx");
        await RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", july, "--out", xlsx);
        List<object?[]> sheet = [.. MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: "Rating").Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
        int previousColumn = Array.IndexOf(sheet[0], "previous place");
        Assert.Equal("change", sheet[0][previousColumn + 1]);
        foreach (object?[] row in sheet.Skip(1).Where(r => r[0] is not null))
        {
            string id = (string)row[1]!;
            if (then.TryGetValue(id, out double before))
            {
                Assert.Equal(before, Convert.ToDouble(row[previousColumn], CultureInfo.InvariantCulture));
                Assert.Equal(before - now[id], Convert.ToDouble(row[previousColumn + 1], CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.True(row[previousColumn] is null or "", id);
            }
        }

        string russian = await RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", july, "--lang", "ru", "--format", "md");
        Assert.Contains("\n| Место | Изменение |", russian, StringComparison.Ordinal);
        Assert.Contains("| новая |", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Previous_WithExplain_OrOverwrittenByOut_ExitsWith2()
    {
        Run explain = await CliRunner.RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", CliRunner.SamplePages, "--explain", "atyrau-ig");
        Assert.Equal(2, explain.ExitCode);
        Assert.Contains("--previous adds a change column to the table; --explain writes no table", explain.Stderr, StringComparison.Ordinal);

        using var dir = new TempDir();
        string july = dir.Write("july.csv", await File.ReadAllTextAsync(CliRunner.SamplePages));
        byte[] before = await File.ReadAllBytesAsync(july);
        Run overwrite = await CliRunner.RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", july, "--out", july, "--format", "csv");
        Assert.Equal(2, overwrite.ExitCode);
        Assert.Contains("the previous edition", overwrite.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(july));

        Run missing = await CliRunner.RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--previous", dir.File("june.csv"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("june.csv", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readme_PreviousBlock_IsTheToolsTable()
    {
        // The README's block under the --previous command: the tool's Markdown table, line for line.
        string readme = (await File.ReadAllTextAsync(Path.Combine(CliRunner.RepoRoot, "README.md"))).ReplaceLineEndings("\n");
        const string Command = "socialrank rate samples/data/akimat-2020-08.csv --regions samples/data/regions.csv --previous samples/data/akimat-2020-07.csv --top 5 --format md\n```\n\n";
        int start = readme.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, "the README shows the --previous command");
        string[] shown = [.. readme[(start + Command.Length)..].Split('\n').TakeWhile(l => l.StartsWith('|'))];
        Run run = await CliRunner.RunProcessAsync("rate", "samples/data/akimat-2020-08.csv", "--regions", "samples/data/regions.csv", "--previous", "samples/data/akimat-2020-07.csv", "--top", "5", "--format", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(7, shown.Length);
        Assert.Equal([.. run.Stdout.Split('\n').Where(l => l.StartsWith('|'))], shown);
    }
}
