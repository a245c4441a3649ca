using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>rate --format html --to-move-up</c>: each page's cheapest change of one figure to a better place as a last column,
/// checked by applying each page's change to a copy of the pages file and rating it again with <c>rate</c>.
/// </summary>
public class MoveUpColumnTests
{
    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    [Fact]
    public async Task ToMoveUp_EveryPagesMove_GivesItABetterPlaceWhenApplied()
    {
        string html = await RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "html", "--to-move-up");
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal("To move up", doc.QuerySelectorAll("table.rating thead th")[^1].TextContent);
        JsonElement rated = JsonDocument.Parse(await RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
        var idByName = rated.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetString()!);
        var placeById = rated.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());
        string[] lines = File.ReadAllLines(CliRunner.SamplePages);
        string[] header = lines[0].Split(',');
        var englishNames = new Dictionary<string, string> { ["posts"] = "posts", ["likes"] = "likes", ["comments"] = "comments", ["shares"] = "shares", ["saves"] = "saves", ["engaged users"] = "engaged_users", ["followers"] = "followers" };
        int checkedMoves = 0;
        using var dir = new TempDir();
        foreach (var tr in doc.QuerySelectorAll("table.rating tbody tr"))
        {
            string name = tr.QuerySelectorAll("td")[1].TextContent, move = tr.QuerySelector("td.move-up")!.TextContent;
            string id = idByName[name];
            if (placeById[id] == 1)
            {
                Assert.Equal("first already", move);
                continue;
            }

            // "−15 posts (122 → 107)": the figure and its new value, written into a copy of the file.
            System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(move, @"^[+−][\d,]+ (.+) \(([\d,]+) → ([\d,]+)\)$");
            Assert.True(m.Success, $"{id}: '{move}'");
            string column = englishNames[m.Groups[1].Value];
            double value = double.Parse(m.Groups[3].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            int c = Array.IndexOf(header, column);
            string[] changed = [.. lines.Select((l, i) =>
            {
                string[] cells = l.Split(',');
                if (i > 0 && cells[0] == id)
                {
                    Assert.Equal(m.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), cells[c]);
                    cells[c] = value.ToString(CultureInfo.InvariantCulture);
                }

                return string.Join(',', cells);
            })];
            string path = dir.Write($"{id}.csv", string.Join('\n', changed) + "\n");
            JsonElement after = JsonDocument.Parse(await RunAsync("rate", path, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
            double placeAfter = after.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id).GetProperty("place").GetDouble();
            Assert.True(placeAfter < placeById[id], $"{id}: {move} gives place {placeAfter}, not better than {placeById[id]}");
            checkedMoves++;
        }

        Assert.True(checkedMoves >= 20, $"{checkedMoves} moves checked");
    }

    [Fact]
    public async Task ToMoveUp_NotHtml_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--to-move-up");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to-move-up adds a column to the HTML page", run.Stderr, StringComparison.Ordinal);
    }
}
