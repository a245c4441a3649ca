using System.Text;
using SocialRank.Cli.Output;

namespace SocialRank.Cli.Tests.Output;

public class AtomicFileTests
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes one text file through the run's writer of all outputs.</summary>
    private static Task WriteText(string path, Action<TextWriter> write, CancellationToken cancellationToken)
        => AtomicFile.WriteAllAsync([(path, AtomicFile.Text(Utf8, write))], cancellationToken);

    [Fact]
    public async Task WriteTextAsync_Success_ReplacesFileAndLeavesNoTemporary()
    {
        using var dir = new TempDir();
        string path = dir.Write("out.txt", "old");
        await WriteText(path, w => w.Write("new"), CancellationToken.None);
        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteTextAsync_FailureHalfway_LeavesOldFileAndNoTemporary()
    {
        using var dir = new TempDir();
        string path = dir.Write("out.txt", "old");
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteText(path, w =>
        {
            w.Write(new string('x', 200_000));
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
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteText(path, w =>
        {
            w.Write("partial");
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task WriteAllAsync_SecondFailsWhileWriting_FirstIsUntouched()
    {
        using var dir = new TempDir();
        string first = dir.Write("a.txt", "old a");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAllAsync(
            [(first, AtomicFile.Text(Utf8, w => w.Write("new a"))), (dir.File("b.txt"), AtomicFile.Text(Utf8, _ => throw new InvalidOperationException("boom")))],
            CancellationToken.None));
        Assert.Equal("old a", await File.ReadAllTextAsync(first));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAllAsync_SecondCannotBeMovedIntoPlace_FirstIsPutBack()
    {
        using var dir = new TempDir();
        string first = dir.Write("a.txt", "old a");
        string second = dir.File("b.txt");

        // The second target becomes a directory while it is written: its move into place fails after the first landed.
        await Assert.ThrowsAnyAsync<IOException>(() => AtomicFile.WriteAllAsync(
            [(first, AtomicFile.Text(Utf8, w => w.Write("new a"))), (second, AtomicFile.Text(Utf8, w => { w.Write("new b"); Directory.CreateDirectory(second); }))],
            CancellationToken.None));
        Assert.Equal("old a", await File.ReadAllTextAsync(first));
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(Directory.Exists(second));
    }

    [Fact]
    public async Task WriteAllAsync_Cancelled_WritesNothing()
    {
        using var dir = new TempDir();
        string first = dir.Write("a.txt", "old a");
        using var cancel = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAllAsync(
            [(first, AtomicFile.Text(Utf8, w => w.Write("new a"))), (dir.File("b.txt"), AtomicFile.Text(Utf8, w => { w.Write("new b"); cancel.Cancel(); }))],
            cancel.Token));
        Assert.Equal("old a", await File.ReadAllTextAsync(first));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAllAsync_Success_BothLandAndNoTemporaryOrOldCopyStays()
    {
        using var dir = new TempDir();
        string first = dir.Write("a.txt", "old a");
        await AtomicFile.WriteAllAsync([(first, AtomicFile.Text(Utf8, w => w.Write("new a"))), (dir.File("b.txt"), AtomicFile.Text(Utf8, w => w.Write("new b")))], CancellationToken.None);
        Assert.Equal("new a", await File.ReadAllTextAsync(first));
        Assert.Equal("new b", await File.ReadAllTextAsync(dir.File("b.txt")));
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
