namespace SocialRank.Cli.Tests;

/// <summary>Bad files and options: a clear message on stderr naming file, line, column and value; exit code 2; no output file.</summary>
public class BadInputTests
{
    private const string Header = "id,name_en,region,followers,posts,likes,comments,shares,saves,engaged_users";
    private const string Good = "a,Page A,akmola,100,10,50,5,1,1,40";

    private static async Task<(Run Run, TempDir Dir, string Out)> RateAsync(string csv, string name = "pages.csv")
    {
        var dir = new TempDir();
        string pages = dir.Write(name, csv);
        string output = dir.File("out.csv");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", output, "--chart", dir.File("chart.png"));
        return (run, dir, output);
    }

    private static async Task AssertRejected(string csv, params string[] expectedMessages)
    {
        (Run run, TempDir dir, string output) = await RateAsync(csv);
        using (dir)
        {
            string pages = dir.File("pages.csv");
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.Equal(string.Concat(expectedMessages.Select(m => "error: " + m.Replace("{pages}", pages, StringComparison.Ordinal) + "\n")), run.Stderr);
            Assert.False(File.Exists(output));
            Assert.Equal([pages], Directory.GetFiles(dir.Path));
        }
    }

    [Fact]
    public Task Rate_MissingColumn_ExitsWith2()
        => AssertRejected(
            "id,name_en,region,followers,posts,likes,comments,shares,saves\n" + "a,Page A,akmola,100,10,50,5,1,1\n",
            "{pages}: no column for engaged_users; name one of: engaged users, engaged, вовлеченные, вовлеченные пользователи, вовлеченных, вовлеченных пользователей. "
            + "The file's headers: 'id', 'name_en', 'region', 'followers', 'posts', 'likes', 'comments', 'shares', 'saves'.");

    [Fact]
    public Task Rate_TextInNumber_ExitsWith2()
        => AssertRejected($"{Header}\n{Good}\nb,Page B,akmola,lots,10,50,5,1,1,40\n", "{pages}, line 3, column 'followers': 'lots' is not a number.");

    [Fact]
    public Task Rate_NegativeCount_ExitsWith2()
        => AssertRejected($"{Header}\n{Good}\nb,Page B,akmola,100,10,-50,5,1,1,40\n", "{pages}, line 3, column 'likes': '-50' is negative; counts must be 0 or more.");

    [Theory]
    [InlineData("12.5,10", "followers", "12.5")]
    [InlineData("100,0.5", "posts", "0.5")]
    public Task Rate_FractionOfACount_ExitsWith2NamingTheCell(string followersAndPosts, string column, string value)
        => AssertRejected($"{Header}\n{Good}\nb,Page B,akmola,{followersAndPosts},50,5,1,1,40\n", $"{{pages}}, line 3, column '{column}': '{value}' is not a whole number; counts are whole (a page has no half followers or posts).");

    [Fact]
    public async Task Rate_WholeNumberWrittenWithDecimals_IsAccepted()
    {
        (Run run, TempDir dir, _) = await RateAsync($"{Header}\n{Good}\nb,Page B,akmola,100.0,10,50,5,1,1,40\n");
        using (dir)
        {
            Assert.Equal(0, run.ExitCode);
        }
    }

    [Fact]
    public async Task Rate_PopulationOfZero_ExitsWith2NamingTheCell()
    {
        using var dir = new TempDir();
        string regions = dir.Write("regions.csv", "region_id,population\nakmola,0\n");
        string pages = dir.Write("pages.csv", $"{Header}\n{Good}\n");
        string inline = dir.Write("inline.csv", "id,followers,posts,likes,comments,shares,saves,engaged_users,population\na,100,10,50,5,1,1,40,0\n");

        Run viaRegions = await CliRunner.RunAsync("rate", pages, "--regions", regions);
        Run inFile = await CliRunner.RunAsync("rate", inline);

        Assert.Equal(2, viaRegions.ExitCode);
        Assert.Equal($"error: {regions}, line 2, column 'population': '0': a population must be more than 0.\n", viaRegions.Stderr);
        Assert.Equal(2, inFile.ExitCode);
        Assert.Equal($"error: {inline}, line 2, column 'population': '0': a population must be more than 0.\n", inFile.Stderr);
    }

    [Fact]
    public Task Rate_RowWithTooFewCells_ExitsWith2()
        => AssertRejected($"{Header}\n{Good}\nb,Page B,akmola,100\n", "{pages}, line 3: 4 cells but the header has 10.");

