using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class TextRendererTests
{
    [Fact]
    public void CsvRenderer_FormulaName_IsDefusedAndQuoted()
    {
        var writer = new StringWriter();
        CsvRenderer.Write(TestViews.Small(), writer);
        string[] lines = writer.ToString().Split("\r\n");
        Assert.Equal("place,id,name,followers,followers place,ER,ER place,total,zone", lines[0]);
        Assert.Equal("1,a,<script>alert(1)</script>,1000,1,2.5,2,3,Leaders", lines[1]);
        Assert.Equal("1,b,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",500,2,3.125,1,3,Leaders", lines[2]);
        Assert.Equal("3,c,Page | C,,3,1,3,6,Red zone", lines[3]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("plain", "plain")]
    public void CsvRenderer_Text_DefusesFormulaStarts(string value, string expected)
        => Assert.Equal(expected, CsvRenderer.Text(value));

    [Fact]
    public void MarkdownRenderer_Names_AreEscaped()
    {
        var writer = new StringWriter();
        MarkdownRenderer.Write(TestViews.Small(), writer);
        string text = writer.ToString();
        Assert.Contains("| 1 | &lt;script&gt;alert(1)&lt;/script&gt; | 1,000 (1) | 2.50 (2) | 3 | Leaders |", text);
        Assert.Contains("| 3 | Page \\| C | missing (3) | 1.00 (3) | 6 | Red zone |", text);
        Assert.Contains("| ---: | --- | ---: | ---: | ---: | --- |", text);
    }

    [Fact]
    public void PlainTextRenderer_Columns_AreAligned()
    {
        var writer = new StringWriter();
        PlainTextRenderer.Write(TestViews.Small(), writer);
        string[] lines = writer.ToString().Split(Environment.NewLine);
        Assert.Equal("Test <rating>", lines[0]);
        string[] table = lines[2..6];
        int totalColumn = table[0].IndexOf("Total", StringComparison.Ordinal);
        Assert.All(table, line => Assert.DoesNotContain('\u001b', line));
        // Widths: the longest name, =HYPERLINK("http://evil","x") (29), "missing (3)" (11), "2.50 (2)" (8), "Total" (5); the last column is not padded.
        Assert.Equal("Place  " + "Page".PadRight(29) + "  " + "followers".PadLeft(11) + "  " + "ER".PadLeft(8) + "  Total  Zone", table[0]);
        Assert.Equal("3".PadLeft(5) + "  " + "Page | C".PadRight(29) + "  missing (3)  1.00 (3)  " + "6".PadLeft(5) + "  Red zone", table[3]);
        Assert.True(totalColumn > 0);
    }

    [Fact]
    public void ConsoleTableRenderer_Terminal_ColoursZones()
    {
        var writer = new StringWriter();
        ConsoleTableRenderer.Write(TestViews.Small(), writer, 160);
        string text = writer.ToString();
        Assert.Contains("\u001b[", text);
        Assert.Contains("48;2;46;125;50", text);
        Assert.Contains("48;2;229;57;53", text);
        Assert.Contains("<script>alert(1)</script>", text);
    }
}
