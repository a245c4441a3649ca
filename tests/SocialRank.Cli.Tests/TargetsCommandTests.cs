using System.Text.Json;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>socialrank targets</c> on the bundled July sample, every answer checked independently: the page's figure changed in
/// a copy of the CSV and the copy rated by <c>socialrank rate</c> (the tool's own rating of the changed file): the change
/// reaches the target, and one unit less does not.
/// </summary>
public class TargetsCommandTests
{
    /// <summary>The final table's zones of the default method, from place 1 down (the article's bands).</summary>
    private static readonly string[] FinalTableZones = ["Leaders", "White zone", "Yellow zone", "Orange zone", "Red zone"];

    private static readonly string[] Targets = ["targets", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    [Theory]
    [InlineData("almaty_region-ig")]
    [InlineData("karaganda-ig")]
    [InlineData("north_kazakhstan-ig")]
    [InlineData("kostanay-ig")]
    public async Task Targets_EveryMove_IsConfirmedByRatingTheChangedFile(string id)
    {
        Run run = await CliRunner.RunProcessAsync([.. Targets, "--page", id, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        JsonElement json = JsonDocument.Parse(run.Stdout).RootElement;
        (double place, string zone) = (await RateAsync(File.ReadAllText(CliRunner.SamplePages)))[id];
        Assert.Equal(place, json.GetProperty("place").GetDouble());
        Assert.Equal(zone, json.GetProperty("zone").GetString());

        JsonElement[] targets = [.. json.GetProperty("targets").EnumerateArray()];
        Assert.Equal("a better place", targets[0].GetProperty("target").GetString());
        string next = FinalTableZones[Array.IndexOf(FinalTableZones, zone) - 1];
        Assert.Equal($"zone '{next}' of 'final table'", targets[1].GetProperty("target").GetString());
        Assert.Equal(("better place", "zone", next), (targets[0].GetProperty("kind").GetString(), targets[1].GetProperty("kind").GetString(), targets[1].GetProperty("toZone").GetString()));
        int reached = 0;
        foreach (JsonElement target in targets)
        {
            bool toZone = target.GetProperty("target").GetString() != "a better place";
            bool Meets((double Place, string Zone) row) => toZone ? Array.IndexOf(FinalTableZones, row.Zone) <= Array.IndexOf(FinalTableZones, next) : row.Place < place;
            foreach (JsonElement answer in target.GetProperty("answers").EnumerateArray())
            {
                string figure = answer.GetProperty("figure").GetString()!;
                if (answer.GetProperty("outcome").GetString() != "reached")
                {
                    continue;
                }

                reached++;
                double value = answer.GetProperty("value").GetDouble(), change = answer.GetProperty("change").GetDouble();
                (double Place, string Zone) with = (await RateAsync(Changed(id, figure, value)))[id];
                (double Place, string Zone) oneLess = (await RateAsync(Changed(id, figure, value - Math.Sign(change))))[id];
                Assert.True(Meets(with), $"{id}: {figure} = {value} gives place {with.Place}, zone {with.Zone}");
                Assert.False(Meets(oneLess), $"{id}: {figure} = {value - Math.Sign(change)} reaches it already");
                Assert.Equal(with.Place, answer.GetProperty("placeThen").GetDouble());
            }
        }

        Assert.True(reached > 0, "some figure moves the page");
    }

    [Fact]
    public async Task Targets_ToPlaceAndToZone_AreConfirmedByRatingTheChangedFile()
    {
        Run place = await CliRunner.RunAsync([.. Targets, "--page", "pavlodar-ig", "--figure", "followers", "--to-place", "11", "--format", "json"]);
        Assert.True(place.ExitCode == 0, place.Stderr);
        JsonElement answer = JsonDocument.Parse(place.Stdout).RootElement.GetProperty("targets")[0].GetProperty("answers")[0];
        Assert.Equal("reached", answer.GetProperty("outcome").GetString());
        double value = answer.GetProperty("value").GetDouble(), step = Math.Sign(answer.GetProperty("change").GetDouble());
        Assert.True((await RateAsync(Changed("pavlodar-ig", "followers", value)))["pavlodar-ig"].Place <= 11);
        Assert.True((await RateAsync(Changed("pavlodar-ig", "followers", value - step)))["pavlodar-ig"].Place > 11);

        Run zone = await CliRunner.RunAsync([.. Targets, "--page", "akmola-fb", "--figure", "engaged_users", "--to-zone", "Yellow zone", "--format", "json"]);
        Assert.True(zone.ExitCode == 0, zone.Stderr);
        answer = JsonDocument.Parse(zone.Stdout).RootElement.GetProperty("targets")[0].GetProperty("answers")[0];
        Assert.Equal("reached", answer.GetProperty("outcome").GetString());
        value = answer.GetProperty("value").GetDouble();
        Assert.True(answer.GetProperty("change").GetDouble() > 0);
        Assert.Contains((await RateAsync(Changed("akmola-fb", "engaged_users", value)))["akmola-fb"].Zone, new[] { "Leaders", "White zone", "Yellow zone" });
        Assert.Equal("Orange zone", (await RateAsync(Changed("akmola-fb", "engaged_users", value - 1)))["akmola-fb"].Zone);
    }

    [Fact]
    public async Task Targets_Table_WritesTheChangeInTheFiguresUnit()
    {
        Run json = await CliRunner.RunAsync([.. Targets, "--page", "north_kazakhstan-ig", "--figure", "engaged_users", "--to-place", "10", "--format", "json"]);
        JsonElement answer = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("targets")[0].GetProperty("answers")[0];
        double today = answer.GetProperty("today").GetDouble(), value = answer.GetProperty("value").GetDouble();

        Run table = await CliRunner.RunAsync([.. Targets, "--page", "north_kazakhstan-ig", "--figure", "engaged_users", "--to-place", "10"]);
        Assert.Equal(0, table.ExitCode);
        string expected = $"+{value - today:N0} engaged users ({today:N0} → {value:N0})";
        Assert.Contains(expected, table.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nTo place 10:\n", table.Stdout, StringComparison.Ordinal);

        Run russian = await CliRunner.RunAsync([.. Targets, "--page", "north_kazakhstan-ig", "--figure", "engaged_users", "--to-place", "10", "--lang", "ru"]);
        Assert.Contains("\nДо места 10:\n", russian.Stdout, StringComparison.Ordinal);
        Assert.Contains(" вовлечённые (", russian.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_BadOptions_ExitWith2NamingThePageOrValue()
    {
        async Task Fails(string message, params string[] args)
        {
            Run run = await CliRunner.RunAsync([.. Targets, .. args]);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("error: " + message + "\n", run.Stderr);
        }

        await Fails($"--page 'nope': no page with this id in {CliRunner.SamplePages}.", "--page", "nope");
        await Fails("--page 'east_kazakhstan-fb': the page is excluded from the rating (Registered as a personal account, not an official page), so it has no place to improve.", "--page", "east_kazakhstan-fb");
        await Fails("--figure 'population': not a figure of a page; the figures are followers, posts, likes, comments, shares, saves, views, reach, engaged_users.", "--page", "pavlodar-ig", "--figure", "population");
        await Fails("--to-place and --to-zone: give one target, not both.", "--page", "pavlodar-ig", "--to-place", "1", "--to-zone", "Leaders");
        await Fails("--to-place 0: a place is a whole number from 1.", "--page", "pavlodar-ig", "--to-place", "0");
        await Fails("--to-zone 'Top': the method has no zone of that name; its zones are 'Leaders', 'White zone', 'Yellow zone', 'Orange zone', 'Red zone'.", "--page", "pavlodar-ig", "--to-zone", "Top");
        await Fails("--format pdf: targets writes table, csv, md, html, json or xlsx.", "--page", "pavlodar-ig", "--format", "pdf");
    }

    [Fact]
    public async Task Readme_TargetsBlock_IsTheToolsOutput()
    {
        // The README's block, run from the repository root as it is written: every line is the tool's, in order.
        string readme = (await File.ReadAllTextAsync(Path.Combine(CliRunner.RepoRoot, "README.md"))).ReplaceLineEndings("\n");
        const string Command = "socialrank targets samples/data/akimat-2020-07.csv --regions samples/data/regions.csv --page karaganda-ig\n```\n\n```\n";
        int start = readme.IndexOf(Command, StringComparison.Ordinal) + Command.Length;
        Assert.True(start > Command.Length, "the README shows the targets command");
        string shown = readme[start..(readme.IndexOf("\n```", start, StringComparison.Ordinal) + 1)];
        Run run = await CliRunner.RunProcessAsync("targets", "samples/data/akimat-2020-07.csv", "--regions", "samples/data/regions.csv", "--page", "karaganda-ig");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(run.Stdout, shown);
    }

    /// <summary>The sample's CSV with one cell of page <paramref name="id"/>'s row set to <paramref name="value"/>.</summary>
    private static string Changed(string id, string column, double value)
    {
        string[] lines = File.ReadAllText(CliRunner.SamplePages).Split('\n');
        int c = Array.IndexOf(lines[0].TrimEnd('\r').Split(','), column);
        Assert.True(c >= 0, column);
        int r = Array.FindIndex(lines, l => l.StartsWith(id + ",", StringComparison.Ordinal));
        Assert.DoesNotContain("\"", lines[r], StringComparison.Ordinal);
        string[] cells = lines[r].Split(',');
        cells[c] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[r] = string.Join(",", cells);
        return string.Join("\n", lines);
    }

    /// <summary>Rates a pages file's text with <c>socialrank rate</c>: each page's final place and final-table zone.</summary>
    private static async Task<Dictionary<string, (double Place, string Zone)>> RateAsync(string csv)
    {
        using var dir = new TempDir();
        string path = dir.Write("pages.csv", csv);
        Run run = await CliRunner.RunAsync("rate", path, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("pages").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => (p.GetProperty("place").GetDouble(), p.GetProperty("zones").GetProperty("final table").GetString()!));
    }
}
