using System.Text.Json;
using PuppeteerSharp;

namespace SocialRank.Cli.Tests.Browser;

/// <summary>
/// The HTML page as a reader's browser shows it (headless Chromium, <see cref="Chromium"/>): at a desktop width (1400 px)
/// and a phone's (400 px) the page never scrolls sideways (the table scrolls in its own box, the chart keeps its shape),
/// every text outside the chart meets WCAG AA contrast on its background, Cyrillic is drawn in real glyphs, and hostile
/// names stay text. Each page is written by the built tool as a process: the sample in English and Russian, and a page
/// with hostile names under a method with every kind of zone scheme in awkward colours.
/// </summary>
public sealed class HtmlPageBrowserTests(HtmlPageFixture pages) : IClassFixture<HtmlPageFixture>
{
    /// <summary>The page names and viewport widths of the layout and contrast theories.</summary>
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (string page in HtmlPageFixture.Pages)
        {
            data.Add(page, 1400);
            data.Add(page, 400);
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_DoesNotScrollSidewaysAndTheChartKeepsItsShape(string name, int width)
    {
        using JsonDocument layout = await MeasureAsync(name, width, PageScripts.Layout);
        JsonElement root = layout.RootElement;

        int scrollWidth = root.GetProperty("scrollWidth").GetInt32(), clientWidth = root.GetProperty("clientWidth").GetInt32();
        Assert.True(scrollWidth <= clientWidth, $"{name} at {width} px scrolls sideways: scrollWidth {scrollWidth} > clientWidth {clientWidth}.");
        Assert.Equal(width, clientWidth);
        JsonElement[] boxes = [.. root.GetProperty("boxes").EnumerateArray()];
        Assert.Equal(2, boxes.Length); // the rating and the method table
        Assert.All(boxes, box => Assert.Equal("auto", box.GetProperty("overflowX").GetString()));
        if (width == 400)
        {
            // The table is wider than a phone: it scrolls inside its box rather than being cut or squeezed.
            JsonElement rating = boxes[0];
            Assert.True(rating.GetProperty("scrollWidth").GetInt32() > rating.GetProperty("clientWidth").GetInt32(), "At 400 px the rating table should scroll inside its box.");
        }

        JsonElement chart = root.GetProperty("chart");
        double chartWidth = chart.GetProperty("width").GetDouble(), chartHeight = chart.GetProperty("height").GetDouble();
        double aspect = chart.GetProperty("viewBoxHeight").GetDouble() / chart.GetProperty("viewBoxWidth").GetDouble();
        Assert.True(chartWidth >= 600, $"The chart is {chartWidth} px wide at {width} px: collapsed.");
        Assert.InRange(chartHeight / chartWidth, aspect * 0.98, aspect * 1.02);
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_EveryTextMeetsWcagAAContrastOnItsBackground(string name, int width)
    {
        using JsonDocument texts = await MeasureAsync(name, width, PageScripts.Contrast);
        JsonElement[] all = [.. texts.RootElement.EnumerateArray()];

        string[] failing = [.. all.Where(t => t.GetProperty("ratio").GetDouble() < 4.5).Select(t =>
            $"{t.GetProperty("tag").GetString()} '{t.GetProperty("text").GetString()}': {t.GetProperty("color").GetString()} on {t.GetProperty("background").GetString()} = {t.GetProperty("ratio").GetDouble():0.00}")];
        Assert.True(failing.Length == 0, $"{name} at {width} px: {failing.Length} texts below 4.5:1:\n{string.Join("\n", failing)}");

        // Not vacuous: every cell of the 25 rows with text was measured, many of them on zone colours.
        JsonElement[] cells = [.. all.Where(t => t.GetProperty("tag").GetString() == "td")];
        Assert.True(cells.Length >= 25 * 9, $"only {cells.Length} cells measured");
        Assert.True(cells.Count(t => t.GetProperty("background").GetString() != "rgb(255, 255, 255)") >= 15, "too few cells on a zone colour were measured");
    }

    [BrowserFact]
    public async Task RussianPage_Cyrillic_IsDrawnInRealGlyphsNotMissingGlyphBoxes()
    {
        using JsonDocument measured = await MeasureAsync("sample-ru", 1400, PageScripts.CyrillicWidths);
        double missing = measured.RootElement.GetProperty("missingGlyph").GetDouble();
        (string Letter, double Width)[] letters = [.. measured.RootElement.GetProperty("letters").EnumerateArray()
            .Select(l => (l.GetProperty("letter").GetString()!, l.GetProperty("width").GetDouble()))];

        Assert.True(letters.Length >= 20, $"only {letters.Length} Cyrillic letters in the table");
        string[] boxes = [.. letters.Where(l => Math.Abs(l.Width - missing) < 0.01).Select(l => l.Letter)];
        Assert.True(boxes.Length == 0, $"drawn as missing-glyph boxes ({missing:0.0} px for ten): {string.Join(" ", boxes)}");
        Assert.True(letters.Select(l => Math.Round(l.Width, 1)).Distinct().Count() >= 5, "Cyrillic letters all have nearly one width: not a real font");
    }

    [BrowserFact]
    public async Task HostilePage_ScriptAndImageNames_StayText()
    {
        using JsonDocument found = await MeasureAsync("hostile", 1400, PageScripts.Hostile);
        JsonElement root = found.RootElement;

        Assert.Equal(0, root.GetProperty("scripts").GetInt32());
        Assert.Equal(0, root.GetProperty("images").GetInt32());
        Assert.Equal(0, root.GetProperty("handlers").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("xss").ValueKind);
        string[] names = [.. root.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)];
        Assert.Contains(HtmlPageFixture.ScriptName, names);
        Assert.Contains(HtmlPageFixture.ImageName, names);
        Assert.Contains(HtmlPageFixture.LongName, names);
        string[] chart = [.. root.GetProperty("chartTexts").EnumerateArray().Select(n => n.GetString()!)];
        Assert.Contains(chart, t => t.EndsWith(". " + HtmlPageFixture.ScriptName, StringComparison.Ordinal));
        Assert.Contains(chart, t => t.EndsWith(". " + HtmlPageFixture.ImageName, StringComparison.Ordinal));
        Assert.Contains(HtmlPageFixture.ScriptSource, root.GetProperty("source").GetString());
        Assert.Contains("<b>today</b>", root.GetProperty("source").GetString());
        Assert.Contains(root.GetProperty("legend").EnumerateArray(), li => li.GetString()!.StartsWith(HtmlPageFixture.ScriptZone, StringComparison.Ordinal));
    }

    private async Task<JsonDocument> MeasureAsync(string name, int width, string script)
    {
        IPage page = await pages.OpenAsync(name, width);
        try
        {
            return JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(script));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
