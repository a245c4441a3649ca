using Mono.Unix;
using SocialRank.Cli.Input;

namespace SocialRank.Cli.Output;

/// <summary>
/// Checks, before anything is read, that the files a run would write may be written: none is one of its inputs (by
/// path, through a link, or as the same file under another name), a directory, a symbolic link, a device, a pipe or
/// another special file, or read-only, and no file is named for two outputs. A run whose target fails exits with 2 and
/// touches nothing.
/// </summary>
internal static class OutputTargets
{
    /// <summary>Throws <see cref="InputException"/> naming the option and the file when an output may not be written.</summary>
    /// <param name="outputs">Each output's option (<c>--out</c>, <c>--chart</c>) and file.</param>
    /// <param name="inputs">Each input's description (<c>the pages file</c>) and file.</param>
    internal static void Check(IReadOnlyList<(string Option, string Path)> outputs, IReadOnlyList<(string What, string Path)> inputs)
    {
        for (int i = 0; i < outputs.Count; i++)
        {
            (string option, string path) = outputs[i];
            string full = Path.GetFullPath(path);
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(Path.GetFullPath(outputs[j].Path), full, StringComparison.Ordinal))
                {
                    throw Refuse(option, path, $"{outputs[j].Option} writes that file already");
                }
            }

            foreach ((string what, string input) in inputs)
            {
                if (SameFile(full, Path.GetFullPath(input)))
                {
                    throw Refuse(option, path, $"that is {what}, an input");
                }
            }

            if (KindOf(full) is { } kind)
            {
                throw Refuse(option, path, kind);
            }
        }
    }

    private static InputException Refuse(string option, string path, string why)
        => new($"{option} {path}: {why}; nothing was written. Give the name of a new or an ordinary, writable file.");

    /// <summary>What makes an existing <paramref name="path"/> unfit to be replaced, or null when it is absent or an ordinary, writable file.</summary>
    private static string? KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return "that is a directory";
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return $"that is a symbolic link (to {info.LinkTarget}), which would be replaced by a plain file";
        }

        if (!info.Exists)
        {
            return null;
        }

        if (!OperatingSystem.IsWindows())
        {
            FileTypes type = UnixFileSystemInfo.GetFileSystemEntry(path).FileType;
            if (type != FileTypes.RegularFile)
            {
                return type switch
                {
                    FileTypes.CharacterDevice or FileTypes.BlockDevice => "that is a device, which would be replaced by a plain file",
                    FileTypes.Fifo => "that is a pipe, which would be replaced by a plain file",
                    _ => "that is not an ordinary file",
                };
            }

            if ((File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0)
            {
                return "that file is read-only";
            }
        }
        else if (info.IsReadOnly)
        {
            return "that file is read-only";
        }

        return null;
    }

    /// <summary>
    /// Whether two full paths name the same file: equal once links are followed, or (where both exist) the same device
    /// and inode (a hard link).
    /// </summary>
    private static bool SameFile(string a, string b)
    {
        StringComparison comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string x = FinalTarget(a), y = FinalTarget(b);
        if (string.Equals(x, y, comparison))
        {
            return true;
        }

        if (OperatingSystem.IsWindows() || !File.Exists(x) || !File.Exists(y))
        {
            return false;
        }

        var first = new UnixFileInfo(x);
        var second = new UnixFileInfo(y);
        return first.Device == second.Device && first.Inode == second.Inode;
    }

    /// <summary>The file a path finally leads to, through any symbolic links; the path itself when it is none.</summary>
    private static string FinalTarget(string path)
        => File.Exists(path) && new FileInfo(path).LinkTarget is not null ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path : path;
}
