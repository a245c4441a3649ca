namespace SocialRank.Cli.Input;

/// <summary>
/// Reads a whole CSV file or the first sheet of an .xlsx workbook into a <see cref="RawTable"/> (small files: regions,
/// tests). The first line or row names the columns. Large files are streamed with <see cref="TableSource"/>.
/// </summary>
internal static class TableReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayName">The name used in messages (the path as the user wrote it).</param>
    /// <param name="encoding">The <c>--encoding</c> of a CSV file, or null to detect it.</param>
    /// <exception cref="InputException">The file does not exist, is empty, has no rows, has a row with the wrong number of cells, or cannot be read.</exception>
    internal static RawTable Read(string path, string displayName, string? encoding = null)
    {
        using TableSource source = TableSource.Open(path, displayName, null, encoding);
        var rows = new List<RawRow>();
        var errors = new ErrorList();
        foreach (RawRow row in source.Rows)
        {
            if (row.Problem is { } problem)
            {
                errors.Add(problem);
            }
            else
            {
                rows.Add(row);
            }
        }

        errors.ThrowIfAny();
        return rows.Count == 0
            ? throw new InputException(InputErrors.NoRows(displayName))
            : new RawTable(source.File, source.IsSheet, source.Headers, rows);
    }

    /// <summary>Returns the encoding a CSV file is read in (see <see cref="CsvSource.DetectEncoding"/>).</summary>
    internal static System.Text.Encoding DetectEncoding(string path) => CsvSource.DetectEncoding(path);
}
