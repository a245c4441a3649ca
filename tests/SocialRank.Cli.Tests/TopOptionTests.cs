using System.Text.RegularExpressions;
using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests;

/// <summary><c>--top N</c>: the first N pages of the final table in every format that shows a table, and a line of how many were rated.</summary>
public class TopOptionTests
{
    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    private static async Task<Run> RateAsync(params string[] more)
    {
        Run run = await CliRunner.RunAsync([.. Sample, .. more]);
        return run;
    }

    [Fact]
    public async Task Top_Table_FirstRowsInFinalOrder_AndTheLine()
    {
        Run all = await RateAsync();
        Run top = await RateAsync("--top", "10");
        Assert.Equal(0, top.ExitCode);
        // Place and page of each row (the columns are as wide as the rows shown need).
        static string[] Rows(string text) => [.. text.Split('\n')
            .Select(l => Regex.Match(l, @"^\s*(\d+)\s{2}(.+?)\s{2}"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)];
        string[] allRows = Rows(all.Stdout);
        string[] topRows = Rows(top.Stdout);
        Assert.Equal(25, allRows.Length);
        Assert.Equal(allRows.Take(10), topRows);
        Assert.Contains("The top 10 of 25 rated pages.", top.Stdout);
        Assert.DoesNotContain("rated pages.", all.Stdout);
    }

    [Fact]
    public async Task Top_CsvMarkdownHtml_FirstRows()
    {
        Run csv = await RateAsync("--format", "csv", "--top", "3");
        // The three first pages, then (as without --top) the excluded page.
        string[] lines = [.. csv.Stdout.TrimEnd('\n').Split('\n').Skip(1)];
        Assert.Equal(3, lines.Count(l => Regex.IsMatch(l, @"^\d+,")));
        Assert.StartsWith("1,atyrau-ig,", lines[0]);
        Assert.StartsWith("3,mangystau-ig,", lines[2]);
        Assert.StartsWith(",east_kazakhstan-fb,", lines[3]);

        Run md = await RateAsync("--format", "md", "--top", "3");
        Assert.Equal(3, md.Stdout.Split('\n').Count(l => Regex.IsMatch(l, @"^\| \d+ \| ")));
        Assert.Contains("The top 3 of 25 rated pages.", md.Stdout);

        Run html = await RateAsync("--format", "html", "--top", "3", "--lang", "ru");
        Assert.Equal(0, html.ExitCode);
        string table = html.Stdout[html.Stdout.IndexOf("<tbody>", StringComparison.Ordinal)..html.Stdout.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Equal(3, Regex.Count(table, "<tr"));
        Assert.Contains("<p class=\"top\">Первые 3 из 25 страниц рейтинга.</p>", html.Stdout);
    }

    [Fact]
    public async Task Top_Chart_DrawsTheFirstPages()
    {
        using var dir = new TempDir();
        string png = dir.File("chart.png");
        Run run = await RateAsync("--top", "5", "--chart", png);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(await File.ReadAllBytesAsync(png));
        Assert.Equal(ChartRenderer.Height(5), bitmap.Height);
    }

    [Theory]
    [InlineData("0", "--top 0: give a number of pages from 1.")]
    [InlineData("-3", "--top -3: give a number of pages from 1.")]
    public async Task Top_NotPositive_Exit2(string value, string message)
    {
        Run run = await RateAsync("--top", value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public async Task Top_WithJsonOrExplain_Exit2NamingWhy()
    {
        Run json = await RateAsync("--format", "json", "--top", "3");
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("JSON always holds every page", json.Stderr);
        Run explain = await RateAsync("--explain", "atyrau-ig", "--top", "3");
        Assert.Equal(2, explain.ExitCode);
        Assert.Contains("--explain writes no table", explain.Stderr);
    }

    [Fact]
    public async Task Top_AboveThePages_ShowsEveryPageWithoutALine()
    {
        Run run = await RateAsync("--top", "1000");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(25, run.Stdout.Split('\n').Count(l => Regex.IsMatch(l, @"^\s*\d+\s{2}")));
        Assert.DoesNotContain("rated pages.", run.Stdout);
    }
}
