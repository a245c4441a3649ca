using SocialRank.Cli.Output;
using SocialRank.Pages;

namespace SocialRank.Cli.Tests.Output;

public class ContrastTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)] // the lightest grey that passes AA on white, as WCAG tools give it
    [InlineData("#777777", "#ffffff", 4.48)] // one step lighter fails
    [InlineData("#ffffff", "#e53935", 4.23)] // white on the article's red: below AA
    public void Ratio_KnownPairs_AreTheWcagValues(string text, string background, double expected)
        => Assert.Equal(expected, Contrast.Ratio(text, background), 2);

    [Fact]
    public void TextOn_EveryColour_MeetsAA()
    {
        // Every #rgb colour and the article's zone colours: black or white text always reaches 4.5:1.
        IEnumerable<string> colours = Enumerable.Range(0, 4096).Select(i => $"#{i:x3}")
            .Concat([ArticleZones.LeadersColor, ArticleZones.WhiteColor, ArticleZones.YellowColor, ArticleZones.OrangeColor, ArticleZones.RedColor, ArticleZones.GreenColor]);
        foreach (string colour in colours)
        {
            double ratio = Contrast.Ratio(Contrast.TextOn(colour), colour);
            Assert.True(ratio >= Contrast.AA, $"{Contrast.TextOn(colour)} on {colour}: {ratio:0.00}");
        }
    }

    [Fact]
    public void TextOn_ArticleRed_IsBlackNotWhite()
        => Assert.Equal(Contrast.Black, Contrast.TextOn(ArticleZones.RedColor));
}
