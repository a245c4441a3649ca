using System.Text;

namespace SocialRank.Sample;

/// <summary>
/// A small table of strings that the sample prints as aligned text and writes as Markdown.
/// </summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>Initializes a table with the given columns.</summary>
    /// <param name="columns">Each column's header and whether its cells are right-aligned (numbers).</param>
    public TextTable(params (string Header, bool RightAligned)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _headers = columns.Select(c => c.Header).ToArray();
        _rightAligned = columns.Select(c => c.RightAligned).ToArray();
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <exception cref="ArgumentException">The row has not one cell per column.</exception>
    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException("A row needs " + _headers.Length + " cells but has " + cells.Length + ".", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table as aligned text: a header, a rule, then the rows, columns two spaces apart.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int[] widths = new int[_headers.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = _rows.Select(r => r[c].Length).Prepend(_headers[c].Length).Max();
        }

        WriteAligned(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in _rows)
        {
            WriteAligned(writer, row, widths);
        }
    }

    /// <summary>Writes the table as a GitHub-flavoured Markdown table (<c>|</c> in cells escaped).</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteMarkdown(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("| " + string.Join(" | ", _headers.Select(EscapeMarkdown)) + " |");
        writer.WriteLine("| " + string.Join(" | ", _rightAligned.Select(r => r ? "---:" : "---")) + " |");
        foreach (string[] row in _rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(EscapeMarkdown)) + " |");
        }
    }

    private void WriteAligned(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            line.Append(_rightAligned[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string EscapeMarkdown(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
