using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SocialRank.Formatting;
using SocialRank.Pages;

namespace SocialRank.Cli.Tests.Output;

/// <summary>
/// What the HTML page of <c>socialrank rate</c> says beyond the table: numbers grouped in thousands in the page's language,
/// the <c>--source</c> and <c>--date</c> lines, the full method, a legend of every zone scheme, and what decided between
/// pages with equal totals.
/// </summary>
public class HtmlPageTests
{
    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions];

    private static async Task<IDocument> HtmlAsync(params string[] more)
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", "html", .. more]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return new HtmlParser().ParseDocument(run.Stdout);
    }

    private static IElement Row(IDocument doc, string name)
        => doc.QuerySelectorAll("table.rating tbody tr").Single(r => r.Children[1].TextContent == name);

    [Fact]
    public async Task Html_Followers_AreGroupedInThousandsAsTheLanguageWritesThem()
    {
        // Aktobe's Instagram has 142318 followers in the sample file, first on followers.
        Assert.Equal(142318, SampleData.Pages().Single(p => p.Id == "aktobe-ig").Followers);
        Assert.Equal("142,318 (1)", Row(await HtmlAsync(), "Aktobe Region — Instagram").Children[2].TextContent);
        Assert.Equal("142\u00A0318 (1)", Row(await HtmlAsync("--lang", "ru"), "Актюбинская область — Instagram").Children[2].TextContent);
    }

    [Fact]
    public async Task Markdown_Followers_StayUngrouped()
    {
        Run md = await CliRunner.RunAsync([.. Sample, "--format", "md"]);
        Assert.Contains("| 142318 (1) |", md.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_SourceAndDate_AreALineUnderTheTitle()
    {
        IDocument en = await HtmlAsync("--source", "Popsters & Meta", "--date", "July 2020");
        Assert.Equal("Source: Popsters & Meta · Date: July 2020", en.QuerySelector("h1 + p.source")!.TextContent);
        IDocument ru = await HtmlAsync("--lang", "ru", "--date", "июль 2020");
        Assert.Equal("Дата: июль 2020", ru.QuerySelector("h1 + p.source")!.TextContent);
        Assert.Null((await HtmlAsync()).QuerySelector("p.source"));
    }

    [Theory]
    [InlineData("--source", "md")]
    [InlineData("--date", "table")]
    public async Task Rate_SourceOrDateWithoutHtml_IsBadInput(string option, string format)
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", format, option, "x"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {option} is shown on the HTML page only: give --format html or an --out file ending in .html.\n", run.Stderr);
    }

    [Fact]
    public async Task Help_Rate_DocumentsSourceDateAndTheHtmlPage()
    {
        Run run = await CliRunner.RunAsync("rate", "--help");
        Assert.Contains("--source <TEXT>", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--date <TEXT>", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("HTML page (--format html, or --out rating.html)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_Method_ListsEveryIndicatorWithDirectionWeightPrecisionAndRounding()
    {
        IDocument doc = await HtmlAsync();
        IElement[] rows = [.. doc.QuerySelectorAll("table.method tbody tr")];
        Assert.Equal(ArticleIndicators.All.Count, rows.Length);
        for (int j = 0; j < rows.Length; j++)
        {
            Indicators.Indicator<PageStats> indicator = ArticleIndicators.All[j];
            Assert.Equal(
                [indicator.Name, LabelSet.English.HigherIsBetter, "1", RatingTables.PrecisionName(indicator.Precision, LabelSet.English), LabelSet.English.MissingRankLast],
                rows[j].Children.Select(c => c.TextContent));
        }

        Assert.Contains("half away from zero", rows[3].Children[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("Ties: min on indicators, min on the total; tie-breakers: none (equal totals share the place).", doc.QuerySelector("ul.method li")!.TextContent);
    }

    [Fact]
    public async Task Html_Legend_DescribesEveryZoneScheme()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """
            { "zones": [
                { "name": "final table", "places": [ { "count": 3, "zone": "top", "colour": "#2e7d32" }, { "count": 1, "zone": "fourth", "colour": "#ffffff" } ],
                  "rest": { "zone": "rest", "colour": "#9e9e9e" } },
                { "name": "reach", "on": "followers-percent-of-population", "thresholds": [
                    { "below": 5, "zone": "low", "colour": "#e53935" }, { "atLeast": 5, "below": 10, "zone": "mid", "colour": "#ffffff" }, { "atLeast": 10, "zone": "high", "colour": "#43a047" } ],
                  "missing": { "zone": "unknown", "colour": "#9e9e9e" } },
                { "name": "by total", "on": "total", "thresholds": [ { "atMost": 1500, "zone": "fine", "colour": "#ffffff" }, { "above": 1500, "zone": "poor", "colour": "#000000" } ] } ] }
            """);
        IDocument doc = await HtmlAsync("--method", method);

        Assert.Equal(
            ["final table: by final place; pages that share a place share its zone.", "reach: by the value of 'followers, % of population', as compared and shown.", "by total: by the total."],
            doc.QuerySelectorAll("p.scheme").Select(p => p.TextContent));
        Assert.Equal(
            ["top: places 1–3", "fourth: place 4", "rest: place 5 and below",
             "low: < 5", "mid: ≥ 5 and < 10", "high: ≥ 10", "unknown: no value",
             "fine: ≤ 1,500", "poor: > 1,500"],
            doc.QuerySelectorAll("ul.zones li").Select(li => li.TextContent));
        Assert.All(doc.QuerySelectorAll("ul.zones li"), li => Assert.NotNull(li.QuerySelector(".swatch[style^='background:#']")));
    }

    [Fact]
    public async Task Html_EqualTotals_SayWhatDecided()
    {
        // The sample's three pages on 42 share fourth place under the default method ...
        string[] at42 = ["Aktobe Region — Instagram", "Almaty Region — Instagram", "West Kazakhstan Region — Instagram"];
        IElement shared = (await HtmlAsync()).QuerySelectorAll("ul.equal-totals li").Single(li => li.TextContent.StartsWith("Total 42:", StringComparison.Ordinal));
        Assert.All(at42, name => Assert.Contains($"{name} ({LabelSet.English.SharedPlace})", shared.TextContent, StringComparison.Ordinal));

        // ... and the tie-breaker decides between them when the method has one.
        using var dir = new TempDir();
        string method = dir.Write("method.json", """{ "tieBreakers": ["engaged-users"] }""");
        IElement broken = (await HtmlAsync("--method", method)).QuerySelectorAll("ul.equal-totals li").Single(li => li.TextContent.StartsWith("Total 42:", StringComparison.Ordinal));
        string decided = string.Format(LabelSet.English.DecidedByTieBreaker, ArticleIndicators.EngagedUsersName);
        Assert.All(at42, name => Assert.Contains($"{name} ({decided})", broken.TextContent, StringComparison.Ordinal));
    }
}
