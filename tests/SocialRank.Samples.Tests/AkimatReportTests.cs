using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Sample;

namespace SocialRank.Samples.Tests;

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

        Assert.Contains("  East Kazakhstan Region — Facebook: Registered as a personal account, not an official page", lines);
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

    [Fact]
    public void Write_Russian_TablesAndMethodUseTheLibrarysRussianLabels()
    {
        string[] lines = Print(SampleLanguage.Russian);

        Assert.Contains(lines, l => l.StartsWith("Место  Страница", StringComparison.Ordinal) && l.TrimEnd().EndsWith("Значение", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("142\u00A0318", StringComparison.Ordinal));
        Assert.Contains("Показатели:", lines);
        Assert.Contains("  Восточно-Казахстанская область — Facebook: Зарегистрирована как личный аккаунт, а не официальная страница", lines);
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
