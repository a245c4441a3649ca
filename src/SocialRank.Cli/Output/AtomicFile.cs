namespace SocialRank.Cli.Output;

/// <summary>
/// Writes a file so that it is either complete or untouched: the content goes to a temporary file beside the target,
/// which is flushed to disk and then moved over the target. A failure deletes the temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels the write; the target is then untouched.</param>
    internal static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes text (UTF-8 without a byte order mark) to <paramref name="path"/>.</summary>
    internal static Task WriteTextAsync(string path, Func<TextWriter, Task> write, CancellationToken cancellationToken)
        => WriteAsync(path, async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true);
            await write(writer).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Writes text in <paramref name="encoding"/> to <paramref name="path"/> with a synchronous writer callback.</summary>
    internal static Task WriteTextAsync(string path, System.Text.Encoding encoding, Action<TextWriter> write, CancellationToken cancellationToken)
        => WriteAsync(path, async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, encoding, 65536, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
