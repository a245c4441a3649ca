using System.Globalization;
using System.Net;
using SocialRank.Formatting;
using SocialRank.Zones;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as one self-contained HTML page (no scripts, no external files): the table in zone colours,
/// a bar chart of the totals drawn with CSS, the excluded pages and the method. Every text from the input is
/// HTML-encoded; colours are written only in the <c>#rrggbb</c> form checked by <see cref="Rgb"/>.
/// </summary>
internal static class HtmlRenderer
{
    internal static void Write(RatingTable table, TextWriter w)
    {
        LabelSet labels = table.Labels;
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{E(labels.Language)}\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{E(table.Title)}</title>");
        w.WriteLine("<style>");
        w.WriteLine("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem;color:#1a1a1a}");
        w.WriteLine("table.rating{border-collapse:collapse;font-variant-numeric:tabular-nums}");
        w.WriteLine("table.rating th,table.rating td{border:1px solid #c8c8c8;padding:.3rem .5rem}");
        w.WriteLine("table.rating td.num{text-align:right}");
        w.WriteLine("table.rating th{background:#f0f0f0}");
        w.WriteLine(".chart{max-width:60rem}");
        w.WriteLine(".bar-row{display:flex;align-items:center;margin:.15rem 0}");
        w.WriteLine(".bar-label{width:22rem;flex:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}");
        w.WriteLine(".bar{height:1.2rem;border:1px solid #888;box-sizing:border-box}");
        w.WriteLine(".bar-value{margin-left:.4rem;font-variant-numeric:tabular-nums}");
        w.WriteLine(".swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #888;vertical-align:middle;margin-right:.3rem}");
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine($"<h1>{E(table.Title)}</h1>");
        WriteTable(table, w);
        WriteList(w, labels.Zones, "zones", table.RowZones.Select(zone => $"<span class=\"swatch\" style=\"background:{Hex(zone.Color)}\"></span>{E(zone.Name)}"));
        WriteList(w, labels.Excluded, "excluded", table.Excluded.Select(excluded => $"{E(excluded.Name)} ({E(excluded.Id)}): {E(excluded.Reason)}"));
        WriteChart(table, w);
        WriteList(w, labels.Method, "method", (table.Method?.Lines ?? []).Select(E));
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteTable(RatingTable table, TextWriter w)
    {
        w.WriteLine("<table class=\"rating\">");
        w.Write("<thead><tr>");
        foreach (TableColumn column in table.Columns)
        {
            w.Write($"<th>{E(column.Header)}</th>");
        }

        w.WriteLine("</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (TableRow row in table.Rows)
        {
            w.Write(row.Zone is { } zone ? $"<tr style=\"{ZoneStyle(zone)}\">" : "<tr>");
            for (int c = 0; c < row.Cells.Count; c++)
            {
                TableCell cell = row.Cells[c];
                string numeric = table.Columns[c].IsNumeric ? " class=\"num\"" : "";
                string style = cell.Kind is TableColumnKind.Score or TableColumnKind.Value && cell.Zone is { } valueZone ? $" style=\"{ZoneStyle(valueZone)}\"" : "";
                w.Write($"<td{numeric}{style}>{E(cell.Text)}</td>");
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
    }

    /// <summary>Writes a heading and a list of items already escaped as HTML; nothing when there are no items.</summary>
    private static void WriteList(TextWriter w, string heading, string cssClass, IEnumerable<string> itemsHtml)
    {
        List<string> items = [.. itemsHtml];
        if (items.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h2>{E(heading)}</h2>");
        w.WriteLine($"<ul class=\"{cssClass}\">");
        foreach (string item in items)
        {
            w.WriteLine($"<li>{item}</li>");
        }

        w.WriteLine("</ul>");
    }

    private static void WriteChart(RatingTable table, TextWriter w)
    {
        w.WriteLine($"<h2>{E(table.Labels.ChartTitle)}</h2>");
        w.WriteLine("<div class=\"chart\">");
        double max = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => double.IsFinite(Total(r)) ? Total(r) : 0);
        foreach (TableRow row in table.Rows)
        {
            double total = Total(row);
            double percent = max > 0 && double.IsFinite(total) ? Math.Max(0, total) / max * 70 : 0;
            string color = row.Zone is { } zone ? Hex(zone.Color) : "#9e9e9e";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<div class=\"bar-row\"><span class=\"bar-label\">{E(row.Find(TableColumnKind.Place)?.Text ?? "")}. {E(row.Name)}</span><span class=\"bar\" style=\"width:{percent:0.##}%;background:{color}\"></span><span class=\"bar-value\">{E(row.Find(TableColumnKind.Total)?.Text ?? "")}</span></div>"));
        }

        w.WriteLine("</div>");
    }

    /// <summary>Returns a row's total (NaN when the table has no total column).</summary>
    internal static double Total(TableRow row) => row.Find(TableColumnKind.Total)?.Penalty ?? double.NaN;

    private static string ZoneStyle(Zone zone)
        => $"background:{Hex(zone.Color)};color:{(IsDark(zone.Color) ? "#ffffff" : "#1a1a1a")}";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Returns the colour as <c>#rrggbb</c> (only hex digits, so safe inside a style attribute).</summary>
    internal static string Hex(string color)
    {
        (byte r, byte g, byte b) = Rgb(color);
        return string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
    }

    /// <summary>Reads <c>#rgb</c> or <c>#rrggbb</c>; anything else is grey.</summary>
    internal static (byte R, byte G, byte B) Rgb(string color)
    {
        ReadOnlySpan<char> s = color.AsSpan().Trim().TrimStart('#');
        if (s.Length == 3 && int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int short3))
        {
            int r = (short3 >> 8) & 0xF, g = (short3 >> 4) & 0xF, b = short3 & 0xF;
            return ((byte)(r * 17), (byte)(g * 17), (byte)(b * 17));
        }

        if (s.Length == 6 && int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
        {
            return ((byte)(rgb >> 16), (byte)((rgb >> 8) & 0xFF), (byte)(rgb & 0xFF));
        }

        return (0x9e, 0x9e, 0x9e);
    }

    /// <summary>Returns whether text on this colour should be white (relative luminance below one half).</summary>
    internal static bool IsDark(string color)
    {
        (byte r, byte g, byte b) = Rgb(color);
        return ((0.2126 * r) + (0.7152 * g) + (0.0722 * b)) / 255 < 0.5;
    }
}
