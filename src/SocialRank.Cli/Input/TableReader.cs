using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace SocialRank.Cli.Input;

/// <summary>
/// Reads a CSV file (Sep; the separator, comma, semicolon, tab or '|', is detected from the header line) or the first
/// sheet of an .xlsx workbook (MiniExcel) into a <see cref="RawTable"/>. The first line or row names the columns.
/// </summary>
internal static class TableReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayName">The name used in messages (the path as the user wrote it).</param>
    /// <param name="progress">Told the number of rows read so far, every 100,000 rows.</param>
    /// <exception cref="InputException">The file does not exist, is empty, has no rows or cannot be read.</exception>
    internal static RawTable Read(string path, string displayName, Action<int>? progress = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException(InputErrors.FileNotFound(displayName));
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            RawTable table = extension switch
            {
                ".xlsx" => ReadSheet(path, displayName, progress),
                ".csv" or ".tsv" or ".txt" => ReadCsv(path, displayName, progress),
                _ => throw new InputException(InputErrors.UnknownFileType(displayName)),
            };
            return table.Rows.Count == 0 ? throw new InputException(InputErrors.NoRows(displayName)) : table;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new InputException(InputErrors.CannotRead(displayName, e.Message), e);
        }
    }

    private static RawTable ReadCsv(string path, string displayName, Action<int>? progress)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(InputErrors.EmptyFile(displayName));
        }

        Encoding encoding = DetectEncoding(path);
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        using SepReader reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        string[]? headers = null;
        var rows = new List<RawRow>();
        var errors = new ErrorList();
        foreach (SepReader.Row row in reader)
        {
            int count = row.ColCount;
            if (headers is null)
            {
                headers = new string[count];
                for (int i = 0; i < count; i++)
                {
                    headers[i] = row[i].ToString().Trim().TrimStart('\uFEFF');
                }

                if (count == 1 && headers[0].Length == 0)
                {
                    throw new InputException(InputErrors.EmptyFile(displayName));
                }

                continue;
            }

            // Sep numbers lines from 1; a row that spans lines (a quoted line break) is named by its first line.
            int line = row.LineNumberFrom;
            if (count == 1 && row[0].Span.Trim().IsEmpty)
            {
                continue;
            }

            if (count != headers.Length)
            {
                errors.Add(InputErrors.CellCount(displayName, line, false, count, headers.Length));
                continue;
            }

            var cells = new string[count];
            for (int i = 0; i < count; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(new RawRow(line, cells, null));
            Report(progress, rows.Count);
        }

        errors.ThrowIfAny();
        return headers is null ? throw new InputException(InputErrors.EmptyFile(displayName)) : new RawTable(displayName, false, headers, rows);
    }

    /// <summary>
    /// Returns UTF-8 unless the file's first megabyte is not valid UTF-8: then Windows-1251, the encoding Excel uses
    /// for "CSV" on Russian-language Windows.
    /// </summary>
    internal static Encoding DetectEncoding(string path)
    {
        var buffer = new byte[1 << 20];
        int read;
        using (FileStream stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        ReadOnlySpan<byte> head = buffer.AsSpan(0, read);
        if (read == buffer.Length)
        {
            // Do not judge a character cut at the end of the sample: drop up to 3 trailing bytes of a partial sequence.
            int cut = 0;
            while (cut < 3 && cut < head.Length && (head[head.Length - 1 - cut] & 0xC0) == 0x80)
            {
                cut++;
            }

            if (cut < head.Length && head[head.Length - 1 - cut] >= 0xC0)
            {
                cut++;
            }

            head = head[..^cut];
        }

        if (System.Text.Unicode.Utf8.IsValid(head))
        {
            return new UTF8Encoding(false);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    private static RawTable ReadSheet(string path, string displayName, Action<int>? progress)
    {
        string[]? headers = null;
        string[]? keys = null;
        var rows = new List<RawRow>();
        int rowNumber = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>())
        {
            rowNumber++;
            if (headers is null)
            {
                // Columns run up to the last non-empty header cell.
                var pairs = row.ToList();
                int last = pairs.FindLastIndex(p => !string.IsNullOrWhiteSpace(CellText(p.Value)));
                if (last < 0)
                {
                    continue;
                }

                keys = pairs.Take(last + 1).Select(p => p.Key).ToArray();
                headers = pairs.Take(last + 1).Select(p => CellText(p.Value).Trim()).ToArray();
                continue;
            }

            var cells = new string[keys!.Length];
            var numbers = new double?[keys.Length];
            bool blank = true;
            for (int i = 0; i < keys.Length; i++)
            {
                object? value = row.TryGetValue(keys[i], out object? v) ? v : null;
                cells[i] = CellText(value);
                numbers[i] = value switch
                {
                    double d => d,
                    float f => f,
                    int n => n,
                    long n => n,
                    decimal m => (double)m,
                    _ => null,
                };
                blank &= string.IsNullOrWhiteSpace(cells[i]);
            }

            if (!blank)
            {
                rows.Add(new RawRow(rowNumber, cells, numbers));
                Report(progress, rows.Count);
            }
        }

        return headers is null ? throw new InputException(InputErrors.EmptyFile(displayName)) : new RawTable(displayName, true, headers, rows);
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Report(Action<int>? progress, int count)
    {
        if (progress is not null && count % 100_000 == 0)
        {
            progress(count);
        }
    }
}
