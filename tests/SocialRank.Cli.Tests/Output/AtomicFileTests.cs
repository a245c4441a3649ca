using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class AtomicFileTests
{
    [Fact]
    public async Task WriteTextAsync_Success_ReplacesFileAndLeavesNoTemporary()
    {
        using var dir = new TempDir();
        string path = dir.Write("out.txt", "old");
        await AtomicFile.WriteTextAsync(path, w => w.WriteAsync("new"), CancellationToken.None);
        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteTextAsync_FailureHalfway_LeavesOldFileAndNoTemporary()
    {
        using var dir = new TempDir();
        string path = dir.Write("out.txt", "old");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteTextAsync(path, async w =>
        {
            await w.WriteAsync(new string('x', 200_000));
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));
        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteTextAsync_FailureWithoutOldFile_CreatesNothing()
    {
        using var dir = new TempDir();
        string path = dir.File("new.txt");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteTextAsync(path, async w =>
        {
            await w.WriteAsync("partial");
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
