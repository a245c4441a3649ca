using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>rate --group-by network|owner</c>: one rating per group, each checked against <c>rate</c> of a file holding only
/// that group's rows (the group rated alone), in the json, csv, table, md and html formats.
/// </summary>
public class GroupByTests
{
    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>Writes the sample's rows of one network into a file of their own.</summary>
    private static string OneNetwork(TempDir dir, string network)
    {
        string[] lines = File.ReadAllLines(CliRunner.SamplePages);
        int column = Array.IndexOf(lines[0].Split(','), "network");
        return dir.Write($"{network}.csv", string.Join('\n', lines.Where((l, i) => i == 0 || l.Split(',')[column] == network)) + "\n");
    }

    [Fact]
    public async Task GroupByNetwork_EachGroupIsThatNetworkRatedAlone_InJsonAndCsv()
    {
        using var dir = new TempDir();
        string[] grouped = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--group-by", "network"];
        JsonElement json = JsonDocument.Parse(await RunAsync([.. grouped, "--format", "json"])).RootElement;
        Assert.Equal("network", json.GetProperty("groupBy").GetString());
        JsonElement[] groups = [.. json.GetProperty("groups").EnumerateArray()];
        Assert.Equal(["Facebook", "Instagram"], groups.Select(g => g.GetProperty("group").GetString()));
        string[] csv = (await RunAsync([.. grouped, "--format", "csv"])).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        foreach (JsonElement group in groups)
        {
            string network = group.GetProperty("group").GetString()!;
            string alone = OneNetwork(dir, network);
            JsonElement expected = JsonDocument.Parse(await RunAsync("rate", alone, "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
            string Pages(JsonElement rating) => string.Join("\n", rating.GetProperty("pages").EnumerateArray().Select(p =>
                $"{p.GetProperty("id")} {p.GetProperty("place")} {p.GetProperty("total")} {string.Join(",", p.GetProperty("zones").EnumerateObject().Select(z => z.Value.ToString()))}"));
            Assert.Equal(Pages(expected), Pages(group.GetProperty("rating")));
            Assert.Equal(expected.GetProperty("excluded").GetRawText(), group.GetProperty("rating").GetProperty("excluded").GetRawText());

            // The CSV: the group's rows are the group's own CSV, with the group first.
            string[] own = (await RunAsync("rate", alone, "--regions", CliRunner.SampleRegions, "--format", "csv")).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
            Assert.Equal("network," + own[0], csv[0]);
            Assert.Equal(own.Skip(1).Select(l => network + "," + l), csv.Where(l => l.StartsWith(network + ",", StringComparison.Ordinal)));
        }

        Assert.Equal(1 + groups.Sum(g => g.GetProperty("rating").GetProperty("pages").GetArrayLength() + g.GetProperty("rating").GetProperty("excluded").GetArrayLength()), csv.Length);
    }

    [Fact]
    public async Task GroupBy_TableMarkdownAndHtml_HaveATablePerGroup()
    {
        using var dir = new TempDir();
        string[] grouped = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--group-by", "network"];
        string table = await RunAsync(grouped);
        Assert.StartsWith("Social media rating: Facebook\n\n", table, StringComparison.Ordinal);
        Assert.Contains("\nSocial media rating: Instagram\n\n", table, StringComparison.Ordinal);
        string md = await RunAsync([.. grouped, "--format", "md"]);
        Assert.Equal(2, md.Split('\n').Count(l => l.StartsWith("## Social media rating: ", StringComparison.Ordinal)));

        var doc = new HtmlParser().ParseDocument(await RunAsync([.. grouped, "--format", "html"]));
        var sections = doc.QuerySelectorAll("section.group");
        Assert.Equal(["Facebook", "Instagram"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        foreach (var section in sections)
        {
            string network = section.QuerySelector("h2")!.TextContent;
            JsonElement alone = JsonDocument.Parse(await RunAsync("rate", OneNetwork(dir, network), "--regions", CliRunner.SampleRegions, "--format", "json")).RootElement;
            Assert.Equal(alone.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("name").GetString()), section.QuerySelectorAll("table.rating tbody tr").Select(tr => tr.QuerySelectorAll("td")[1].TextContent));
        }

        Assert.Single(doc.QuerySelectorAll("table.method"));
    }

    [Fact]
    public async Task GroupBy_WithPosts_TitlesEveryGroupWithThePeriod_AsTheSingleTableIs()
    {
        string posts = Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-07-posts.csv");
        string[] rate = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--posts", posts, "--period", "2020-07", "--tz", "Asia/Almaty"];
        string single = (await RunAsync([.. rate, "--format", "md"])).Split('\n')[0];
        Assert.StartsWith("## Social media rating: ", single, StringComparison.Ordinal);
        Assert.Contains("2020-07", single, StringComparison.Ordinal);
        string[] headings = [.. (await RunAsync([.. rate, "--group-by", "network", "--format", "md"])).Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal))];
        Assert.Equal([single + ": Facebook", single + ": Instagram"], headings);
    }

    [Fact]
    public async Task GroupByOwner_RatesEachRegionsTwoPages()
    {
        JsonElement json = JsonDocument.Parse(await RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--group-by", "owner", "--format", "json")).RootElement;
        JsonElement[] groups = [.. json.GetProperty("groups").EnumerateArray()];
        Assert.Equal(14, groups.Length);
        Assert.All(groups, g => Assert.InRange(g.GetProperty("rating").GetProperty("pages").GetArrayLength(), 1, 2));
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("rating").GetProperty("pages")[0].GetProperty("place").GetDouble()));
    }

    [Theory]
    [InlineData("--chart", "x.png", "out.csv", "--chart is not available with it")]
    [InlineData("--format", "xlsx", "out.xlsx", "--format xlsx is not available with it")]
    [InlineData("--format", "parquet", "out.parquet", "--format parquet is not available with it")]
    [InlineData("--explain", "atyrau-ig", "out.txt", "--explain is not available with it")]
    public async Task GroupBy_WithAnOutputItCannotGroup_ExitsWith2(string option, string value, string output, string message)
    {
        using var dir = new TempDir();
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--group-by", "network", option, option == "--chart" ? dir.File(value) : value, "--out", dir.File(output));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File(output)));
    }
}