    [Fact]
    public async Task Rate_XlsxTextInNumber_ExitsWith2NamingTheRow()
    {
        using var dir = new TempDir();
        string xlsx = dir.File("pages.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "a", ["followers"] = 10.0, ["posts"] = 1.0, ["likes"] = 1.0, ["comments"] = 1.0, ["shares"] = 1.0, ["saves"] = 1.0, ["engaged_users"] = 1.0, ["population"] = 100.0 },
            new() { ["id"] = "b", ["followers"] = "ten", ["posts"] = 1.0, ["likes"] = 1.0, ["comments"] = 1.0, ["shares"] = 1.0, ["saves"] = 1.0, ["engaged_users"] = 1.0, ["population"] = 100.0 },
        });
        Run run = await CliRunner.RunAsync("rate", xlsx);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {xlsx}, row 3, column 'followers': 'ten' is not a number.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_XlsxFormulaWithoutASavedResult_ExitsWith2NamingTheCell()
    {
        // Page b's followers (cell B3) become a formula: with its saved result it reads as that result; without one (as
        // scripts that do not compute formulas write it) it would read as empty, so it is an error naming the cell.
        using var dir = new TempDir();
        string plain = dir.File("plain.xlsx"), computed = dir.File("computed.xlsx"), uncomputed = dir.File("uncomputed.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "a", ["followers"] = 10.0, ["posts"] = 1.0, ["likes"] = 1.0, ["comments"] = 1.0, ["shares"] = 1.0, ["saves"] = 1.0, ["engaged_users"] = 1.0, ["population"] = 100.0 },
            new() { ["id"] = "b", ["followers"] = 20.0, ["posts"] = 1.0, ["likes"] = 2.0, ["comments"] = 1.0, ["shares"] = 1.0, ["saves"] = 1.0, ["engaged_users"] = 3.0, ["population"] = 100.0 },
        };
        MiniExcelLibs.MiniExcel.SaveAs(plain, rows);
        MiniExcelLibs.MiniExcel.SaveAs(computed, rows);
        MiniExcelLibs.MiniExcel.SaveAs(uncomputed, rows);
        ReplaceCell(computed, "B3", "<{0}f>4*5</{0}f><{0}v>20</{0}v>");
        ReplaceCell(uncomputed, "B3", "<{0}f>4*5</{0}f>");

        Run fromPlain = await CliRunner.RunAsync("rate", plain, "--format", "csv");
        Run fromComputed = await CliRunner.RunAsync("rate", computed, "--format", "csv");
        Run fromUncomputed = await CliRunner.RunAsync("rate", uncomputed, "--format", "csv");

        Assert.Equal(0, fromComputed.ExitCode);
        Assert.Equal(fromPlain.Stdout, fromComputed.Stdout);
        Assert.Equal(2, fromUncomputed.ExitCode);
        Assert.Equal(
            $"error: {uncomputed}, sheet 'Sheet1': cell B3 holds a formula without a saved result, which would read as empty. Open the workbook in Excel or LibreOffice and save it (that computes the formulas), or paste the values in place of the formulas.\n",
            fromUncomputed.Stderr);
        Assert.Equal("", fromUncomputed.Stdout);
    }

    /// <summary>Replaces the content of cell <paramref name="reference"/> of the first sheet with <paramref name="content"/> ({0}: the part's prefix for the main namespace).</summary>
    private static void ReplaceCell(string xlsx, string reference, string content)
    {
        using var zip = System.IO.Compression.ZipFile.Open(xlsx, System.IO.Compression.ZipArchiveMode.Update);
        System.IO.Compression.ZipArchiveEntry entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var cell = new System.Text.RegularExpressions.Regex($"<((?:\\w+:)?)c r=\"{reference}\"[^>]*?(?:/>|>.*?</\\1c>)", System.Text.RegularExpressions.RegexOptions.Singleline);
        System.Text.RegularExpressions.Match match = cell.Match(xml);
        Assert.True(match.Success, $"cell {reference} is in the sheet");
        string prefix = match.Groups[1].Value;
        xml = xml[..match.Index] + $"<{prefix}c r=\"{reference}\">" + string.Format(System.Globalization.CultureInfo.InvariantCulture, content, prefix) + $"</{prefix}c>" + xml[(match.Index + match.Length)..];
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(xml);
    }

