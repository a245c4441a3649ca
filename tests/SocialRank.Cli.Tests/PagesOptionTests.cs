namespace SocialRank.Cli.Tests;

/// <summary><c>rate --pages FILE</c>: the pages file as an option (the issue's <c>--posts posts.csv --pages pages.csv</c>), the same as the first argument.</summary>
public class PagesOptionTests
{
    private static string Posts => Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-07-posts.csv");

    [Fact]
    public async Task PagesOption_GivesTheSameRatingAsTheArgument_WithAndWithoutPosts()
    {
        Run positional = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Run named = await CliRunner.RunAsync("rate", "--pages", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(positional.Stdout, named.Stdout);

        Run postsPositional = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--posts", Posts, "--regions", CliRunner.SampleRegions, "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Run postsNamed = await CliRunner.RunAsync("rate", "--posts", Posts, "--pages", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Assert.True(postsNamed.ExitCode == 0, postsNamed.Stderr);
        Assert.Equal(postsPositional.Stdout, postsNamed.Stdout);
        Assert.NotEqual(positional.Stdout, postsNamed.Stdout);
    }

    [Fact]
    public async Task PagesOption_NeitherOrBoth_ExitsWith2()
    {
        Run neither = await CliRunner.RunAsync("rate", "--regions", CliRunner.SampleRegions);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("rate needs the pages file: give it as the first argument or as --pages pages.csv.", neither.Stderr, StringComparison.Ordinal);
        Run both = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--pages", CliRunner.SamplePages);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("the pages file is given twice", both.Stderr, StringComparison.Ordinal);
    }
}
