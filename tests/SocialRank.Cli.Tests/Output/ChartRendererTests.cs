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
