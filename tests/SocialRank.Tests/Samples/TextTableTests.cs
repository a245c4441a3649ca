using SocialRank.Sample;

namespace SocialRank.Tests.Samples;

/// <summary>The sample's table writer (samples/SocialRank.Sample/TextTable.cs).</summary>
public class TextTableTests
{
    private static TextTable Table()
    {
        var table = new TextTable(("place", true), ("page", false), ("value", true));
        table.Add("1", "Atyrau Region — Instagram", "17.37");
        table.Add("10", "A|B", "5");
        return table;
    }

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void WriteText_Columns_AlignedTwoSpacesApartNumbersRight()
    {
        string text = Write(Table().WriteText);

        Assert.Equal(
            "place  page                       value\n" +
            "-----  -------------------------  -----\n" +
            "    1  Atyrau Region — Instagram  17.37\n" +
            "   10  A|B                            5\n",
            text);
    }

    [Fact]
    public void WriteMarkdown_Pipe_IsEscapedAndNumbersRightAligned()
    {
        string text = Write(Table().WriteMarkdown);

        Assert.Equal(
            "| place | page | value |\n" +
            "| ---: | --- | ---: |\n" +
            "| 1 | Atyrau Region — Instagram | 17.37 |\n" +
            "| 10 | A\\|B | 5 |\n",
            text);
    }

    [Fact]
    public void Add_WrongCellCount_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Table().Add("1", "x"));

        Assert.StartsWith("A row needs 3 cells but has 2.", e.Message, StringComparison.Ordinal);
    }
}
