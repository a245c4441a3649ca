using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace SocialRank.Cli.Input;

/// <summary>
/// A Parquet file read with Parquet.Net, one row group at a time: its top-level columns are the headers (named as in
/// the file, so the CSV's header names and aliases apply), each row a data row numbered from 1 (the file's first
/// record is row 1). Numbers (integers, floating point, decimals) arrive as numbers, with their text for messages and
/// for an id column that holds numbers; strings as text; booleans as true or false; dates and times as ISO 8601 text;
/// a null as an empty cell, i.e. a missing value. A row whose cells are all null is blank and left out, like a blank
/// line. Lists, maps and structs are not read: the file is refused, naming the column.
/// </summary>
internal sealed class ParquetSource : TableSource
{
    private static readonly ParquetOptions Options = new() { TreatByteArrayAsString = true };

    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private int _group = -1;
    private int _groupRows;
    private int _index;
    private string?[][] _texts = [];
    private double?[][] _numbers = [];
    private Array?[] _raw = [];
    private int _rowNumber;

    public ParquetSource(string path, string displayName, Action<int>? progress)
        : base(displayName, progress)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(InputErrors.EmptyFile(displayName));
        }

        try
        {
            _reader = ParquetReader.CreateAsync(path, Options).GetAwaiter().GetResult();
        }
        catch (ParquetException e)
        {
            throw new InputException(InputErrors.CannotRead(displayName, e.Message), e);
        }

        try
        {
            var fields = new List<DataField>();
            foreach (Field field in _reader.Schema.Fields)
            {
                if (field is not DataField data || data.IsArray || data.MaxRepetitionLevel > 0)
                {
                    throw new InputException($"{displayName}: column '{field.Name}' is a {field.SchemaType.ToString().ToLowerInvariant()}, not one value a row; a pages file's columns hold numbers, text or true/false.");
                }

                if (Kind(data.ClrType) is null)
                {
                    throw new InputException($"{displayName}: column '{field.Name}' holds Parquet values of type {data.ClrType.Name}, which the tool does not read; store it as a number, a string or a boolean.");
                }

                fields.Add(data);
            }

            if (fields.Count == 0)
            {
                throw new InputException($"{displayName}: the file has no columns.");
            }

            _fields = [.. fields];
            Headers = [.. fields.Select(f => f.Name.Trim())];
        }
        catch
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <inheritdoc/>
    /// <remarks>A Parquet file has rows, as a sheet does: messages say "row".</remarks>
    public override bool IsSheet => true;

    private protected override RawRow? Next(out bool end)
    {
        while (_index >= _groupRows)
        {
            if (_group + 1 >= _reader.RowGroupCount)
            {
                end = true;
                return null;
            }

            ReadGroup(++_group);
        }

        end = false;
        int i = _index++;
        _rowNumber++;
        var cells = new string[_fields.Length];
        var numbers = new double?[_fields.Length];
        bool blank = true;
        for (int c = 0; c < _fields.Length; c++)
        {
            string? text = _texts[c][i];
            cells[c] = text ?? "";
            numbers[c] = _numbers[c].Length == 0 ? null : _numbers[c][i];
            blank &= text is null;
        }

        return blank ? null : new RawRow(_rowNumber, cells, numbers);
    }

    private protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads every column of row group <paramref name="group"/> into the cell buffers (reused from group to group: arrays this large would otherwise be collected as large objects, one set a group).</summary>
    private void ReadGroup(int group)
    {
        try
        {
            using ParquetRowGroupReader reader = _reader.OpenRowGroupReader(group);
            int rows = checked((int)reader.RowCount);
            if (_texts.Length == 0 || _texts[0].Length < rows)
            {
                _texts = [.. _fields.Select(_ => new string?[rows])];
                _numbers = [.. _fields.Select(f => Kind(f.ClrType) == ValueKind.Number ? new double?[rows] : [])];
                _raw = new Array?[_fields.Length];
            }

            for (int c = 0; c < _fields.Length; c++)
            {
                ReadColumn(reader, _fields[c], rows, _texts[c], _numbers[c], ref _raw[c]);
            }

            _groupRows = rows;
            _index = 0;
        }
        catch (ParquetException e)
        {
            throw new InputException(InputErrors.CannotRead(File, e.Message), e);
        }
    }

    /// <summary>What a column's values become: numbers, or text only.</summary>
    private enum ValueKind
    {
        Number,
        Text,
    }

    private static ValueKind? Kind(Type type)
        => type == typeof(sbyte) || type == typeof(byte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int) || type == typeof(uint)
            || type == typeof(long) || type == typeof(ulong) || type == typeof(float) || type == typeof(double) || type == typeof(decimal) ? ValueKind.Number
            : IsString(type) || IsBinary(type) || type == typeof(bool) || type == typeof(DateTime) || type == typeof(DateOnly)
                || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid) ? ValueKind.Text
            : null;

    /// <summary>Whether a column's values are strings (Parquet.Net 6 types them as <see cref="ReadOnlyMemory{T}"/> of char).</summary>
    private static bool IsString(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    /// <summary>Whether a column's values are bytes without a string annotation (read as UTF-8 text).</summary>
    private static bool IsBinary(Type type) => type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>);

    /// <summary>Reads one column chunk of <paramref name="rows"/> values: each cell's text (null for a null) and, for a number column, its values.</summary>
    private static void ReadColumn(ParquetRowGroupReader reader, DataField field, int rows, string?[] texts, double?[] numbers, ref Array? raw)
    {
        Type type = field.ClrType;
        if (IsString(type))
        {
            reader.ReadAsync(field, texts.AsMemory(0, rows)).AsTask().GetAwaiter().GetResult();
            return;
        }

        if (IsBinary(type))
        {
            var bytes = new byte[]?[rows];
            reader.ReadAsync(field, bytes.AsMemory()).AsTask().GetAwaiter().GetResult();
            for (int i = 0; i < rows; i++)
            {
                texts[i] = bytes[i] is { } b ? Encoding.UTF8.GetString(b) : null;
            }

            return;
        }

        switch (type)
        {
            case not null when type == typeof(sbyte): Numbers<sbyte>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(byte): Numbers<byte>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(short): Numbers<short>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(ushort): Numbers<ushort>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(int): Numbers<int>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(uint): Numbers<uint>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(long): Numbers<long>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(ulong): Numbers<ulong>(reader, field, rows, texts, numbers, ref raw, v => v); break;

            // A float's shortest text is the number it was written as (0.1f is 0.1, not 0.100000001490116).
            case not null when type == typeof(float): Numbers<float>(reader, field, rows, texts, numbers, ref raw, v => double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)); break;
            case not null when type == typeof(double): Numbers<double>(reader, field, rows, texts, numbers, ref raw, v => v); break;
            case not null when type == typeof(decimal): Numbers<decimal>(reader, field, rows, texts, numbers, ref raw, v => (double)v); break;
            case not null when type == typeof(bool): Texts<bool>(reader, field, rows, texts, ref raw, v => v ? "true" : "false"); break;
            case not null when type == typeof(DateTime): Texts<DateTime>(reader, field, rows, texts, ref raw, v => v.ToString(v.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case not null when type == typeof(DateOnly): Texts<DateOnly>(reader, field, rows, texts, ref raw, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case not null when type == typeof(TimeOnly): Texts<TimeOnly>(reader, field, rows, texts, ref raw, v => v.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case not null when type == typeof(TimeSpan): Texts<TimeSpan>(reader, field, rows, texts, ref raw, v => v.ToString("c", CultureInfo.InvariantCulture)); break;
            case not null when type == typeof(Guid): Texts<Guid>(reader, field, rows, texts, ref raw, v => v.ToString()); break;
            default: throw new InvalidOperationException("A column type the constructor accepted has no reader: " + type?.Name);
        }
    }

    /// <summary>A number column: the values as doubles, a NaN or an infinity as its text only (which is not a number to the reader).</summary>
    private static void Numbers<T>(ParquetRowGroupReader reader, DataField field, int rows, string?[] texts, double?[] numbers, ref Array? raw, Func<T, double> toDouble)
        where T : struct, IFormattable
    {
        T?[] values = Read<T>(reader, field, rows, ref raw);
        for (int i = 0; i < rows; i++)
        {
            texts[i] = null;
            numbers[i] = null;
            if (values[i] is T value)
            {
                // A number's text is left empty (not null: the cell is not blank) and made from it only for a message
                // or an id; a NaN or an infinity keeps its text, which the number reader refuses.
                double number = toDouble(value);
                if (double.IsFinite(number))
                {
                    texts[i] = "";
                    numbers[i] = number;
                }
                else
                {
                    texts[i] = value.ToString(null, CultureInfo.InvariantCulture);
                }
            }
        }
    }

    /// <summary>A column read as text only.</summary>
    private static void Texts<T>(ParquetRowGroupReader reader, DataField field, int rows, string?[] texts, ref Array? raw, Func<T, string> toText)
        where T : struct
    {
        T?[] values = Read<T>(reader, field, rows, ref raw);
        for (int i = 0; i < rows; i++)
        {
            texts[i] = values[i] is T value ? toText(value) : null;
        }
    }

    /// <summary>Reads <paramref name="rows"/> values into <paramref name="raw"/> (made, or made larger, when it is not a big enough array of <typeparamref name="T"/>).</summary>
    private static T?[] Read<T>(ParquetRowGroupReader reader, DataField field, int rows, ref Array? raw)
        where T : struct
    {
        if (raw is not T?[] values || values.Length < rows)
        {
            raw = values = new T?[rows];
        }

        if (field.IsNullable)
        {
            reader.ReadAsync<T>(field, values.AsMemory(0, rows)).AsTask().GetAwaiter().GetResult();
        }
        else
        {
            var required = new T[rows];
            reader.ReadAsync<T>(field, required.AsMemory()).AsTask().GetAwaiter().GetResult();
            for (int i = 0; i < rows; i++)
            {
                values[i] = required[i];
            }
        }

        return values;
    }
}
