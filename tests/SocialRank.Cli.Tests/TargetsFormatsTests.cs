using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using MiniExcelLibs;

namespace SocialRank.Cli.Tests;

/// <summary><c>socialrank targets</c> in the csv, md, html and xlsx formats, each checked against the same answers as JSON (which TargetsCommandTests checks by re-rating).</summary>
public class TargetsFormatsTests
{
    private static readonly string[] Targets = ["targets", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--page", "karaganda-ig"];

    private static async Task<string> RunAsync(params string[] args)
    {
        Run run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>Every answer of the JSON, in order: (figure, outcome, value, change, place then).</summary>
    private static async Task<List<(string Figure, string Outcome, double? Value, double? Change, double? PlaceThen)>> AnswersAsync()
    {
        JsonElement json = JsonDocument.Parse(await RunAsync([.. Targets, "--format", "json"])).RootElement;
        static double? D(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : null;
        return [.. json.GetProperty("targets").EnumerateArray().SelectMany(t => t.GetProperty("answers").EnumerateArray())
            .Select(a => (a.GetProperty("figure").GetString()!, a.GetProperty("outcome").GetString()!, D(a, "value"), D(a, "change"), D(a, "placeThen")))];
    }

    [Fact]
    public async Task Targets_Csv_HasEveryAnswerAsNumbers()
    {
        var answers = await AnswersAsync();
        string[] lines = (await RunAsync([.. Targets, "--format", "csv"])).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("target,figure,outcome,today,value,change,percent of today,place today,place then,zone then", lines[0]);
        Assert.Equal(answers.Count, lines.Length - 1);
        for (int i = 0; i < answers.Count; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            string N(double? v) => v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "";
            Assert.Equal((answers[i].Figure, answers[i].Outcome, N(answers[i].Value), N(answers[i].Change), N(answers[i].PlaceThen)), (cells[1], cells[2], cells[4], cells[5], cells[8]));
        }
    }

    [Fact]
    public async Task Targets_MarkdownHtmlAndXlsx_HaveARowPerKnownAnswer()
    {
        var answers = await AnswersAsync();
        int known = answers.Count(a => a.Outcome != "unknown");
        string md = await RunAsync([.. Targets, "--format", "md"]);
        string[] rows = [.. md.Split('\n').Where(l => l.StartsWith('|')).Skip(2)];
        Assert.Equal(known, rows.Length);
        Assert.StartsWith("**Karaganda Region — Instagram (karaganda-ig): place ", md, StringComparison.Ordinal);

        var doc = new HtmlParser().ParseDocument(await RunAsync([.. Targets, "--format", "html"]));
        Assert.Equal(known, doc.QuerySelectorAll("table.rating tbody tr").Length);
        Assert.Empty(doc.QuerySelectorAll("script"));

        using var dir = new TempDir();
        string xlsx = dir.File("targets.xlsx");
        await RunAsync([.. Targets, "--out", xlsx]);
        Assert.Equal(["Targets", "Notes"], MiniExcel.GetSheetNames(xlsx));
        Assert.Equal(known + 1, MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: "Targets").Count());

        string pages = dir.Write("pages.csv", await File.ReadAllTextAsync(CliRunner.SamplePages));
        byte[] before = await File.ReadAllBytesAsync(pages);
        Run overwrite = await CliRunner.RunAsync("targets", pages, "--regions", CliRunner.SampleRegions, "--page", "karaganda-ig", "--out", pages, "--format", "csv");
        Assert.Equal(2, overwrite.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(pages));
    }
}
