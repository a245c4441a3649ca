using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class ChartRendererTests
{
    [Fact]
    public void RenderPng_Decodes_WithTheStatedSize()
    {
        byte[] png = ChartRenderer.RenderPng(TestViews.Small());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(ChartRenderer.Width, bitmap.Width);
        Assert.Equal(ChartRenderer.Height(3), bitmap.Height);
    }

    [Fact]
    public void RenderPng_Bars_UseZoneColours()
    {
        byte[] png = ChartRenderer.RenderPng(TestViews.Small());
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(png);
        var colours = new HashSet<(byte, byte, byte)>();
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SkiaSharp.SKColor c = bitmap.GetPixel(x, y);
                colours.Add((c.Red, c.Green, c.Blue));
            }
        }

        Assert.Contains(((byte)0x2e, (byte)0x7d, (byte)0x32), colours);
        Assert.Contains(((byte)0xe5, (byte)0x39, (byte)0x35), colours);
    }
}

/// <summary>Charts of many pages: the top and bottom bars with a note, never a crash or an image of a bar per page.</summary>
public class ManyPagesChartTests
{
    [Fact]
    public void DrawnRows_UpToTheLimit_All_Else_TopAndBottomHalves()
    {
        Assert.Equal(Enumerable.Range(0, 25), ChartRenderer.DrawnRows(25));
        Assert.Equal(Enumerable.Range(0, ChartRenderer.MaxBars), ChartRenderer.DrawnRows(ChartRenderer.MaxBars));
        int[] drawn = [.. ChartRenderer.DrawnRows(1000)];
        Assert.Equal(ChartRenderer.MaxBars, drawn.Length);
        Assert.Equal(Enumerable.Range(0, ChartRenderer.MaxBars / 2).Concat(Enumerable.Range(1000 - (ChartRenderer.MaxBars / 2), ChartRenderer.MaxBars / 2)), drawn);
        Assert.Equal(ChartRenderer.Height(ChartRenderer.MaxBars), ChartRenderer.Height(1_000_000));
    }

    [Fact]
    public void ShortName_LongNames_CutWithAnEllipsis()
    {
        string forty = new('a', ChartRenderer.MaxNameLength);
        Assert.Equal(forty, ChartRenderer.ShortName(forty));
        Assert.Equal(new string('b', ChartRenderer.MaxNameLength - 1) + "…", ChartRenderer.ShortName(new string('b', 200)));
    }

    [Fact]
    public async Task Rate_HundredThousandPages_ChartAndHtmlDrawTheEnds()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.csv");
        var text = new System.Text.StringBuilder("id,name,followers,population,posts,likes,comments,shares,saves,engaged_users\n");
        for (int i = 0; i < 100_000; i++)
        {
            string name = i == 0 ? "A page whose name goes on and on well past any chart's room for names" : $"Page {i}";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{i},{name},{1000 + (i * 7 % 5003)},{100_000 + (i % 97)},{1 + (i % 31)},{i % 701},{i % 53},{i % 17},{i % 5},{i % 389}\n");
        }

        await File.WriteAllTextAsync(pages, text.ToString());
        string png = dir.File("chart.png");
        string html = dir.File("rating.html");
        Run run = await CliRunner.RunAsync("rate", pages, "--out", html, "--chart", png);
        Assert.True(run.ExitCode == 0, run.Stderr);

        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(await File.ReadAllBytesAsync(png));
        Assert.Equal(ChartRenderer.Width, bitmap.Width);
        Assert.Equal(ChartRenderer.Height(ChartRenderer.MaxBars), bitmap.Height);

        string page = await File.ReadAllTextAsync(html);
        int svg = page.IndexOf("<svg", StringComparison.Ordinal);
        string chart = page[svg..page.IndexOf("</svg>", svg, StringComparison.Ordinal)];
        Assert.Contains("The top 30 and the bottom 30 of 100,000 pages; 99,940 in between not shown", chart);
        Assert.Contains(ChartRenderer.ShortName("A page whose name goes on and on well past any chart's room for names"), chart);
    }
}
