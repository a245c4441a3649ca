namespace SocialRank.Cli.Tests;

/// <summary>The built tool started as a process (<c>dotnet SocialRank.Cli.dll</c>): exit codes and redirected output.</summary>
public class ProcessTests
{
    [Fact]
    public async Task Process_Sample_ExitsWith0AndWritesPlainText()
    {
        Run run = await CliRunner.RunProcessAsync("rate", "samples/data/akimat-2020-07.csv", "--regions", "samples/data/regions.csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.Contains("Atyrau Region — Instagram", run.Stdout);
        Assert.Matches(@"(?m)^\s*1\s+Atyrau Region — Instagram", run.Stdout);
    }

    [Fact]
    public async Task Process_BadFile_ExitsWith2WithTheMessageOnStderr()
    {
        using var dir = new TempDir();
        string pages = dir.Write("bad.csv", "id,followers,posts,likes,comments,shares,saves,engaged_users,population\na,many,1,1,1,1,1,1,100\n");
        Run run = await CliRunner.RunProcessAsync("rate", pages);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"error: {pages}, line 2, column 'followers': 'many' is not a number.", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Process_BadOption_ExitsWith2()
    {
        Run run = await CliRunner.RunProcessAsync("rate", "samples/data/akimat-2020-07.csv", "--ties", "sometimes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sometimes", run.Stderr);
    }

    [Fact]
    public async Task Process_Version_PrintsAVersion()
    {
        Run run = await CliRunner.RunProcessAsync("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }
}
