using SocialRank.Cli.Input;

namespace SocialRank.Cli.Tests.Input;

/// <summary>
/// The pages file's plain numbers (<see cref="CsvSource.TryPlainNumber"/>) arrive as numbers without their text: the
/// tool's result must be the one it gives when the same numbers go through the text parser.
/// </summary>
public class PlainNumberTests
{
    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("7", true, 7)]
    [InlineData("1234", true, 1234)]
    [InlineData("999999999999999", true, 999999999999999)]
    [InlineData("1000000000000000", false, 0)] // 16 digits: left to the text parser
    [InlineData("007", false, 0)] // a leading zero: an id like 007 keeps its text
    [InlineData("00", false, 0)]
    [InlineData("", false, 0)]
    [InlineData(" 12", false, 0)]
    [InlineData("12 ", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData("1.5", false, 0)]
    [InlineData("1,5", false, 0)]
    [InlineData("1e3", false, 0)]
    [InlineData("١٢", false, 0)] // Arabic-Indic digits are not ASCII digits
    public void TryPlainNumber_TakesOnlyShortAsciiWholeNumbersWithoutLeadingZeros(string cell, bool plain, double expected)
    {
        Assert.Equal(plain, CsvSource.TryPlainNumber(cell, out double value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public async Task Rate_PlainNumbers_GiveTheResultOfTheSameNumbersReadAsText()
    {
        // The same pages twice: numbers plain, then each padded with spaces (which only the text parser reads). Ids and
        // names that are numbers, with and without leading zeros and beyond 15 digits, must come out as written; a zero
        // population and a negative count must be refused with the cell's text either way.
        const string Header = "id,name_en,region,followers,posts,likes,comments,shares,saves,engaged_users,population\n";
        string[] rows =
        [
            "0,2020,r1,1000,10,50,5,1,0,40,100000",
            "007,Page,r1,2500,30,0,7,0,0,120,100000",
            "123456789012345,12,r2,999999999999999,12,75,2,3,4,55,200000",
            "1234567890123456,0012,r2,1234567890123456,25,410,20,9,6,300,200000",
            "42,Forty-two,r3,1800,25,410,20,9,6,300,300000",
        ];
        static string Padded(string row) => string.Join(",", row.Split(',').Select((cell, i) => i < 3 ? cell : " " + cell + " "));
        using var dir = new TempDir();
        string plain = dir.Write("plain.csv", Header + string.Join("\n", rows) + "\n");
        string text = dir.Write("text.csv", Header + string.Join("\n", rows.Select(Padded)) + "\n");

        Run fromPlain = await CliRunner.RunAsync("rate", plain, "--format", "json");
        Run fromText = await CliRunner.RunAsync("rate", text, "--format", "json");
        Assert.Equal(0, fromPlain.ExitCode);
        Assert.Equal(fromText.Stdout.Replace("text.csv", "plain.csv", StringComparison.Ordinal), fromPlain.Stdout);
        foreach (string id in new[] { "\"0\"", "\"007\"", "\"123456789012345\"", "\"1234567890123456\"", "\"0012\"", "\"2020\"" })
        {
            Assert.Contains(id, fromPlain.Stdout, StringComparison.Ordinal);
        }

        string bad = dir.Write("bad.csv", Header + "a,A,r1,10,1,1,1,1,1,1,0\nb,B,r1,-5,1,1,1,1,1,1,10\n");
        Run refused = await CliRunner.RunAsync("rate", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("'0'", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("'-5' is negative", refused.Stderr, StringComparison.Ordinal);
    }
}
