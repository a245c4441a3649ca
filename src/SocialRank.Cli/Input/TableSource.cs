using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace SocialRank.Cli.Input;

/// <summary>
/// A pages or regions file opened for one pass: the header is read when it is opened, the rows as they are enumerated,
/// so a large file is never held in memory as text. CSV is read with Sep (separator detected from the header line;
/// UTF-8, UTF-16 or Windows-1251, detected or given with --encoding; a first line "sep=," is honoured), .xlsx with
/// MiniExcel (first sheet), .parquet with Parquet.Net (<see cref="ParquetSource"/>).
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
    /// <param name="path">The file.</param>
    /// <param name="displayName">The file as messages name it.</param>
    /// <param name="progress">Receives the number of rows read, now and then.</param>
    /// <param name="encoding">A CSV file's encoding, or <see langword="null"/> to detect it.</param>
    /// <param name="sheet">A workbook's sheet, or <see langword="null"/> for the first with data.</param>
    /// <param name="headerRow">A workbook's header row, or <see langword="null"/> for the first.</param>
    /// <param name="plainNumbers">
    /// Whether a CSV cell that is a plain whole number (see <see cref="CsvSource.TryPlainNumber"/>) arrives as a number
    /// with empty text, as a Parquet file's numbers do, instead of as text: for readers that read every cell through
    /// <see cref="RowReader"/> (the pages file), where it saves a string per number cell of a large file.
    /// </param>
    /// <exception cref="InputException">The file does not exist, has an unknown type, is empty or cannot be read.</exception>
    internal static TableSource Open(string path, string displayName, Action<int>? progress, string? encoding = null, string? sheet = null, int? headerRow = null, bool plainNumbers = false)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(InputErrors.FileNotFound(displayName));
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension != ".xlsx" && (sheet is not null || headerRow is not null))
        {
            throw new InputException($"{displayName}: --sheet and --header-row are for .xlsx workbooks; a CSV file's first line names the columns.");
        }

        return Guard(displayName, () => extension switch
        {
            ".xlsx" => (TableSource)new SheetSource(path, displayName, progress, sheet, headerRow),
            ".csv" or ".tsv" or ".txt" => new CsvSource(path, displayName, progress, encoding, plainNumbers),
            ".parquet" => new ParquetSource(path, displayName, progress),
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
    /// <summary>UTF-8 that throws on an invalid byte instead of reading it as U+FFFD: every byte of the file is checked as it is read, not only the first megabyte that chose the encoding.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StreamReader _text;
    private readonly SepReader _reader;
    private readonly string _path;
    private readonly bool _plainNumbers;

    public CsvSource(string path, string displayName, Action<int>? progress, string? encodingName, bool plainNumbers = false)
        : base(displayName, progress)
    {
        _plainNumbers = plainNumbers;
        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(InputErrors.EmptyFile(displayName));
        }

        _path = path;
        Encoding encoding = encodingName is null ? DetectEncoding(path, displayName) : NamedEncoding(encodingName);
        _text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        try
        {
            // A first line "sep=," (Excel's, and Meta Business Suite's exports) names the separator: skip it and use that.
            char? separator = SeparatorLine(path, encoding);
            if (separator is not null)
            {
                _text.ReadLine();
            }

            _reader = Sep.Reader(o => o with
            {
                HasHeader = false,
                Unescape = true,
                DisableColCountCheck = true,
                Sep = separator is char c ? new Sep(c) : null,
            }).From(_text);
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
        catch (DecoderFallbackException)
        {
            _reader?.Dispose();
            _text.Dispose();
            throw InvalidUtf8(path, displayName);
        }
        catch
        {
            _reader?.Dispose();
            _text.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The error for a file read as UTF-8 that holds a byte that is not: the file is scanned again, in blocks, for the line
    /// and the offset of the first such byte (only on this error path; the read itself decodes once).
    /// </summary>
    internal static InputException InvalidUtf8(string path, string displayName)
    {
        var buffer = new byte[1 << 20];
        var chars = new char[buffer.Length];
        long offset = 0, line = 1;
        int kept = 0;
        using (FileStream stream = System.IO.File.OpenRead(path))
        {
            while (true)
            {
                int read = stream.ReadAtLeast(buffer.AsSpan(kept), buffer.Length - kept, throwOnEndOfStream: false);
                int length = kept + read;
                bool final = read == 0 || length < buffer.Length;
                ReadOnlySpan<byte> block = buffer.AsSpan(0, length);
                System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(block, chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == System.Buffers.OperationStatus.InvalidData || (final && status != System.Buffers.OperationStatus.Done))
                {
                    long at = offset + consumed;
                    line += block[..consumed].Count((byte)'\n');
                    return new InputException(string.Create(CultureInfo.InvariantCulture,
                        $"{displayName}, line {line}, byte {at}: the file is not valid UTF-8 there; give its encoding with --encoding windows-1251 or utf-16 if it is one of them, or save it again as UTF-8."));
                }

                if (final)
                {
                    break;
                }

                line += block[..consumed].Count((byte)'\n');
                offset += consumed;
                kept = length - consumed;
                buffer.AsSpan(consumed, kept).CopyTo(buffer);
            }
        }

        return new InputException($"{displayName}: the file is not valid UTF-8; give its encoding with --encoding windows-1251 or utf-16 if it is one of them, or save it again as UTF-8.");
    }

    public override bool IsSheet => false;

    /// <summary>The encodings <c>--encoding</c> names.</summary>
    internal static Encoding NamedEncoding(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                return StrictUtf8;
            case "windows-1251" or "cp1251" or "1251":
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1251);
            case "utf-16" or "utf16":
                // Little-endian unless the file's byte order mark says otherwise.
                return Encoding.Unicode;
            default:
                throw new InputException($"--encoding {name}: use utf-8, windows-1251 or utf-16.");
        }
    }

    /// <summary>
    /// Returns the encoding of a file from its first megabyte: the one its byte order mark names; UTF-16 when it has no
    /// mark but a zero in many of its bytes (text in UTF-16 without a mark); UTF-8 when the sample is valid UTF-8;
    /// Windows-1251 (Excel's "CSV" on Russian-language Windows) when it holds no UTF-8 sequence at all and decodes
    /// cleanly as Windows-1251. Otherwise (UTF-8 broken somewhere, or mixed) bad input naming the line and byte offset
    /// of the first byte that is not UTF-8, with the <c>--encoding</c> option to choose.
    /// </summary>
    internal static Encoding DetectEncoding(string path, string displayName = "")
    {
        var buffer = new byte[1 << 20];
        int read;
        using (FileStream stream = System.IO.File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        ReadOnlySpan<byte> head = buffer.AsSpan(0, read);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.Unicode; // the reader follows the mark, either byte order
        }

        if (head.Length >= 4 && head.Count((byte)0) * 4 >= head.Length)
        {
            // Without a mark: ASCII characters in UTF-16 have a zero byte after (little-endian) or before them.
            int oddZeros = 0;
            for (int i = 1; i < head.Length; i += 2)
            {
                oddZeros += head[i] == 0 ? 1 : 0;
            }

            return oddZeros * 2 >= head.Count((byte)0) ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

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

        int invalidAt = FirstInvalidUtf8(head);
        if (invalidAt < 0)
        {
            return StrictUtf8;
        }

        // 0x98 is the one byte Windows-1251 leaves undefined.
        if (!HasUtf8Sequence(head) && !head.Contains((byte)0x98))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1251);
        }

        int line = 1 + head[..invalidAt].Count((byte)'\n');
        throw new InputException($"{displayName}, line {line}, byte {invalidAt}: the file is not valid UTF-8, and not cleanly Windows-1251 either; give its encoding with --encoding utf-8, windows-1251 or utf-16.");
    }

    /// <summary>The offset of the first byte that does not belong to a valid UTF-8 sequence; −1 when there is none.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = new char[Math.Max(1, bytes.Length)];
        System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : consumed;
    }

    /// <summary>Whether <paramref name="bytes"/> hold a valid multi-byte UTF-8 sequence (a lead byte and its continuations).</summary>
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            int length = b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length <= bytes.Length && System.Text.Unicode.Utf8.IsValid(bytes.Slice(i, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The separator a first line <c>sep=X</c> names, or null when the file has no such line.</summary>
    private static char? SeparatorLine(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var first = new char[8];
        int n = reader.ReadBlock(first, 0, first.Length);
        ReadOnlySpan<char> start = first.AsSpan(0, n).TrimStart('\uFEFF');
        return start.Length >= 5 && start.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && (start.Length == 5 || start[5] is '\r' or '\n')
            ? start[4]
            : null;
    }

    private protected override RawRow? Next(out bool end)
    {
        bool more;
        try
        {
            more = _reader.MoveNext();
        }
        catch (DecoderFallbackException)
        {
            throw InvalidUtf8(_path, File);
        }

        if (!more)
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
        double?[]? numbers = null;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> cell = row[i].Span;
            if (_plainNumbers && TryPlainNumber(cell, out double number))
            {
                (numbers ??= new double?[count])[i] = number;
                cells[i] = "";
            }
            else
            {
                cells[i] = cell.ToString();
            }
        }

        return new RawRow(line, cells, numbers);
    }

    /// <summary>
    /// Returns whether <paramref name="cell"/> is a plain whole number: 1 to 15 ASCII digits, without a leading zero
    /// unless it is "0". Its value is then exact, every reading of the text gives it, and its shortest round-trip text
    /// (what <see cref="RowReader"/> shows for a number with empty text) is the cell itself.
    /// </summary>
    internal static bool TryPlainNumber(ReadOnlySpan<char> cell, out double value)
    {
        value = 0;
        if (cell.Length is 0 or > 15 || (cell[0] == '0' && cell.Length > 1))
        {
            return false;
        }

        long whole = 0;
        foreach (char c in cell)
        {
            uint digit = unchecked((uint)(c - '0'));
            if (digit > 9)
            {
                return false;
            }

            whole = (whole * 10) + digit;
        }

        value = whole;
        return true;
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

    /// <summary>Opens sheet <paramref name="sheet"/> (a name, or a number from 1; the first when null) and reads its header: row <paramref name="headerRow"/>, or the first row that is not blank.</summary>
    public SheetSource(string path, string displayName, Action<int>? progress, string? sheet, int? headerRow)
        : base(displayName, progress)
    {
        List<string> names = MiniExcel.GetSheetNames(path);
        string sheetName = ChooseSheet(names, sheet, displayName);
        (IReadOnlyList<string> uncomputed, int count) = SheetFormulas.Uncomputed(path, sheetName);
        if (count > 0)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{displayName}, sheet '{sheetName}': {(count == 1 ? "cell " + uncomputed[0] + " holds a formula" : $"{count} cells ({string.Join(", ", uncomputed)}{(count > uncomputed.Count ? ", ..." : "")}) hold formulas")} without a saved result, which would read as empty. Open the workbook in Excel or LibreOffice and save it (that computes the formulas), or paste the values in place of the formulas."));
        }

        _rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheetName).Cast<IDictionary<string, object?>>().GetEnumerator();
        try
        {
            while (_rows.MoveNext())
            {
                _rowNumber++;
                if (headerRow is int wanted && _rowNumber < wanted)
                {
                    continue;
                }

                // Columns run up to the last non-empty header cell; blank rows above the header are skipped.
                var pairs = _rows.Current.ToList();
                int last = pairs.FindLastIndex(p => !string.IsNullOrWhiteSpace(CellText(p.Value)));
                if (last < 0)
                {
                    if (headerRow is not null)
                    {
                        throw new InputException($"{displayName}: row {headerRow} of sheet '{sheetName}' is blank; --header-row names the row that names the columns.");
                    }

                    continue;
                }

                _keys = pairs.Take(last + 1).Select(p => p.Key).ToArray();
                Headers = pairs.Take(last + 1).Select(p => CellText(p.Value).Trim()).ToArray();
                return;
            }

            throw new InputException(headerRow is null
                ? $"{displayName}: sheet '{sheetName}' is empty. {SheetList(names)}"
                : $"{displayName}: sheet '{sheetName}' has no row {headerRow}. {SheetList(names)}");
        }
        catch
        {
            _rows.Dispose();
            throw;
        }
    }

    public override bool IsSheet => true;

    /// <summary>The sheet <c>--sheet</c> names: by name (case ignored) or by number from 1; the first when none is given.</summary>
    private static string ChooseSheet(List<string> names, string? sheet, string displayName)
    {
        if (names.Count == 0)
        {
            throw new InputException($"{displayName}: the workbook has no sheets.");
        }

        if (sheet is null)
        {
            return names[0];
        }

        string? byName = names.Find(n => string.Equals(n, sheet.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }

        if (int.TryParse(sheet, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= names.Count)
        {
            return names[number - 1];
        }

        throw new InputException($"{displayName}: --sheet {sheet}: no such sheet. {SheetList(names)}");
    }

    private static string SheetList(List<string> names)
        => $"The workbook's sheets: {string.Join(", ", names.Select((n, i) => $"{i + 1} '{n}'"))}; choose one with --sheet.";

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
        // A date cell with a time of day (a post's publish time) keeps it.
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
