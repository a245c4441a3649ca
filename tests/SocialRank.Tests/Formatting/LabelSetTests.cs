using System.Reflection;
using System.Text.RegularExpressions;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;

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

    [Fact]
    public void RussianTable_TextMarkdownAndCsv_HaveNoEnglishScaffolding()
    {
        RatingResult<PageStats> result = RatingMethod.ForPageStats().AddRange(ArticleIndicators.All)
            .Build().Evaluate([new PageStats("a") { Name = "А", Followers = 10, Posts = 1, Likes = 1, EngagedUsers = 1, Population = 100 },
                new PageStats("b") { Name = "Б", Followers = 10, Posts = 1, Likes = 1, EngagedUsers = 1, Population = 100 },
                new PageStats("c") { Name = "В", ExclusionReason = "личный аккаунт" }]);
        RatingTable table = RatingTables.Final(result, new RatingTableOptions { Labels = LabelSet.Russian, Interactions = InteractionKinds.All });
        var english = new Regex(@"\b(place|page|total|excluded|ties|higher|lower|missing|rank|decimals?|weight|exact|half|decided|shared|input order|interactions|likes|comments|shares|saves|indicators|value|zone|none)\b|n/a", RegexOptions.IgnoreCase);
        foreach (string output in new[] { TableWriter.ToText(table), TableWriter.ToMarkdown(table), TableWriter.ToCsv(table) })
        {
            // The indicators' own names are the method's (English here), not labels.
            string scaffolding = result.Method.Indicators.Aggregate(output, (text, w) => text.Replace(w.Indicator.Name, "", StringComparison.Ordinal));
            Assert.DoesNotMatch(english, scaffolding);
        }
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];
}
