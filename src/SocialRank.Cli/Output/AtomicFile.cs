namespace SocialRank.Cli.Output;

/// <summary>
/// Writes a run's output files so that they land together or not at all: each file's content goes to a temporary file
/// beside it, flushed to disk; only when every one is complete are they moved into place, and when one cannot be, those
/// already moved are put back as they were. A failure or a cancellation deletes every temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes every file of <paramref name="files"/>, all or none.</summary>
    /// <param name="files">The files to create or replace, each with the callback that writes its whole content.</param>
    /// <param name="cancellationToken">Cancels the writes; every target is then untouched.</param>
    internal static async Task WriteAllAsync(IReadOnlyList<(string Path, Func<Stream, CancellationToken, Task> Write)> files, CancellationToken cancellationToken)
    {
        var temporaries = new List<string>(files.Count);
        var moved = new List<(string Target, string? Backup)>(files.Count);
        bool landed = false;
        try
        {
            foreach ((string path, Func<Stream, CancellationToken, Task> write) in files)
            {
                string temporary = Beside(path, "tmp");
                temporaries.Add(temporary);
                try
                {
                    await using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    await write(stream, cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OutputFileException(path, e);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < files.Count; i++)
            {
                string target = Path.GetFullPath(files[i].Path);
                try
                {
                    string? backup = null;
                    if (File.Exists(target))
                    {
                        backup = Beside(target, "old");
                        File.Move(target, backup);
                    }

                    moved.Add((target, backup));
                    File.Move(temporaries[i], target);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OutputFileException(files[i].Path, e);
                }
            }

            landed = true;
        }
        catch
        {
            PutBack(moved);
            throw;
        }
        finally
        {
            foreach (string temporary in temporaries)
            {
                TryDelete(temporary);
            }

            if (landed)
            {
                foreach ((_, string? backup) in moved)
                {
                    TryDelete(backup);
                }
            }
        }
    }

    /// <summary>A callback that writes text in <paramref name="encoding"/> (lines ending in \n) with <paramref name="write"/>.</summary>
    internal static Func<Stream, CancellationToken, Task> Text(System.Text.Encoding encoding, Action<TextWriter> write)
        => async (stream, cancellationToken) =>
        {
            await using var writer = new StreamWriter(stream, encoding, 65536, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        };

    /// <summary>Moves the files that were already in place back out, newest first, and the old ones back in.</summary>
    private static void PutBack(List<(string Target, string? Backup)> moved)
    {
        for (int i = moved.Count - 1; i >= 0; i--)
        {
            // The new file may or may not have been moved in before the failure.
            (string target, string? backup) = moved[i];
            TryDelete(target);
            if (backup is not null)
            {
                File.Move(backup, target);
            }
        }
    }

    /// <summary>A hidden file name beside <paramref name="path"/> that no other run picks.</summary>
    private static string Beside(string path, string suffix)
    {
        string full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.{suffix}");
    }

    private static void TryDelete(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

/// <summary>An output file that could not be written (its folder missing, no permission, no room): nothing of the run was.</summary>
internal sealed class OutputFileException(string path, Exception inner) : IOException(inner.Message, inner)
{
    /// <summary>Gets the output file as it was named.</summary>
    public string Path { get; } = path;
}
