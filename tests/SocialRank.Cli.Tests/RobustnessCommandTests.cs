using System.Globalization;
using System.Text.Json;

namespace SocialRank.Cli.Tests;

/// <summary><c>socialrank robustness</c>: the library's uncertainty analysis over a pages file, as a table, CSV or JSON.</summary>
public class RobustnessCommandTests
{
    private static readonly string[] Sample = ["robustness", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    private static async Task<JsonElement> JsonAsync(params string[] more)
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", "json", .. more]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    [Fact]
    public async Task Robustness_Sensitivity_SaysWhichChoiceMovesThePlacesMost()
    {
        // On the sample, dropping an indicator moves the places far more than the indicators' tie method (few ties).
        JsonElement json = await JsonAsync("--vary", "weights,drop-indicator,ties", "--sensitivity", "2048");
        JsonElement sensitivity = json.GetProperty("sensitivity");
        Assert.Equal(2048, sensitivity.GetProperty("samples").GetInt32());
        JsonElement[] inputs = [.. sensitivity.GetProperty("inputs").EnumerateArray()];
        Assert.Equal(["weights ±25 %", "drop one indicator", "indicator ties from min/average/max/dense/ordinal"], inputs.Select(i => i.GetProperty("input").GetString()));
        double Total(int i) => inputs[i].GetProperty("totalEffect").GetDouble();
        Assert.True(Total(1) > Total(2) + 0.3, $"drop {Total(1)}, ties {Total(2)}");
        Assert.All(inputs, i => Assert.InRange(i.GetProperty("totalEffect").GetDouble(), 0, 1.2));

        Run table = await CliRunner.RunAsync([.. Sample, "--vary", "weights,drop-indicator", "--sensitivity", "64"]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("\nWhat moves the places (mean shift; Sobol' indices from 64 samples, seed 1):\n  weights ±25 %       alone ", table.Stdout);
        Assert.Contains("\n  drop one indicator  alone ", table.Stdout);
        Run noSensitivity = await CliRunner.RunAsync([.. Sample, "--format", "json"]);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(noSensitivity.Stdout).RootElement.GetProperty("sensitivity").ValueKind);
    }

    [Fact]
    public async Task Robustness_Audits_LeaveOneOutMatchesRatingWithAMethodFileWithoutTheIndicator()
    {
        JsonElement json = await JsonAsync("--audits", "--runs", "10");
        JsonElement loo = json.GetProperty("leaveOneOut");
        string[] indicators = [.. loo.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()!)];
        Assert.Equal(6, indicators.Length);
        JsonElement[] pages = [.. loo.GetProperty("pages").EnumerateArray()];
        Assert.Equal(25, pages.Length);

        // Each indicator left out, rated again the ordinary way: a method file without it.
        using var dir = new TempDir();
        Run method = await CliRunner.RunAsync("method", "--print-default");
        for (int j = 0; j < indicators.Length; j++)
        {
            var file = System.Text.Json.Nodes.JsonNode.Parse(method.Stdout)!;
            file["indicators"]!.AsArray().RemoveAt(j);
            string path = dir.Write($"without-{j}.json", file.ToJsonString());
            Run rate = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", path, "--format", "json");
            Assert.True(rate.ExitCode == 0, rate.Stderr);
            Dictionary<string, double> expected = JsonDocument.Parse(rate.Stdout).RootElement.GetProperty("pages").EnumerateArray()
                .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());
            Assert.All(pages, p => Assert.Equal(expected[p.GetProperty("id").GetString()!], p.GetProperty("places")[j].GetDouble()));
        }

        JsonElement[] dominance = [.. json.GetProperty("dominance").EnumerateArray()];
        Assert.NotEmpty(dominance);
        Assert.All(dominance, d => Assert.False(d.GetProperty("violated").GetBoolean()));
        Assert.Equal(25, json.GetProperty("reversals").GetArrayLength());

