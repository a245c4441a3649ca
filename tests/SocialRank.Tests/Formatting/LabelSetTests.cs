using System.Reflection;
using System.Text.RegularExpressions;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Tests.Formatting;

public class LabelSetTests
{
    private static readonly PropertyInfo[] Labels = [.. typeof(LabelSet).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string))];

    public static TheoryData<string> Languages() => [.. LabelSet.All.Select(l => l.Language)];

    [Fact]
    public void All_ShipsEnglishAndRussian()
    {
        Assert.Equal(["en", "ru"], LabelSet.All.Select(l => l.Language).Order());
        Assert.Same(LabelSet.Russian, LabelSet.Find("RU"));
        Assert.Null(LabelSet.Find("xx"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLabel_ExistsAndIsNonEmpty_WithTheEnglishPlaceholders(string language)
    {
        LabelSet labels = LabelSet.Find(language)!;
        Assert.NotNull(labels.Numbers);
        Assert.True(labels.Numbers.IsReadOnly);
        foreach (PropertyInfo label in Labels)
        {
            string text = (string)label.GetValue(labels)!;
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: {label.Name} is empty");
            Assert.Equal(Placeholders((string)label.GetValue(LabelSet.English)!), Placeholders(text));
        }
    }

    [Fact]
    public void Russian_DiffersFromEnglishInEveryWord()
    {
        foreach (PropertyInfo label in Labels.Where(l => l.Name is not ("Language" or "TieBreakerTemplate" or "TieBreakerSeparator")))
        {
            Assert.NotEqual(label.GetValue(LabelSet.English), label.GetValue(LabelSet.Russian));
        }
    }

    private static RatingResult<PageStats> ThreeRussianPages() => RatingMethod.ForPageStats().AddRange(ArticleIndicators.All)
        .AddZones(ArticleZones.FinalTable(ArticleZoneNames.Russian))
        .Build().Evaluate([new PageStats("a") { Name = "А", Followers = 10, Posts = 1, Likes = 1, EngagedUsers = 1, Population = 100 },
            new PageStats("b") { Name = "Б", Followers = 10, Posts = 1, Likes = 1, EngagedUsers = 1, Population = 100 },
            new PageStats("c") { Name = "В", ExclusionReason = "личный аккаунт" }]);

    /// <summary>Every rendering of the library in <paramref name="labels"/>: text, Markdown, CSV, and each page's explanation.</summary>
    private static IEnumerable<string> Renderings(LabelSet labels)
    {
        RatingResult<PageStats> result = ThreeRussianPages();
        RatingTable table = RatingTables.Final(result, new RatingTableOptions { Labels = labels, Interactions = InteractionKinds.All });
        return [TableWriter.ToText(table), TableWriter.ToMarkdown(table), TableWriter.ToCsv(table),
            TableWriter.ToText(RatingTables.ForIndicator(result, 0, new RatingTableOptions { Labels = labels })),
            .. new[] { "a", "b", "c" }.Select(id => RatingTables.Explain(result, id, labels))];
    }

    // The indicators' own names are the method's (English here), not labels; they are data, as the page names are.
    private static readonly string[] IndicatorNames = [.. ArticleIndicators.All.Select(i => i.Name)];

    [Fact]
    public void RussianRenderings_TextMarkdownCsvAndExplanations_HaveNoEnglishScaffolding()
    {
        foreach (string output in Renderings(LabelSet.Russian))
        {
            Assert.True(EnglishScaffolding.Library.Describe(output, IndicatorNames) is null, EnglishScaffolding.Library.Describe(output, IndicatorNames));
            Assert.Matches("[А-Яа-я]", output.Replace("личный аккаунт", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EnglishRenderings_TheCheckFindsTheirScaffolding()
    {
        Assert.All(Renderings(LabelSet.English), output => Assert.NotEmpty(EnglishScaffolding.Library.Find(output, IndicatorNames)));
        Assert.Equal(["Total", "n/a"], EnglishScaffolding.Library.Find("Место Total, н/д n/a; min (ordinal) Instagram akmola-ig"));
    }

    [Fact]
    public void ScaffoldingWords_AreTheEnglishLabelsWords_LessThoseRussianUsesToo()
    {
        IReadOnlySet<string> words = EnglishScaffolding.Library.Words;
        Assert.All(["place", "page", "total", "shared", "input", "order", "excluded", "higher", "decimals", "n/a", "likes", "none", "weight", "missing", "ranked"],
            w => Assert.True(words.Contains(w), w));
        Assert.All(["min", "max", "average", "dense", "ordinal"], w => Assert.False(words.Contains(w), w));
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];
}
