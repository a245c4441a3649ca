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
    public void Write_Chart_HasOneBarPerRowScaledToTheLargestTotal()
    {
        IDocument doc = Render(TestViews.Small());
        IElement[] bars = doc.QuerySelectorAll(".chart .bar").ToArray();
        Assert.Equal(3, bars.Length);
        Assert.StartsWith("width:35%", bars[0].GetAttribute("style"));
        Assert.StartsWith("width:70%", bars[2].GetAttribute("style"));
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
