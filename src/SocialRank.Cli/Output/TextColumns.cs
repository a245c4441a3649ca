using System.Text;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes a header and rows as plain aligned columns, two spaces apart, for the analyses' tables (robustness, compare):
/// each column as wide as its widest cell, numbers right-aligned and the columns named in <c>leftAligned</c> left-aligned,
/// trailing spaces trimmed.
/// </summary>
internal static class TextColumns
{
    internal static void Write(TextWriter writer, string[] header, IReadOnlyList<string[]> rows, params int[] leftAligned)
    {
        int[] widths = [.. header.Select((h, c) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length)))];
        var line = new StringBuilder();
        foreach (string[] cells in rows.Prepend(header))
        {
            line.Clear();
            for (int c = 0; c < cells.Length; c++)
            {
                line.Append(leftAligned.Contains(c) ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c])).Append(c < cells.Length - 1 ? "  " : "");
            }

            writer.Write(line.ToString().TrimEnd() + "\n");
        }
    }
}
