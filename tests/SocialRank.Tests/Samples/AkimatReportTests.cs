using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Sample;
using SocialRank.Ranking;

namespace SocialRank.Tests.Samples;

/// <summary>The sample's printed tables and written files (samples/SocialRank.Sample/AkimatReport.cs).</summary>
public class AkimatReportTests
{
    private static readonly IReadOnlyList<SamplePage> Pages = SampleData.Load();

    private static string[] Print(SampleLanguage language)
    {
        var writer = new StringWriter { NewLine = "\n" };
        AkimatReport.Write(writer, AkimatRating.Rate(Pages, language), language);
        return writer.ToString().Split('\n');
    }

    [Fact]
    public void Write_English_SixIndicatorTablesAndTheFinalTableEachWithTheReconstructionNotice()
    {
        string[] lines = Print(SampleLanguage.English);

        Assert.Equal(6, lines.Count(l => l.StartsWith("Table ", StringComparison.Ordinal)));
        Assert.Single(lines, "Final table");
        // The heading and each of the seven tables.
        Assert.Equal(8, lines.Count(l => l == SampleData.ReconstructionNoticeEnglish));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("Table ", StringComparison.Ordinal) || lines[i] == "Final table")
            {
                Assert.Equal(SampleData.ReconstructionNoticeEnglish, lines[i + 1]);
            }
        }
    }

    [Fact]
    public void Write_English_TablesListEveryRatedPageOnceAndNotTheExcludedOne()
    {
        string[] lines = Print(SampleLanguage.English);

        foreach (SamplePage page in Pages)
        {
            int expected = page.IsEligible ? 7 : 0;
            Assert.Equal(expected, lines.Count(l => l.Contains("  " + page.NameEnglish + "  ", StringComparison.Ordinal)));
        }

        Assert.Contains("Excluded (no place): East Kazakhstan Region — Facebook. Reason: Registered as a personal account, not an official page.", lines);
    }

    [Fact]
    public void Write_Russian_NamesHeadingsAndNoticeInRussian()
    {
        string[] lines = Print(SampleLanguage.Russian);

        Assert.Single(lines, "Итоговая таблица");
        Assert.Equal(8, lines.Count(l => l == SampleData.ReconstructionNoticeRussian));
        Assert.Contains(lines, l => l.Contains("Атырауская область — Instagram", StringComparison.Ordinal) && l.EndsWith("Лидеры", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Atyrau", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteFiles_TempFolder_WritesFinalMarkdownAndTheLibrarysCsv()
    {
        string dir = Path.Combine(Path.GetTempPath(), "socialrank-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            RatingResult<PageStats> result = AkimatRating.Rate(Pages, SampleLanguage.English);
            (string md, string csv) = AkimatReport.WriteFiles(dir, result, SampleLanguage.English);

            Assert.Equal(Path.Combine(dir, "final.md"), md);
            string markdown = File.ReadAllText(md);
            Assert.Contains("**" + SampleData.ReconstructionNoticeEnglish + "**", markdown, StringComparison.Ordinal);
            Assert.Contains("| 1 | Atyrau Region — Instagram |", markdown, StringComparison.Ordinal);
            Assert.Equal(2 + 25, markdown.Split('\n').Count(l => l.StartsWith('|')));

            string[] rows = File.ReadAllLines(csv);
            Assert.StartsWith("final place,id,name,", rows[0], StringComparison.Ordinal);
            Assert.Equal(1 + 25 + 1, rows.Length);
            Assert.StartsWith("1,atyrau-ig,", rows[1], StringComparison.Ordinal);
            Assert.Contains(rows, r => r.StartsWith(",east_kazakhstan-fb,", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(142_318.0, 0, SampleLanguage.English, "142,318")]
    [InlineData(142_318.0, 0, SampleLanguage.Russian, "142 318")]
    [InlineData(17.3702, 2, SampleLanguage.Russian, "17,37")]
    [InlineData(0.125, 2, SampleLanguage.English, "0.13")]
    [InlineData(0.375, 2, SampleLanguage.English, "0.38")]
    [InlineData(1.25, 1, SampleLanguage.English, "1.3")]
    [InlineData(double.NaN, 2, SampleLanguage.English, "-")]
    public void FormatValue_Precision_RoundsHalfAwayFromZeroAsTheLibraryCompares(double value, int precision, SampleLanguage language, string expected)
    {
        Assert.Equal(expected, AkimatReport.FormatValue(value, Precision.Decimals(precision), language));
    }

    [Theory]
    [InlineData(4.0, "4")]
    [InlineData(4.5, "4.5")]
    [InlineData(double.NaN, "-")]
    public void FormatPlace_WholeAndHalfPlaces_WithoutTrailingZeros(double place, string expected)
    {
        Assert.Equal(expected, AkimatReport.FormatPlace(place));
    }
}
