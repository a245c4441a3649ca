using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// The column file shared with the pandas side (written by <c>benchmarks/pandas/generate.py</c>):
/// the 8 ASCII bytes <c>SRPAGES1</c>, the row count (int64), the column count (int32), each column's name in 16 ASCII
/// bytes padded with NUL, then each column as float64 values (NaN = missing); little-endian throughout.
/// </summary>
internal static class DataFile
{
    private const string Magic = "SRPAGES1";
    private const int NameBytes = 16;

    public static RawPages Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (Encoding.ASCII.GetString(header[..8]) != Magic)
        {
            throw new InvalidDataException($"{path}: not a SocialRank page file (magic {Magic} expected).");
        }

        long rows = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        int columns = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (rows is < 0 or > int.MaxValue || columns != RawPages.ColumnNames.Length)
        {
            throw new InvalidDataException($"{path}: {rows} rows and {columns} columns; expected {RawPages.ColumnNames.Length} columns.");
        }

        var names = new byte[NameBytes * columns];
        stream.ReadExactly(names);
        for (int c = 0; c < columns; c++)
        {
            string name = Encoding.ASCII.GetString(names, c * NameBytes, NameBytes).TrimEnd('\0');
            if (name != RawPages.ColumnNames[c])
            {
                throw new InvalidDataException($"{path}: column {c} is '{name}', expected '{RawPages.ColumnNames[c]}'.");
            }
        }

        var data = new double[columns][];
        for (int c = 0; c < columns; c++)
        {
            data[c] = new double[rows];
            stream.ReadExactly(MemoryMarshal.AsBytes(data[c].AsSpan()));
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The page file is little-endian.");
        }

        return new RawPages(data);
    }

    /// <summary>Writes <paramref name="pages"/> in the format <see cref="Read"/> reads (and <c>benchmarks/pandas/generate.py</c> writes).</summary>
    public static void Write(string path, RawPages pages)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The page file is little-endian.");
        }

        using FileStream stream = File.Create(path);
        Span<byte> header = stackalloc byte[20];
        Encoding.ASCII.GetBytes(Magic, header);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], pages.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], RawPages.ColumnNames.Length);
        stream.Write(header);
        var names = new byte[NameBytes * RawPages.ColumnNames.Length];
        for (int c = 0; c < RawPages.ColumnNames.Length; c++)
        {
            Encoding.ASCII.GetBytes(RawPages.ColumnNames[c], names.AsSpan(c * NameBytes, NameBytes));
        }

        stream.Write(names);
        foreach (double[] column in pages.Columns)
        {
            stream.Write(MemoryMarshal.AsBytes(column.AsSpan()));
        }
    }

    /// <summary>Reads the final places pandas wrote (int64 per page, in page order).</summary>
    public static long[] ReadPlaces(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return MemoryMarshal.Cast<byte, long>(bytes).ToArray();
    }
}
