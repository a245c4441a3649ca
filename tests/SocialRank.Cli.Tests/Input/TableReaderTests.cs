using MiniExcelLibs;
using SocialRank.Cli.Input;
using SocialRank.Pages;

namespace SocialRank.Cli.Tests.Input;

public class TableReaderTests
{
    [Fact]
    public void Read_EmptyFile_IsRejected()
    {
        using var dir = new TempDir();
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(dir.Write("empty.csv", ""), "empty.csv"));
        Assert.Equal(["empty.csv: the file is empty; its first line must name the columns."], e.Messages);
    }

    [Fact]
    public void Read_HeaderOnly_IsRejected()
    {
        using var dir = new TempDir();
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(dir.Write("h.csv", "id,followers\n"), "h.csv"));
        Assert.Equal(["h.csv: the file has a header but no rows."], e.Messages);
    }

    [Fact]
    public void Read_MissingFile_IsRejected()
    {
        InputException e = Assert.Throws<InputException>(() => TableReader.Read("/nonexistent/x.csv", "x.csv"));
        Assert.Equal(["x.csv: the file does not exist."], e.Messages);
    }

    [Fact]
    public void Read_UnknownExtension_IsRejected()
    {
        using var dir = new TempDir();
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(dir.Write("x.pdf", "id\n1\n"), "x.pdf"));
        Assert.Equal(["x.pdf: unknown file type; use a .csv (comma, semicolon or tab separated, UTF-8) .xlsx or .parquet file."], e.Messages);
    }

    [Fact]
    public void Read_RaggedRow_NamesLineAndCounts()
    {
        using var dir = new TempDir();
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(dir.Write("r.csv", "a,b,c\n1,2,3\n1,2\n"), "r.csv"));
        Assert.Equal(["r.csv, line 3: 2 cells but the header has 3."], e.Messages);
    }

    [Fact]
    public void Read_SemicolonsQuotesBlankLinesAndBom_AreHandled()
    {
        using var dir = new TempDir();
        RawTable table = TableReader.Read(dir.Write("s.csv", "\uFEFFid;name;n\n\na;\"x;\"\"y\"\"\";\"1,5\"\n\nb;z;2\n"), "s.csv");
        Assert.Equal(["id", "name", "n"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["a", "x;\"y\"", "1,5"], table.Rows[0].Cells);
        Assert.Equal(3, table.Rows[0].Line);
        Assert.Equal(5, table.Rows[1].Line);
    }

    [Fact]
    public void Read_Xlsx_ReadsFirstSheetWithNumbers()
    {
        using var dir = new TempDir();
        string path = dir.File("p.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "a", ["followers"] = 1234.0, ["posts"] = "1 000" },
            new() { ["id"] = "b", ["followers"] = 5.0, ["posts"] = null },
        };
        MiniExcel.SaveAs(path, rows);
        RawTable table = TableReader.Read(path, "p.xlsx");
        Assert.True(table.IsSheet);
        Assert.Equal(["id", "followers", "posts"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(1234.0, table.Rows[0].Numbers![1]);
        Assert.Equal("1 000", table.Rows[0].Cells[2]);
        Assert.Equal("", table.Rows[1].Cells[2]);
    }

    [Fact]
    public void Read_XlsxTextInNumber_SaysRow()
    {
        using var dir = new TempDir();
        string path = dir.File("p.xlsx");
        MiniExcel.SaveAs(path, new List<Dictionary<string, object?>> { new() { ["id"] = "a", ["followers"] = "many", ["posts"] = 1.0 } });
        RawTable table = TableReader.Read(path, "p.xlsx");
        InputException e = Assert.Throws<InputException>(() => PageFileReader.Read(table, [PageFields.Followers], false, null, "en", []));
        Assert.Equal(["p.xlsx, row 2, column 'followers': 'many' is not a number."], e.Messages);
    }

    [Fact]
    public void Read_Windows1251Csv_IsDecoded()
    {
        using var dir = new TempDir();
        string path = dir.File("cp1251.csv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllText(path, "Ид;Название;Подписчики\nа;Атырауская область;\"12 345\"\n", System.Text.Encoding.GetEncoding(1251));
        RawTable table = TableReader.Read(path, "cp1251.csv");
        Assert.Equal(["Ид", "Название", "Подписчики"], table.Headers);
        Assert.Equal(["а", "Атырауская область", "12 345"], table.Rows[0].Cells);
        Assert.Equal(2, table.Rows[0].Line);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Utf16WithSepLine_IsDecodedWithThatSeparator(bool byteOrderMark)
    {
        // Meta Business Suite's page exports: UTF-16 with a first line naming the separator.
        using var dir = new TempDir();
        string path = dir.File("meta.csv");
        byte[] text = System.Text.Encoding.Unicode.GetBytes("sep=,\nИд,Подписчики;всего\nа,\"12 345\"\n");
        File.WriteAllBytes(path, byteOrderMark ? [0xFF, 0xFE, .. text] : text);
        RawTable table = TableReader.Read(path, "meta.csv");
        Assert.Equal(["Ид", "Подписчики;всего"], table.Headers);
        Assert.Equal(["а", "12 345"], table.Rows[0].Cells);
    }

    [Fact]
    public void Read_Utf8BrokenByAStrayByte_NamesLineAndByteAndTheOption()
    {
        using var dir = new TempDir();
        string path = dir.File("mixed.csv");
        byte[] good = System.Text.Encoding.UTF8.GetBytes("Ид;Название\nа;Атырау\n");
        File.WriteAllBytes(path, [.. good, (byte)'b', (byte)';', 0xC0, (byte)'\n']);
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, "mixed.csv"));
        Assert.Equal([$"mixed.csv, line 3, byte {good.Length + 2}: the file is not valid UTF-8, and not cleanly Windows-1251 either; give its encoding with --encoding utf-8, windows-1251 or utf-16."], e.Messages);
    }

    [Fact]
    public void Read_Windows1251WithItsUndefinedByte_IsNotGuessed()
    {
        using var dir = new TempDir();
        string path = dir.File("odd.csv");
        File.WriteAllBytes(path, [.. "id;name\na;"u8, 0xC0, 0x98, (byte)'\n']);
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, "odd.csv"));
        Assert.StartsWith("odd.csv, line 2, byte 10: the file is not valid UTF-8", Assert.Single(e.Messages));
    }

    [Fact]
    public void Read_EncodingGiven_IsUsedWhereDetectionWouldRefuse()
    {
        // "РЁ" in Windows-1251 is D0 A8, which is also UTF-8 (Ш): with other Windows-1251 text the file looks mixed.
        using var dir = new TempDir();
        string path = dir.File("cp1251.csv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllText(path, "id;name\na;РЁ Атырау\n", System.Text.Encoding.GetEncoding(1251));
        Assert.Throws<InputException>(() => TableReader.Read(path, "cp1251.csv"));
        RawTable table = TableReader.Read(path, "cp1251.csv", "windows-1251");
        Assert.Equal(["a", "РЁ Атырау"], table.Rows[0].Cells);
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, "cp1251.csv", "koi8-r"));
        Assert.Equal(["--encoding koi8-r: use utf-8, windows-1251 or utf-16."], e.Messages);
    }

    [Fact]
    public void Read_EncodingUtf8GivenForAWindows1251File_NamesLineAndByteInsteadOfReadingReplacementCharacters()
    {
        using var dir = new TempDir();
        string path = dir.File("cp1251.csv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllText(path, "id;name\na;Atyrau\nb;Атырау\n", System.Text.Encoding.GetEncoding(1251));
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, "cp1251.csv", "utf-8"));
        Assert.Equal(["cp1251.csv, line 3, byte 19: the file is not valid UTF-8 there; give its encoding with --encoding windows-1251 or utf-16 if it is one of them, or save it again as UTF-8."], e.Messages);
    }

    [Fact]
    public void Read_Utf8BrokenPastTheFirstMegabyte_NamesLineAndByte()
    {
        // The encoding is chosen from the first megabyte, which is clean UTF-8; the stray byte after it is found as it is read.
        using var dir = new TempDir();
        string path = dir.File("long.csv");
        var text = new System.Text.StringBuilder("id;name\n");
        int rows = 0;
        while (text.Length < 1_200_000)
        {
            text.Append('p').Append(rows++).Append(";Атырау\n");
        }

        byte[] good = System.Text.Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(path, [.. good, (byte)'x', (byte)';', 0xFF, (byte)'\n']);
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, "long.csv"));
        Assert.Equal([$"long.csv, line {rows + 2}, byte {good.Length + 2}: the file is not valid UTF-8 there; give its encoding with --encoding windows-1251 or utf-16 if it is one of them, or save it again as UTF-8."], e.Messages);
    }

    [Fact]
    public void DetectEncoding_Utf8WithCyrillic_IsUtf8()
    {
        using var dir = new TempDir();
        string path = dir.Write("utf8.csv", "Ид;Название\nа;Атырауская область\n");
        Assert.Equal(65001, TableReader.DetectEncoding(path).CodePage);
    }
}
