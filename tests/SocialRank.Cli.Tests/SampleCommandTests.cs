namespace SocialRank.Cli.Tests;

/// <summary><c>socialrank sample --out DIR</c>: the bundled sample, shipped in the tool, for the README's commands outside a clone.</summary>
public class SampleCommandTests
{
    private static readonly string[] Shipped = ["README.md", "akimat-2020-07-posts.csv", "akimat-2020-07.csv", "akimat-2020-08.csv", "regions.csv"];

    [Fact]
    public async Task Sample_WritesTheRepositorysSampleFilesAndTheyRateAsTheSampleDoes()
    {
        using var dir = new TempDir();
        string folder = dir.File("try");
        Run run = await CliRunner.RunAsync("sample", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(string.Concat(Shipped.Select(f => Path.Combine(folder, f) + "\n")), run.Stdout);
        Assert.Equal(Shipped, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (string file in Shipped)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(CliRunner.RepoRoot, "samples", "data", file)), File.ReadAllBytes(Path.Combine(folder, file)));
        }

        Run fromCopy = await CliRunner.RunAsync("rate", Path.Combine(folder, "akimat-2020-07.csv"), "--regions", Path.Combine(folder, "regions.csv"), "--format", "csv");
        Run fromClone = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "csv");
        Assert.Equal(0, fromCopy.ExitCode);
        Assert.Equal(fromClone.Stdout, fromCopy.Stdout);
    }

    [Fact]
    public async Task Sample_IntoAFolderThatHasOneOfTheFiles_ExitsWith2AndWritesNothing()
    {
        using var dir = new TempDir();
        string mine = dir.Write("regions.csv", "my own regions\n");
        Run run = await CliRunner.RunAsync("sample", "--out", dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --out {dir.Path}: {mine} exists already; nothing was written. Give a new or an empty folder.\n", run.Stderr);
        Assert.Equal("my own regions\n", File.ReadAllText(mine));
        Assert.Equal([mine], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Sample_OutNamingAFile_ExitsWith2()
    {
        using var dir = new TempDir();
        string file = dir.Write("notes.txt", "x");
        Run run = await CliRunner.RunAsync("sample", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --out {file}: that is a file; give a folder (it is created when absent).\n", run.Stderr);
        Assert.Equal("x", File.ReadAllText(file));
    }
}
