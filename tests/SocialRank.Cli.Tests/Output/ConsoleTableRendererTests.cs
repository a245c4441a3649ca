using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class ConsoleTableRendererTests
{
    [Fact]
    public void ConsoleTableRenderer_Terminal_ColoursZones()
    {
        var writer = new StringWriter();
        ConsoleTableRenderer.Write(TestViews.Small(), writer, 160);
        string text = writer.ToString();
        Assert.Contains("\u001b[", text);
        Assert.Contains("48;2;46;125;50", text);
        Assert.Contains("48;2;229;57;53", text);
        Assert.Contains("<script>alert(1)</script>", text);
    }
}
