using System.Text.RegularExpressions;

namespace SocialRank.Cli.Tests.Output;

/// <summary>The console table on narrow terminals: a layout that fits the width, with the wide layout's content.</summary>
public partial class NarrowTerminalTests
{
    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Ansi();

    private static async Task<string> DrawAsync(int width, params string[] extra)
    {
        Run run = await CliRunner.RunAsync(new CliConsole(true, true, width), [.. Sample, .. extra]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return Ansi().Replace(run.Stdout, "");
    }

    /// <summary>The cells of the wide table's page rows, read from its drawing (cells between the vertical bars).</summary>
    private static List<string[]> WideCells(string wide) => wide.Split('\n')
        .Where(line => line.StartsWith('│') && Regex.IsMatch(line, @"^│\s+\d+ │"))
        .Select(line => line.Trim().Trim('│').Split('│').Select(cell => cell.Trim()).ToArray())
        .ToList();

    [Fact]
    public async Task Rate_WideTerminal_DrawsTheTable()
    {
        string wide = await DrawAsync(250);
        Assert.Contains("╭", wide);
        Assert.Equal(25, WideCells(wide).Count);
        Assert.All(wide.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 250, line));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    public async Task Rate_NarrowTerminal_OnePageABlockWithEveryCellOnOneLine(int width)
    {
        List<string[]> rows = WideCells(await DrawAsync(250));
        string narrow = await DrawAsync(width);
        string[] lines = narrow.Split('\n');

        Assert.DoesNotContain("╭", narrow);
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} > {width}: {line}"));

        // Every page's block, in the table's order, holds each of the wide row's cells whole on one of its lines.
        int at = 0;
        foreach (string[] row in rows)
        {
            int start = Array.FindIndex(lines, at, line => Regex.IsMatch(line, $@"^\s*{Regex.Escape(row[0])}\s+{Regex.Escape(row[1])}\s*$"));
            Assert.True(start >= 0, $"no block for place {row[0]}, {row[1]}");
            int end = Array.FindIndex(lines, start + 1, line => line.Trim().Length == 0);
            string[] block = lines[start..end];
            foreach (string cell in row.Skip(2).Where(cell => cell.Length > 0))
            {
                Assert.Contains(block, line => line.Contains(cell, StringComparison.Ordinal));
            }

            at = end;
        }
    }
}
