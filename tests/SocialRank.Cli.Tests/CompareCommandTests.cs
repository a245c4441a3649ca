using System.Text.Json;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>socialrank compare</c> on the sample's July and August editions, checked against what <c>rate</c> writes for each
/// edition: the changes recomputed from the two JSON outputs, Kendall's τ-b from its definition (pair by pair).
/// </summary>
public class CompareCommandTests
{
    private static string August => Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-08.csv");

    private static readonly string[] Compare = ["compare", CliRunner.SamplePages, August, "--regions", CliRunner.SampleRegions];

    [Fact]
    public async Task Compare_JulyAndAugust_AgreesWithTheTwoRatings()
    {
        Run run = await CliRunner.RunAsync([.. Compare, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        JsonElement json = JsonDocument.Parse(run.Stdout).RootElement;
        Dictionary<string, double> july = await PlacesAsync(CliRunner.SamplePages), august = await PlacesAsync(August);

        JsonElement[] pages = [.. json.GetProperty("pages").EnumerateArray()];
        string[] common = [.. july.Keys.Where(august.ContainsKey)];
        Assert.Equal(common.Length, json.GetProperty("commonPages").GetInt32());
        foreach (string id in common)
        {
            JsonElement page = pages.Single(p => p.GetProperty("id").GetString() == id);
            Assert.Equal("rated", page.GetProperty("status").GetString());
            Assert.Equal(july[id] - august[id], page.GetProperty("change").GetDouble());
        }

        JsonElement akmola = pages.Single(p => p.GetProperty("id").GetString() == "akmola-fb");
        Assert.Equal(("excluded now", july["akmola-fb"], "No posts in August: the page was not updated"),
            (akmola.GetProperty("status").GetString(), akmola.GetProperty("placeThen").GetDouble(), akmola.GetProperty("reason").GetString()));

        // A page excluded from both editions is excluded now with the reason it had then: the two ratings' excluded lists.
        Dictionary<string, string> ExcludedIn(string json) => JsonDocument.Parse(json).RootElement.GetProperty("excluded").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("reason").GetString()!);
        Dictionary<string, string> julyOut = ExcludedIn((await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json")).Stdout);
        Dictionary<string, string> augustOut = ExcludedIn((await CliRunner.RunAsync("rate", August, "--regions", CliRunner.SampleRegions, "--format", "json")).Stdout);
        string[] both = [.. julyOut.Keys.Where(augustOut.ContainsKey)];
        Assert.NotEmpty(both);
        foreach (JsonElement page in pages.Where(p => p.GetProperty("status").GetString() == "excluded now"))
        {
            string id = page.GetProperty("id").GetString()!;
            Assert.Equal(both.Contains(id) ? julyOut[id] : null, page.GetProperty("reasonThen").GetString());
        }

        Run table = await CliRunner.RunAsync(Compare);
        foreach (string id in both)
        {
            string name = pages.Single(p => p.GetProperty("id").GetString() == id).GetProperty("name").GetString()!;
            string expected = julyOut[id] == augustOut[id] ? $"  {name} (excluded then too): {augustOut[id]}\n" : $"  {name} (excluded then too: {julyOut[id]}): {augustOut[id]}\n";
            Assert.Contains(expected, table.Stdout, StringComparison.Ordinal);
        }

        // Kendall's τ-b from its definition: (concordant − discordant) / √((pairs − ties in x)(pairs − ties in y)).
        double[] x = [.. common.Select(id => july[id])], y = [.. common.Select(id => august[id])];
        double concordant = 0, discordant = 0, tiesX = 0, tiesY = 0, pairs = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                pairs++;
                double s = Math.Sign(x[i] - x[j]) * Math.Sign(y[i] - y[j]);
                concordant += s > 0 ? 1 : 0;
                discordant += s < 0 ? 1 : 0;
                tiesX += x[i] == x[j] ? 1 : 0;
                tiesY += y[i] == y[j] ? 1 : 0;
            }
        }

        double tau = (concordant - discordant) / Math.Sqrt((pairs - tiesX) * (pairs - tiesY));
        Assert.Equal(tau, json.GetProperty("kendallTauB").GetDouble(), 12);
        Assert.InRange(json.GetProperty("spearman").GetDouble(), tau, 1);
    }

    [Fact]
    public async Task Compare_Table_ShowsTheMovesTheirReasonsAndTheExcludedPage()
    {
        Run run = await CliRunner.RunAsync(Compare);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  3  Aktobe Region — Instagram ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("▲1  White zone → Leaders ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nExcluded now:\n  Akmola Region — Facebook (place 19 then): No posts in August: the page was not updated\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nBiggest movers: Kostanay Region — Instagram ▲3 (22 to 19)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AnEditionWithItself_MovesNobody_AndCsvHasARowPerPage()
    {
        Run run = await CliRunner.RunAsync("compare", CliRunner.SamplePages, CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Stdout.TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("id,name,status,place then,place now,change,zone then,zone now,why,excluded because", lines[0]);
        Assert.Equal(27, lines.Length);
        Assert.All(lines[1..^1], l => Assert.Contains(",rated,", l, StringComparison.Ordinal));
        Assert.All(lines[1..^1], l => Assert.Matches(",(\\d+),\\1,0,", l));
    }

    [Fact]
    public async Task Compare_BadInput_ExitsWith2NamingTheFile()
    {
        using var dir = new TempDir();
        string bad = dir.Write("bad.csv", "id,region,followers,posts,likes,comments,shares,saves,engaged_users\na,akmola,lots,1,1,1,1,1,1\n");
        Run run = await CliRunner.RunAsync("compare", CliRunner.SamplePages, bad, "--regions", CliRunner.SampleRegions);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {bad}, line 2, column 'followers': 'lots' is not a number.\n", run.Stderr);
        Run into = await CliRunner.RunAsync([.. Compare, "--out", August]);
        Assert.Equal(2, into.ExitCode);
        Assert.StartsWith($"error: --out {August}: that is ", into.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readme_CompareBlock_IsTheToolsOutput()
    {
        // The README's block, run from the repository root as it is written: every line is the tool's, in order ("…" skips).
        string readme = await File.ReadAllTextAsync(Path.Combine(CliRunner.RepoRoot, "README.md"));
        const string Command = "socialrank compare samples/data/akimat-2020-07.csv samples/data/akimat-2020-08.csv --regions samples/data/regions.csv\n```\n\n```\n";
        int start = readme.IndexOf(Command, StringComparison.Ordinal) + Command.Length;
        Assert.True(start > Command.Length, "the README shows the compare command");
        string[] shown = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
        Run run = await CliRunner.RunProcessAsync("compare", "samples/data/akimat-2020-07.csv", "samples/data/akimat-2020-08.csv", "--regions", "samples/data/regions.csv");
        Assert.Equal(0, run.ExitCode);
        string[] output = run.Stdout.Split('\n');
        int at = 0;
        foreach (string line in shown.Where(l => l != "…"))
        {
            at = Array.IndexOf(output, line, at);
            Assert.True(at >= 0, $"README line not in the output (in order): {line}");
        }
    }

    private static async Task<Dictionary<string, double>> PlacesAsync(string pages)
    {
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json");
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());
    }
}
