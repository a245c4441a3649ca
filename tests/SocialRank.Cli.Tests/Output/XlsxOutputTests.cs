using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using nietras.SeparatedValues;
using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

/// <summary>
/// <c>--out rating.xlsx</c>: the workbook SpreadCheetah writes, read back with two other readers: MiniExcel (the tool's
/// own reader) for the cells, the Open XML SDK for what MiniExcel does not see (fills, number formats, the frozen
/// header). The cells are checked against the same run's CSV, the fills against the zones the CSV names.
/// </summary>
public class XlsxOutputTests
{
    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    [Fact]
    public async Task Rate_OutXlsx_HoldsTheCsvTableAsNumbersAndTheExcludedPagesOnTheirSheet()
    {
        using var dir = new TempDir();
        string xlsx = dir.File("rating.xlsx");
        Run run = await CliRunner.RunAsync([.. Sample, "--title", "Akimat pages, July 2020", "--out", xlsx]);
        Run csv = await CliRunner.RunAsync([.. Sample, "--format", "csv"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        List<string[]> csvRows = ReadCsv(csv.Stdout);
        string[] header = csvRows[0];
        int excludedBecause = header.Length - 1;

        Assert.Equal(["Rating", "Method", "Excluded"], MiniExcel.GetSheetNames(xlsx));
        List<object?[]> sheet = Rows(xlsx, "Rating");
        List<string[]> rated = csvRows.Skip(1).Where(r => r[excludedBecause].Length == 0).ToList();
        Assert.Equal(header[..excludedBecause], sheet[0].Select(c => (string?)c).ToArray());
        Assert.Equal(rated.Count + 1, sheet.Count);
        Assert.Equal(25, rated.Count);
        for (int r = 0; r < rated.Count; r++)
        {
            for (int c = 0; c < excludedBecause; c++)
            {
                string expected = rated[r][c];
                object? actual = sheet[r + 1][c];
                if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                {
                    // A number in the CSV is a number cell in the workbook, the same value.
                    Assert.Equal(number, Assert.IsType<double>(actual));
                }
                else
                {
                    Assert.Equal(expected, (actual as string) ?? "");
                }
            }
        }

        List<object?[]> excluded = Rows(xlsx, "Excluded");
        string[] csvExcluded = csvRows.Skip(1).Single(r => r[excludedBecause].Length > 0);
        Assert.Equal(2, excluded.Count);
        Assert.Equal(new object?[] { csvExcluded[1], csvExcluded[2], csvExcluded[excludedBecause] }, excluded[1]);

        List<object?[]> method = Rows(xlsx, "Method");
        Assert.Equal("Akimat pages, July 2020", method[0][0]);
        Assert.Contains(method, row => (row[0] as string)?.StartsWith("Ties:", StringComparison.Ordinal) == true);
        Assert.Contains(method, row => (row[0] as string) == "followers, % of population" && (row[3] as string)?.Contains('2', StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Rate_OutXlsx_FillsEachRowInItsZoneColourWithTheShownNumberFormatsAndAFrozenHeader()
    {
        using var dir = new TempDir();
        string xlsx = dir.File("rating.xlsx");
        Run run = await CliRunner.RunAsync([.. Sample, "--out", xlsx]);
        Run csv = await CliRunner.RunAsync([.. Sample, "--format", "csv"]);
        Run json = await CliRunner.RunAsync([.. Sample, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        List<string[]> csvRows = ReadCsv(csv.Stdout);
        int zoneColumn = Array.FindIndex(csvRows[0], h => h.EndsWith(" zone", StringComparison.Ordinal));
        Assert.True(zoneColumn > 0);
        Dictionary<string, string> colourOfZone = ZoneColours(json.Stdout);

        using SpreadsheetDocument document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        WorkbookPart book = document.WorkbookPart!;
        Sheet first = book.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)book.GetPartById(first.Id!);
        Pane pane = part.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(1.0, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);

        Stylesheet styles = book.WorkbookStylesPart!.Stylesheet;
        CellFormat[] formats = styles.CellFormats!.Elements<CellFormat>().ToArray();
        Fill[] fills = styles.Fills!.Elements<Fill>().ToArray();
        Dictionary<uint, string> numberFormats = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        Row[] rows = part.Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(26, rows.Length);
        for (int r = 1; r < rows.Length; r++)
        {
            string zone = csvRows[r][zoneColumn];
            string expected = "FF" + colourOfZone[zone].TrimStart('#').ToUpperInvariant();
            foreach (DocumentFormat.OpenXml.Spreadsheet.Cell cell in rows[r].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            {
                CellFormat format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                PatternFill fill = fills[(int)format.FillId!.Value].PatternFill!;
                Assert.Equal(expected, fill.ForegroundColor!.Rgb!.Value, ignoreCase: true);
            }
        }

        // The value columns carry their indicator's precision (the article's 0, 2, 0, 1, 2, 2 decimals), thousands grouped.
        string[] valueFormats = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where((_, c) => csvRows[0][c].EndsWith(" value", StringComparison.Ordinal))
            .Select(cell => numberFormats[formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value])
            .ToArray();
        Assert.Equal(["#,##0", "#,##0.00", "#,##0", "#,##0.0", "#,##0.00", "#,##0.00"], valueFormats);
    }

    [Fact]
    public async Task Rate_FormatXlsxWithoutOut_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", "xlsx"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --format xlsx writes a workbook, which is not text: give --out FILE.xlsx.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_OutXlsxInRussian_NamesTheSheetsInRussian()
    {
        using var dir = new TempDir();
        string xlsx = dir.File("рейтинг.xlsx");
        Run run = await CliRunner.RunAsync([.. Sample, "--lang", "ru", "--out", xlsx]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Рейтинг", XlsxRenderer.SheetName(SocialRank.Formatting.LabelSet.Russian.Method), XlsxRenderer.SheetName(SocialRank.Formatting.LabelSet.Russian.Excluded)], MiniExcel.GetSheetNames(xlsx));
    }

    [Theory]
    [InlineData("Rating", "Rating")]
    [InlineData("a/b:c*d?e[f]g\\h", "a b c d e f g h")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("", "Sheet")]
    [InlineData("0123456789012345678901234567890123456789", "0123456789012345678901234567890")]
    public void SheetName_IsOneExcelAccepts(string name, string expected) => Assert.Equal(expected, XlsxRenderer.SheetName(name));

    private static List<object?[]> Rows(string xlsx, string sheet)
        => MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();

    private static List<string[]> ReadCsv(string text)
    {
        using SepReader reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text.TrimStart('\uFEFF'));
        var rows = new List<string[]>();
        foreach (SepReader.Row row in reader)
        {
            var cells = new string[row.ColCount];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>Each zone's colour, from the JSON output's method (its zone schemes' <c>zone</c> and <c>colour</c>).</summary>
    private static Dictionary<string, string> ZoneColours(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.Json.JsonProperty property in document.RootElement.EnumerateObject())
        {
            Collect(property.Value, colours);
        }

        return colours;
    }

    private static void Collect(System.Text.Json.JsonElement element, Dictionary<string, string> colours)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (element.TryGetProperty("zone", out var name) && element.TryGetProperty("colour", out var color) && name.ValueKind == System.Text.Json.JsonValueKind.String && color.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                colours[name.GetString()!] = HtmlRenderer.Hex(color.GetString()!);
            }

            foreach (System.Text.Json.JsonProperty property in element.EnumerateObject())
            {
                Collect(property.Value, colours);
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (System.Text.Json.JsonElement item in element.EnumerateArray())
            {
                Collect(item, colours);
            }
        }
    }
}
