namespace SocialRank.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Assembly_IsTheCommandLineTool()
        => Assert.Equal("SocialRank.Cli", typeof(SocialRank.Cli.Program).Assembly.GetName().Name);
}