    [Fact]
    public async Task Rate_XlsxSheetAndHeaderRow_ChooseTheTableAndNameItsRows()
    {
        // An empty cover sheet first; the pages on the second, under two title rows.
        using var dir = new TempDir();
        string xlsx = dir.File("book.xlsx");
        Dictionary<string, object?> Row(params object?[] cells) => Enumerable.Range(0, 9).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < cells.Length ? cells[i] : null);
        var pages = new List<Dictionary<string, object?>>
        {
            Row("July rating"),
            Row(),
            Row("id", "followers", "posts", "likes", "comments", "shares", "saves", "engaged_users", "population"),
            Row("a", 10.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 100.0),
            Row("b", "ten", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 100.0),
        };
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new Dictionary<string, object> { ["Cover"] = new List<Dictionary<string, object?>>(), ["Pages"] = pages }, printHeader: false);
        const string Sheets = "The workbook's sheets: 1 'Cover', 2 'Pages'; choose one with --sheet.";

        Run first = await CliRunner.RunAsync("rate", xlsx);
        Run byName = await CliRunner.RunAsync("rate", xlsx, "--sheet", "pages", "--header-row", "3");
        Run byNumber = await CliRunner.RunAsync("rate", xlsx, "--sheet", "2", "--header-row", "3");
        Run unknown = await CliRunner.RunAsync("rate", xlsx, "--sheet", "Data");
        Run blankHeader = await CliRunner.RunAsync("rate", xlsx, "--sheet", "2", "--header-row", "2");

        Assert.Equal($"error: {xlsx}: sheet 'Cover' is empty. {Sheets}\n", first.Stderr);
        Assert.Equal($"error: {xlsx}, row 5, column 'followers': 'ten' is not a number.\n", byName.Stderr);
        Assert.Equal(byName.Stderr, byNumber.Stderr);
        Assert.Equal($"error: {xlsx}: --sheet Data: no such sheet. {Sheets}\n", unknown.Stderr);
        Assert.Equal($"error: {xlsx}: row 2 of sheet 'Pages' is blank; --header-row names the row that names the columns.\n", blankHeader.Stderr);
        Assert.All(new[] { first, byName, byNumber, unknown, blankHeader }, run => Assert.Equal(2, run.ExitCode));
    }

    [Fact]
    public async Task Rate_SheetOptionsOnACsvFile_ExitWith2()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--sheet", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {CliRunner.SamplePages}: --sheet and --header-row are for .xlsx workbooks; a CSV file's first line names the columns.\n", run.Stderr);
    }

    [Fact]
    public Task Rate_DuplicateId_ExitsWith2()
        => AssertRejected($"{Header}\n{Good}\n{Good}\n", "{pages}, line 3, column 'id': 'a' is already the id on line 2; ids must be unique.");

    [Fact]
    public Task Rate_EmptyFile_ExitsWith2()
        => AssertRejected("", "{pages}: the file is empty; its first line must name the columns.");

    [Fact]
    public Task Rate_HeaderOnly_ExitsWith2()
        => AssertRejected(Header + "\n", "{pages}: the file has a header but no rows.");

    [Fact]
    public async Task Rate_IndicatorWithoutAnyValue_IsAWarningOrUnderStrictAnError()
    {
        // No page has posts: engagement per post and ER have no value anywhere, and every page would share their place.
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", $"{Header}\na,Page A,akmola,100,0,50,5,1,1,40\nb,Page B,akmola,200,0,50,5,1,1,40\n");
        string[] expected =
        [
            $"{pages}: no page has a value for indicator 'average engagement per post' (it needs interactions, posts), so every page gets the same place on it.",
            $"{pages}: no page has a value for indicator 'ER' (it needs interactions, posts, followers), so every page gets the same place on it.",
        ];

        Run warned = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "csv");
        Run strict = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "csv", "--strict");

        Assert.Equal(0, warned.ExitCode);
        Assert.Equal(string.Concat(expected.Select(m => "warning: " + m + "\n")), warned.Stderr);
        Assert.Equal(2, strict.ExitCode);
        Assert.Equal(string.Concat(expected.Select(m => "error: " + m + " (--strict)\n")), strict.Stderr);
        Assert.Equal("", strict.Stdout);
    }

    [Fact]
    public async Task Rate_NameStartingWithEquals_IsKeptAsTextWithANoteAndDefusedInCsv()
    {
        (Run run, TempDir dir, string output) = await RateAsync($"{Header}\n{Good}\nb,=cmd|' /C calc'!A0,akmola,100,10,50,5,1,1,40\n");
        using (dir)
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"note: {dir.File("pages.csv")}, line 3, column 'name_en': '=cmd|' /C calc'!A0' starts with '=', which spreadsheets run as a formula; it is kept as text, and the outputs write it so that no spreadsheet runs it.\n", run.Stderr);
            string csv = File.ReadAllText(output);
            Assert.Contains(",'=cmd|' /C calc'!A0,", csv);
            Assert.DoesNotContain(",=", csv);
        }
    }

    [Fact]
    public async Task Rate_TextStartingWithAtPlusOrMinus_IsOrdinaryText()
    {
        (Run run, TempDir dir, string output) = await RateAsync($"{Header}\n{Good}\n-1,@akimat_almaty,akmola,100,10,50,5,1,1,40\n+7,+ plus,akmola,100,10,50,5,1,1,40\n");
        using (dir)
        {
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("note:", run.Stderr);
            string csv = File.ReadAllText(output);
            Assert.Contains(",'-1,'@akimat_almaty,", csv);
            Assert.Contains(",'+7,'+ plus,", csv);
        }
    }

    [Fact]
    public Task Rate_UnknownRegion_ExitsWith2()
        => AssertRejected($"{Header}\n{Good}\nb,Page B,atlantis,100,10,50,5,1,1,40\n", $"{{pages}}, line 3, column 'region': region 'atlantis' is not in {CliRunner.SampleRegions}.");

    [Fact]
    public async Task Rate_BadInput_LeavesAnExistingOutputFileUntouched()
    {
        using var dir = new TempDir();
        string output = dir.Write("out.csv", "previous rating");
        string pages = dir.Write("pages.csv", $"{Header}\n{Good}\n{Good}\n");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("previous rating", await File.ReadAllTextAsync(output));
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public async Task Rate_RegionWithoutPopulation_ExitsWith2NamingTheLine()
    {
        using var dir = new TempDir();
        string regions = dir.Write("regions.csv", "region_id,population\nakmola,736735\nnowhere,\n");
        string pages = dir.Write("pages.csv", $"{Header}\n{Good}\nb,Page B,nowhere,100,10,50,5,1,1,40\n");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", regions);
        Assert.Equal(2, run.ExitCode);
        // The sentence after the place is the library's (InvalidPagesException); the tool adds file and line.
        Assert.StartsWith($"error: {pages}, line 3: Page 'b': population is missing", run.Stderr);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Rate_MissingValueUnderFailRule_ExitsWith2NamingTheLine()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", "{ \"indicators\": [ { \"builtin\": \"followers\", \"missing\": \"fail\" } ] }");
        string pages = dir.Write("pages.csv", "id,followers\na,100\nb,\n");
        Run run = await CliRunner.RunAsync("rate", pages, "--method", method);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {pages}, line 3: Page 'b': indicator 'followers' has no value", run.Stderr);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Rate_MissingFile_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("rate", "no-such-file.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no-such-file.csv: the file does not exist.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_UnknownFormat_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr);
        Assert.Contains("pdf", run.Stderr);
    }

    [Fact]
    public async Task Rate_NoPopulationSource_ExitsWith2()
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", $"{Header}\n{Good}\n");
        Run run = await CliRunner.RunAsync("rate", pages);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {pages}: the method needs population, but the file has no population column and no --regions file was given.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_BadMethodFile_ExitsWith2()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", "{ \"indicators\": [ { \"builtin\": \"likes per follower\" } ] }");
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", method);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: {method}: indicator 1: unknown built-in indicator 'likes per follower'; use one of: followers, followers-percent-of-population, engaged-users, average-engagement-per-post, engaged-users-percent-of-population, er.\n",
            run.Stderr);
    }

    [Fact]
    public async Task Rate_MethodFileWithUnknownMember_ExitsWith2()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", "{ \"tiez\": \"min\" }");
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", method);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {method}: not a valid method file: ", run.Stderr);
        Assert.Contains("tiez", run.Stderr);
    }

    [Fact]
    public async Task Rate_ChartNotPng_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--chart", "chart.jpg");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --chart chart.jpg: the chart is a PNG image; give a file name ending in .png.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_OutputFolderMissing_ExitsWith2()
    {
        using var dir = new TempDir();
        string output = Path.Combine(dir.Path, "no-such-folder", "out.csv");
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", output);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {output}: the file cannot be written: ", run.Stderr);
    }

    [Fact]
    public async Task Rate_OutputExtensionUnknown_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", "rating.ods");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --out rating.ods: cannot tell the format from '.ods'; use .csv or .xlsx (Excel opens both), .md, .html, .json, .parquet or .txt, or give --format.\n", run.Stderr);
        Assert.False(File.Exists("rating.ods"));
    }
}
