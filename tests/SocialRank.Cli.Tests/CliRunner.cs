using System.Diagnostics;

namespace SocialRank.Cli.Tests;

/// <summary>Runs the tool in-process (<see cref="CliApp.RunAsync"/>) or as a process (<c>dotnet SocialRank.Cli.dll</c>).</summary>
internal static class CliRunner
{
    /// <summary>Gets the repository root (the folder holding SocialRank.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string SamplePages => Path.Combine(RepoRoot, "samples", "data", "akimat-2020-07.csv");

    public static string SampleRegions => Path.Combine(RepoRoot, "samples", "data", "regions.csv");

    public static async Task<Run> RunAsync(CliConsole console, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = await CliApp.RunAsync(args, stdout, stderr, console);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    public static Task<Run> RunAsync(params string[] args) => RunAsync(CliConsole.Redirected, args);

    /// <summary>Gets the built tool, to start with <c>dotnet</c>.</summary>
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "SocialRank.Cli.dll");

    /// <summary>Starts the built tool as a process with redirected output.</summary>
    public static async Task<Run> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        start.ArgumentList.Add(CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialRank.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SocialRank.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The outcome of one run.</summary>
internal sealed record Run(int ExitCode, string Stdout, string Stderr);
