using System.Reflection;
using SocialRank.Cli.Input;
using SocialRank.Cli.Output;

namespace SocialRank.Cli;

/// <summary>
/// <c>socialrank sample --out DIR</c>: writes the bundled sample (the July 2020 akimat pages, the regions' populations
/// and the data's README, shipped inside the tool) into a folder, so that the README's commands work outside a clone.
/// The files are written together or not at all, and an existing file is never replaced.
/// </summary>
internal static class SampleCommand
{
    /// <summary>The prefix of the sample's embedded resources (see the project file).</summary>
    private const string Prefix = "sample/";

    /// <summary>The names of the sample's files, as shipped.</summary>
    internal static IReadOnlyList<string> Files { get; } = typeof(SampleCommand).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    internal static async Task<int> RunAsync(string folder, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new InputException($"--out {folder}: that is a file; give a folder (it is created when absent).");
        }

        var targets = Files.Select(f => ("--out", Path.Combine(folder, f))).ToList();
        foreach ((_, string path) in targets)
        {
            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new InputException($"--out {folder}: {path} exists already; nothing was written. Give a new or an empty folder.");
            }
        }

        OutputTargets.Check(targets, []);
        Directory.CreateDirectory(folder);
        Assembly assembly = typeof(SampleCommand).Assembly;
        var files = Files.Select(f => (Path.Combine(folder, f), (Func<Stream, CancellationToken, Task>)(async (stream, ct) =>
        {
            await using Stream resource = assembly.GetManifestResourceStream(Prefix + f)!;
            await resource.CopyToAsync(stream, ct).ConfigureAwait(false);
        }))).ToList();
        await RateCommand.WriteFilesAsync(files, cancellationToken).ConfigureAwait(false);
        foreach (string file in Files)
        {
            await stdout.WriteLineAsync(Path.Combine(folder, file)).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
