using System.Diagnostics;

namespace SocialRank.Cli.Tests.Output;

/// <summary>
/// The built tool started as a process never loses or damages a file: an output naming an input, a directory, a link, a
/// device, a pipe or a read-only file is refused with exit 2 and nothing touched; a run's outputs land together or not
/// at all; a terminated run leaves no temporary file.
/// </summary>
public class SafeOutputTests
{
    private static readonly string Pages = File.ReadAllText(CliRunner.SamplePages);

    [Theory]
    [InlineData("pages.csv")]
    [InlineData("sub/../pages.csv")]
    [InlineData("./pages.csv")]
    public async Task Out_NamingThePagesFile_IsRefusedAndThePagesAreUntouched(string name)
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", Pages);
        Directory.CreateDirectory(dir.File("sub"));

        Run run = await CliRunner.RunProcessAsync("rate", pages, "--out", dir.File(name));

        AssertRefused(run, "--out", "that is the pages file, an input");
        Assert.Equal(Pages, File.ReadAllText(pages));
        AssertOnlyFiles(dir, "pages.csv", "sub");
    }

    [Fact]
    public async Task Out_HardLinkOrSymbolicLinkToThePagesFile_IsRefused()
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.csv", Pages);
        string hard = dir.File("hard.csv");
        string soft = dir.File("soft.csv");
        Assert.Equal(0, Shell("ln", pages, hard));
        File.CreateSymbolicLink(soft, pages);

        Run viaHard = await CliRunner.RunProcessAsync("rate", pages, "--out", hard);
        Run viaSoft = await CliRunner.RunProcessAsync("rate", pages, "--out", soft);

        AssertRefused(viaHard, "--out", "that is the pages file, an input");
        AssertRefused(viaSoft, "--out", "that is the pages file, an input");
        Assert.Equal(Pages, File.ReadAllText(pages));
        Assert.NotNull(new FileInfo(soft).LinkTarget);
    }

    [Fact]
    public async Task OutOrChart_NamingTheMethodOrRegionsFile_IsRefused()
    {
        using var dir = new TempDir();
        string regions = dir.Write("regions.csv", File.ReadAllText(CliRunner.SampleRegions));
        string methodText = (await CliRunner.RunProcessAsync("method", "--print-default")).Stdout;
        string method = dir.Write("method.json", methodText);

        Run outOnMethod = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", regions, "--method", method, "--out", method, "--format", "json");

        AssertRefused(outOnMethod, "--out", "that is the method file, an input");
        Assert.Equal(methodText, File.ReadAllText(method));

        // A chart must end in .png: a regions file named so is refused as the input.
        string regionsPng = dir.Write("regions.png", File.ReadAllText(CliRunner.SampleRegions));
        Run chartOnInput = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", regionsPng, "--chart", regionsPng);
        AssertRefused(chartOnInput, "--chart", "that is the regions file, an input");
    }

    [Fact]
    public async Task Out_Directory_IsRefused()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("table.csv"));

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", dir.File("table.csv"));

        AssertRefused(run, "--out", "that is a directory");
        Assert.True(Directory.Exists(dir.File("table.csv")));
    }

    [Fact]
    public async Task Out_SymbolicLinkToAnotherFile_IsRefusedAndStaysALink()
    {
        using var dir = new TempDir();
        string target = dir.Write("kept.csv", "kept\n");
        string link = dir.File("table.csv");
        File.CreateSymbolicLink(link, target);

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", link);

        AssertRefused(run, "--out", "that is a symbolic link");
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("kept\n", File.ReadAllText(target));
    }

    [Fact]
    public async Task Out_PipeOrDevice_IsRefusedAndKeepsItsKind()
    {
        using var dir = new TempDir();
        string pipe = dir.File("pipe.csv");
        string device = dir.File("device.csv");
        Assert.Equal(0, Shell("mkfifo", pipe));
        bool haveDevice = Shell("mknod", device, "c", "1", "3") == 0; // the null device; needs the right to make devices

        Run toPipe = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", pipe);
        AssertRefused(toPipe, "--out", "that is a pipe");
        Assert.Equal("p", FileType(pipe));
        if (haveDevice)
        {
            Run toDevice = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", device);
            AssertRefused(toDevice, "--out", "that is a device");
            Assert.Equal("c", FileType(device));
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Out_ReadOnlyFile_IsRefusedAndUnchanged()
    {
        using var dir = new TempDir();
        string table = dir.Write("table.csv", "old\n");
        File.SetUnixFileMode(table, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", table);

        AssertRefused(run, "--out", "that file is read-only");
        Assert.Equal("old\n", File.ReadAllText(table));
    }

    [Fact]
    public async Task OutAndChart_TheSameFile_IsRefused()
    {
        using var dir = new TempDir();

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", dir.File("x.png"), "--format", "csv", "--chart", dir.File("x.png"));

        AssertRefused(run, "--chart", "--out writes that file already");
        AssertOnlyFiles(dir);
    }

    [Fact]
    public async Task ChartThatCannotBeWritten_LeavesTheTableAsItWas()
    {
        using var dir = new TempDir();
        string table = dir.Write("table.csv", "old\n");

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", table, "--chart", dir.File("no-such-folder/chart.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {dir.File("no-such-folder/chart.png")}: the file cannot be written: ", run.Stderr);
        Assert.Contains("nothing was written", run.Stderr);
        Assert.Equal("old\n", File.ReadAllText(table));
        AssertOnlyFiles(dir, "table.csv");
    }

    [Fact]
    public async Task OutAndChart_LandTogether()
    {
        using var dir = new TempDir();
        string table = dir.Write("table.csv", "old\n");

        Run run = await CliRunner.RunProcessAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", table, "--chart", dir.File("chart.png"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFF", File.ReadAllText(table, new System.Text.UTF8Encoding(false)));
        Assert.True(new FileInfo(dir.File("chart.png")).Length > 0);
        AssertOnlyFiles(dir, "table.csv", "chart.png");
    }

    [Fact]
    public async Task Terminated_LeavesNoTemporaryFileAndNoOutput()
    {
        using var dir = new TempDir();

        // Enough rows that the run is still reading when it is terminated.
        string[] lines = Pages.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (var writer = new StreamWriter(dir.File("pages.csv")))
        {
            writer.WriteLine(lines[0]);
            for (int i = 0; i < 200_000; i++)
            {
                string row = lines[1 + (i % (lines.Length - 1))];
                writer.WriteLine("p" + i + row[row.IndexOf(',', StringComparison.Ordinal)..]);
            }
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CliRunner.RepoRoot, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { CliRunner.CliDll, "rate", dir.File("pages.csv"), "--regions", CliRunner.SampleRegions, "--out", dir.File("table.csv") })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await Task.Delay(700);
        Assert.False(process.HasExited, "the run should still be going when it is terminated: " + (process.HasExited ? await stderr : ""));
        Assert.Equal(0, Shell("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Cancelled; no output file was written.", await stderr);
        AssertOnlyFiles(dir, "pages.csv");
    }

    private static void AssertRefused(Run run, string option, string why)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("error: " + option + " ", run.Stderr);
        Assert.Contains(why, run.Stderr);
        Assert.Contains("nothing was written", run.Stderr);
    }

    /// <summary>The directory holds exactly these entries (no temporary file, no output beyond them).</summary>
    private static void AssertOnlyFiles(TempDir dir, params string[] names)
        => Assert.Equal(names.Order(StringComparer.Ordinal), Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    private static int Shell(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The kind of a file as <c>stat</c> names it: <c>p</c> for a pipe, <c>c</c> for a character device, <c>-</c> for a plain file.</summary>
    private static string FileType(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%A", path]) { RedirectStandardOutput = true };
        using Process process = Process.Start(start)!;
        string mode = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return mode[..1];
    }
}
