using System.Globalization;
using System.Text;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks quoted), safe to open
/// in a spreadsheet: a text field that starts with '=', '+', '-', '@', tab or carriage return is prefixed with an
/// apostrophe so it is never run as a formula. Numbers are written in full with a '.' decimal point.
/// </summary>
internal static class CsvRenderer
{
    internal static void Write(RatingView view, TextWriter w)
    {
        var header = new List<string> { "place", "id", "name" };
        foreach (ViewIndicator indicator in view.Indicators)
        {
            header.Add(indicator.Name);
            header.Add(indicator.Name + " place");
        }

        header.Add("total");
        if (view.Zones.Count > 0)
        {
            header.Add("zone");
        }

        WriteRow(w, header.Select(Text));
        foreach (ViewRow row in view.Rows)
        {
            var cells = new List<string> { Number(row.Place), Text(row.Id), Text(row.Name) };
            foreach (ViewCell cell in row.Cells)
            {
                cells.Add(Number(cell.Value));
                cells.Add(Number(cell.Place));
            }

            cells.Add(Number(row.Total));
            if (view.Zones.Count > 0)
            {
                cells.Add(Text(row.Zone?.Name ?? ""));
            }

            WriteRow(w, cells);
        }
    }

    /// <summary>Returns a text field, defused and quoted as needed.</summary>
    internal static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(double value)
        => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter w, IEnumerable<string> cells)
    {
        var line = new StringBuilder();
        foreach (string cell in cells)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            line.Append(cell);
        }

        w.Write(line.Append("\r\n").ToString());
    }
}
