using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class HtmlRendererTests
{
    private static IDocument Render(Formatting.RatingTable view)
    {
        var writer = new StringWriter();
        HtmlRenderer.Write(view, writer);
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    [Fact]
    public void Write_ScriptName_AppearsAsTextNotElement()
    {
        IDocument doc = Render(TestViews.Small());
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("b, i, rating"));
        IElement cell = doc.QuerySelectorAll("table.rating tbody tr")[0].Children[1];
        Assert.Equal("<script>alert(1)</script>", cell.TextContent);
        Assert.Equal("Test <rating>", doc.Title);
        Assert.Contains("<b>D</b> (d): Personal account & <i>more</i>", doc.QuerySelector("ul.excluded")!.TextContent);
    }

    [Fact]
    public void Write_Rows_ColouredByZone()
    {
        IDocument doc = Render(TestViews.Small());
        IHtmlCollection<IElement> rows = doc.QuerySelectorAll("table.rating tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Contains("background:#2e7d32", rows[0].GetAttribute("style"));
        Assert.Contains("background:#e53935", rows[2].GetAttribute("style"));
        Assert.Equal(["Leaders", "Leaders", "Red zone"], rows.Select(r => r.Children[^1].TextContent));
    }

    [Fact]
    public void Write_Chart_IsInlineVectorSvgWithOneBarPerRowScaledToItsTotal()
    {
        Formatting.RatingTable view = TestViews.Small();
        IDocument doc = Render(view);
        IElement svg = Assert.Single(doc.QuerySelectorAll("figure.chart svg"));
        Assert.Matches(@"^0 0 \d+ \d+$", svg.GetAttribute("viewBox"));
        Assert.Empty(doc.QuerySelectorAll("figure.chart image, figure.chart img, figure.chart canvas"));

        // Each row's bar, in its zone's colour, as long as its total (both scale from the same axis origin).
        double[] totals = [.. view.Rows.Select(HtmlRenderer.Total)];
        IElement[] bars = [.. svg.QuerySelectorAll("rect[fill]")
            .Where(r => view.RowZones.Any(z => string.Equals(r.GetAttribute("fill"), z.Color, StringComparison.OrdinalIgnoreCase)))
            .Where(r => Width(r) > 30)];
        Assert.Equal(view.Rows.Count, bars.Length);
        Assert.Equal(view.Rows.Select(r => r.Zone!.Color.ToUpperInvariant()), bars.Select(r => r.GetAttribute("fill")!.ToUpperInvariant()));
        Assert.InRange(Width(bars[0]) / Width(bars[2]), (totals[0] / totals[2]) - 0.01, (totals[0] / totals[2]) + 0.01);

        // Names are SVG text, escaped: the script name is text of a text element, not an element.
        string[] texts = [.. svg.QuerySelectorAll("text").Select(t => t.TextContent.Trim())];
        Assert.Contains("1. <script>alert(1)</script>", texts);
        Assert.Contains("3. Page | C", texts);
        Assert.Empty(doc.QuerySelectorAll("script"));

        static double Width(IElement rect) => double.Parse(rect.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Write_EveryZoneColour_HasTheTextColourOfMostContrast()
    {
        IDocument doc = Render(TestViews.Small());
        IElement[] coloured = [.. doc.QuerySelectorAll("table.rating [style]")];
        Assert.NotEmpty(coloured);
        foreach (IElement element in coloured)
        {
            string style = element.GetAttribute("style")!;
            string background = System.Text.RegularExpressions.Regex.Match(style, "background:(#[0-9a-f]{6})").Groups[1].Value;
            string text = System.Text.RegularExpressions.Regex.Match(style, "(?<!-)color:(#[0-9a-f]{6})").Groups[1].Value;
            Assert.True(Contrast.Ratio(text, background) >= Contrast.AA, $"{style}: {Contrast.Ratio(text, background):0.00}");
        }
    }

    [Fact]
    public void Write_Page_IsSelfContained()
    {
        IDocument doc = Render(TestViews.Small());
        Assert.Empty(doc.QuerySelectorAll("link, img, iframe, object, embed"));
        Assert.Empty(doc.QuerySelectorAll("[src]"));
        Assert.Equal("Ties: min on indicators, min on the total; tie-breakers: none (equal totals share the place).", doc.QuerySelector("ul.method li")!.TextContent);
    }

    [Theory]
    [InlineData("#2e7d32", "#2e7d32")]
    [InlineData("#ABC", "#aabbcc")]
    [InlineData("red;background:url(x)", "#9e9e9e")]
    [InlineData("\"><script>", "#9e9e9e")]
    public void Hex_AnyInput_GivesOnlyHexDigits(string colour, string expected)
        => Assert.Equal(expected, HtmlRenderer.Hex(colour));
}
