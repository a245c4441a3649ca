using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace SocialRank.Cli.Input;

/// <summary>
/// A pages or regions file opened for one pass: the header is read when it is opened, the rows as they are enumerated,
/// so a large file is never held in memory as text. CSV is read with Sep (separator detected from the header line;
/// UTF-8, or Windows-1251 when the file is not UTF-8), .xlsx with MiniExcel (first sheet).
/// </summary>
internal abstract class TableSource : ITable, IDisposable
{
    private readonly Action<int>? _progress;
    private bool _enumerated;

    private protected TableSource(string file, Action<int>? progress)
    {
        File = file;
        _progress = progress;
    }

    /// <inheritdoc/>
    public string File { get; }

    /// <inheritdoc/>
    public abstract bool IsSheet { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Headers { get; private protected set; } = [];

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The rows are enumerated a second time.</exception>
    /// <exception cref="InputException">The file cannot be read further.</exception>
    public IEnumerable<RawRow> Rows
    {
        get
        {
            if (_enumerated)
            {
                throw new InvalidOperationException("A table source is read once.");
            }

            _enumerated = true;
            return Enumerate();
        }
    }

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="InputException">The file does not exist, has an unknown type, is empty or cannot be read.</exception>
    internal static TableSource Open(string path, string displayName, Action<int>? progress)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(InputErrors.FileNotFound(displayName));
        }

        return Guard(displayName, () => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => (TableSource)new SheetSource(path, displayName, progress),
            ".csv" or ".tsv" or ".txt" => new CsvSource(path, displayName, progress),
            _ => throw new InputException(InputErrors.UnknownFileType(displayName)),
        });
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns the next row, or <see langword="null"/> at the end (blank rows are skipped by the caller).</summary>
    private protected abstract RawRow? Next(out bool end);

    private protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Runs a read, turning I/O and format failures into bad input that names the file.</summary>
    private protected static T Guard<T>(string displayName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException)
        {
            throw new InputException(InputErrors.CannotRead(displayName, e.Message), e);
        }
    }

    private IEnumerable<RawRow> Enumerate()
    {
        int count = 0;
        while (true)
        {
            bool end = false;
            RawRow? row = Guard(File, () => Next(out end));
            if (end)
            {
                yield break;
            }

            if (row is null)
            {
                continue;
            }

            count++;
            if (_progress is not null && count % 100_000 == 0)
            {
                _progress(count);
            }

            yield return row;
        }
    }
}

/// <summary>A CSV file read with Sep.</summary>
internal sealed class CsvSource : TableSource
{
    private readonly StreamReader _text;
    private readonly SepReader _reader;

    public CsvSource(string path, string displayName, Action<int>? progress)
        : base(displayName, progress)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(InputErrors.EmptyFile(displayName));
        }

        _text = new StreamReader(path, DetectEncoding(path), detectEncodingFromByteOrderMarks: true);
        try
        {
            _reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(_text);
            if (!_reader.MoveNext())
            {
                throw new InputException(InputErrors.EmptyFile(displayName));
            }

            SepReader.Row header = _reader.Current;
            var headers = new string[header.ColCount];
            for (int i = 0; i < headers.Length; i++)
            {
                headers[i] = header[i].ToString().Trim().TrimStart('\uFEFF');
            }

            if (headers.Length == 1 && headers[0].Length == 0)
            {
                throw new InputException(InputErrors.EmptyFile(displayName));
            }

            Headers = headers;
        }
        catch
        {
            _reader?.Dispose();
            _text.Dispose();
            throw;
        }
    }

    public override bool IsSheet => false;

    /// <summary>
    /// Returns UTF-8 unless the file's first megabyte is not valid UTF-8: then Windows-1251, the encoding Excel uses
    /// for "CSV" on Russian-language Windows.
    /// </summary>
    internal static Encoding DetectEncoding(string path)
    {
        var buffer = new byte[1 << 20];
        int read;
        using (FileStream stream = System.IO.File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        ReadOnlySpan<byte> head = buffer.AsSpan(0, read);
        if (read == buffer.Length)
        {
            // Do not judge a character cut at the end of the sample: drop the bytes of a trailing partial sequence.
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

    private protected override RawRow? Next(out bool end)
    {
        if (!_reader.MoveNext())
        {
            end = true;
            return null;
        }

        end = false;
        SepReader.Row row = _reader.Current;
        int count = row.ColCount;

        // Sep numbers lines from 1; a row that spans lines (a quoted line break) is named by its first line.
        int line = row.LineNumberFrom;
        if (count == 1 && row[0].Span.Trim().IsEmpty)
        {
            return null;
        }

        if (count != Headers.Count)
        {
            return new RawRow(line, [], null, InputErrors.CellCount(File, line, false, count, Headers.Count));
        }

        var cells = new string[count];
        for (int i = 0; i < count; i++)
        {
            cells[i] = row[i].ToString();
        }

        return new RawRow(line, cells, null);
    }

    private protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _text.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The first sheet of an .xlsx workbook read with MiniExcel.</summary>
internal sealed class SheetSource : TableSource
{
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly string[] _keys = [];
    private int _rowNumber;

    public SheetSource(string path, string displayName, Action<int>? progress)
        : base(displayName, progress)
    {
        _rows = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().GetEnumerator();
        try
        {
            while (_rows.MoveNext())
            {
                _rowNumber++;

                // Columns run up to the last non-empty header cell; blank rows above the header are skipped.
                var pairs = _rows.Current.ToList();
                int last = pairs.FindLastIndex(p => !string.IsNullOrWhiteSpace(CellText(p.Value)));
                if (last < 0)
                {
                    continue;
                }

                _keys = pairs.Take(last + 1).Select(p => p.Key).ToArray();
                Headers = pairs.Take(last + 1).Select(p => CellText(p.Value).Trim()).ToArray();
                return;
            }

            throw new InputException(InputErrors.EmptyFile(displayName));
        }
        catch
        {
            _rows.Dispose();
            throw;
        }
    }

    public override bool IsSheet => true;

    private protected override RawRow? Next(out bool end)
    {
        if (!_rows.MoveNext())
        {
            end = true;
            return null;
        }

        end = false;
        _rowNumber++;
        IDictionary<string, object?> row = _rows.Current;
        var cells = new string[_keys.Length];
        var numbers = new double?[_keys.Length];
        bool blank = true;
        for (int i = 0; i < _keys.Length; i++)
        {
            object? value = row.TryGetValue(_keys[i], out object? v) ? v : null;
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

        return blank ? null : new RawRow(_rowNumber, cells, numbers);
    }

    private protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
        }

        base.Dispose(disposing);
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
}