        Run table = await CliRunner.RunAsync([.. Sample, "--audits", "--runs", "10"]);
        Assert.Contains("\nLeave one indicator out (the final places rated again without it):\n  without 'followers'  ", table.Stdout);
        Assert.Contains("; no dominated page is placed above its dominator.\n", table.Stdout);
        Run csv = await CliRunner.RunAsync([.. Sample, "--audits", "--format", "csv"]);
        Assert.Equal(2, csv.ExitCode);
    }

    [Fact]
    public async Task Robustness_Audits_NameTheRankReversalsPagesByName_AsTheJsonsIdsAre()
    {
        // The text names the removal with the most flipped pairs and its first examples by the pages' names: those of the
        // ids the JSON gives (the same analysis, the same seed).
        JsonElement json = await JsonAsync("--audits", "--runs", "10");
        Dictionary<string, string> names = json.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("name").GetString()!);
        JsonElement worst = json.GetProperty("reversals").EnumerateArray().OrderByDescending(r => r.GetProperty("flippedPairs").GetInt32()).First();
        Assert.True(worst.GetProperty("flippedPairs").GetInt32() > 0, "the sample has rank reversals");
        JsonElement first = worst.GetProperty("examples")[0];
        string expected = $"most when '{names[worst.GetProperty("removed").GetString()!]}' is removed: {worst.GetProperty("flippedPairs").GetInt32()} pairs (e.g. '{names[first.GetProperty("below").GetString()!]}' above '{names[first.GetProperty("above").GetString()!]}'";

        Run table = await CliRunner.RunAsync([.. Sample, "--audits", "--runs", "10"]);
        Assert.Contains(expected, table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robustness_Chart_WritesTheRankIntervalPlotWithTheTable()
    {
        using var dir = new TempDir();
        string png = dir.File("intervals.png"), svg = dir.File("intervals.svg"), csv = dir.File("robustness.csv");
        Run toPng = await CliRunner.RunAsync([.. Sample, "--runs", "50", "--chart", png, "--out", csv]);
        Run toSvg = await CliRunner.RunAsync([.. Sample, "--runs", "50", "--chart", svg]);
        Run wrong = await CliRunner.RunAsync([.. Sample, "--chart", dir.File("intervals.jpg")]);

        Assert.Equal(0, toPng.ExitCode);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
        Assert.True(File.Exists(csv));
        Assert.Equal(0, toSvg.ExitCode);
        string text = File.ReadAllText(svg);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("1. Atyrau Region — Instagram", text, StringComparison.Ordinal);
        Assert.Contains("nominal place", text, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal($"error: --chart {dir.File("intervals.jpg")}: the rank-interval chart is a PNG or an SVG image; give a file name ending in .png or .svg.\n", wrong.Stderr);
    }

    [Theory]
    [InlineData("1", "csv", "--sensitivity 1: give the number of samples, from 2 to 100,000 (each costs a rating per varied choice, plus 2).")]
    [InlineData("64", "csv", "--sensitivity reports one index per varied choice, not per page: it is in the table, md, html and json formats, not csv.")]
    public async Task Robustness_BadSensitivity_ExitsWith2(string samples, string format, string message)
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--sensitivity", samples, "--format", format]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {message}\n", run.Stderr);
    }

    [Fact]
    public async Task Robustness_NoSpread_EveryIntervalIsTheNominalPlace()
    {
        JsonElement result = await JsonAsync("--weights", "0%", "--runs", "50");
        JsonElement[] pages = [.. result.GetProperty("pages").EnumerateArray()];
        Assert.Equal(25, pages.Length);
        foreach (JsonElement page in pages)
        {
            double nominal = page.GetProperty("nominalPlace").GetDouble();
            foreach (string field in new[] { "medianPlace", "p05", "p95", "minPlace", "maxPlace" })
            {
                Assert.Equal(nominal, page.GetProperty(field).GetDouble());
            }

            Assert.Equal(0, page.GetProperty("meanAbsoluteShift").GetDouble());
            Assert.Equal(nominal <= 3 ? 1.0 : 0.0, page.GetProperty("probabilityTopK").GetDouble());
        }
    }

    [Fact]
    public async Task Robustness_DroppingIndicators_WidensIntervals_InOrder_AndTheSameSeedRepeats()
    {
        JsonElement first = await JsonAsync("--vary", "weights,drop-indicator", "--runs", "400", "--seed", "7");
        JsonElement again = await JsonAsync("--vary", "weights,drop-indicator", "--runs", "400", "--seed", "7");
        Assert.Equal(first.GetRawText(), again.GetRawText());
        JsonElement[] pages = [.. first.GetProperty("pages").EnumerateArray()];
        Assert.Contains(pages, p => p.GetProperty("p95").GetDouble() - p.GetProperty("p05").GetDouble() >= 3);
        foreach (JsonElement p in pages)
        {
            double min = p.GetProperty("minPlace").GetDouble(), p05 = p.GetProperty("p05").GetDouble(), median = p.GetProperty("medianPlace").GetDouble();
            double p95 = p.GetProperty("p95").GetDouble(), max = p.GetProperty("maxPlace").GetDouble();
            Assert.True(min <= p05 && p05 <= median && median <= p95 && p95 <= max, p.GetRawText());
        }

        Assert.Equal("weights ±25 %, drop one indicator", first.GetProperty("perturbation").GetString());
    }

    [Fact]
    public async Task Robustness_Table_AndCsv_ShowTheSamePages()
    {
        Run table = await CliRunner.RunAsync([.. Sample, "--runs", "200"]);
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("Robustness: 200 runs, seed 1, varying weights ±25 %", table.Stdout);
        Assert.Contains("Place  Page", table.Stdout);
        Assert.Contains("Kendall's W", table.Stdout);

        using var dir = new TempDir();
        string csv = dir.File("robustness.csv");
        Run run = await CliRunner.RunAsync([.. Sample, "--runs", "200", "--out", csv]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        string[] lines = (await File.ReadAllTextAsync(csv)).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("id,name,nominal place,median place,p05,p95,min place,max place,p top k,p nominal zone,mean absolute shift", lines[0]);
        Assert.Equal(26, lines.Length);
        Assert.StartsWith("atyrau-ig,Atyrau Region — Instagram,1,", lines[1]);
        JsonElement json = await JsonAsync("--runs", "200");
        string[] ids = [.. json.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        Assert.Equal(ids, lines.Skip(1).Select(l => l.Split(',')[0]));
        double medianOfFirst = json.GetProperty("pages")[0].GetProperty("medianPlace").GetDouble();
        Assert.Equal(medianOfFirst, double.Parse(lines[1].Split(',')[3], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("--weights", "150%", "--weights 150%: the spread must be from 0 % up to, not including, 100 %")]
    [InlineData("--weights", "lots", "--weights lots: give the spread of the weights as a percentage")]
    [InlineData("--vary", "colours", "--vary colours: choose from weights, ties, drop-indicator, precision.")]
    [InlineData("--runs", "0", "--runs 0: give from 1 to 1,000,000 runs.")]
    [InlineData("--top-k", "0", "--top-k 0: give a number of places from 1.")]
    [InlineData("--format", "pdf", "--format pdf: robustness writes table, csv, md, html, json or xlsx.")]
    public async Task Robustness_BadOptions_Exit2NamingThem(string option, string value, string message)
    {
        Run run = await CliRunner.RunAsync([.. Sample, option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public async Task Robustness_OutNamingTheInput_Exit2_NothingWritten()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.csv");
        File.Copy(CliRunner.SamplePages, pages);
        byte[] before = await File.ReadAllBytesAsync(pages);
        Run run = await CliRunner.RunAsync("robustness", pages, "--regions", CliRunner.SampleRegions, "--out", pages, "--format", "csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(pages));
    }

    [Fact]
    public async Task Robustness_ReadmeExample_IsTheToolsOutput()
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--vary", "weights,drop-indicator"]);
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Stdout.Split('\n');
        string readme = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(CliRunner.SamplePages)!, "..", "..", "README.md"));
        Assert.Contains(string.Join("\n", lines[..9]) + "\n…\n" + string.Join("\n", lines[^7..^1]) + "\n", readme.ReplaceLineEndings("\n"));
    }
}
