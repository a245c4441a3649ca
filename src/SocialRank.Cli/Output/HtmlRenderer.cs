using System.Globalization;
using System.Net;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as one self-contained HTML page (no scripts, no external files): the table in zone colours,
/// a bar chart of the totals drawn with CSS, the excluded pages and the method. Every text from the input is
/// HTML-encoded; colours are written only in the <c>#rrggbb</c> form checked by <see cref="Rgb"/>.
/// </summary>
internal static class HtmlRenderer
{
    internal static void Write(RatingView view, TextWriter w)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{E(view.Labels.Language)}\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{E(view.Title)}</title>");
        w.WriteLine("<style>");
        w.WriteLine("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem;color:#1a1a1a}");
        w.WriteLine("table.rating{border-collapse:collapse;font-variant-numeric:tabular-nums}");
        w.WriteLine("table.rating th,table.rating td{border:1px solid #c8c8c8;padding:.3rem .5rem}");
        w.WriteLine("table.rating td.num{text-align:right}");
        w.WriteLine("table.rating th{background:#f0f0f0}");
        w.WriteLine("span.place{color:#666;font-size:.85em}");
        w.WriteLine(".chart{max-width:60rem}");
        w.WriteLine(".bar-row{display:flex;align-items:center;margin:.15rem 0}");
        w.WriteLine(".bar-label{width:22rem;flex:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}");
        w.WriteLine(".bar{height:1.2rem;border:1px solid #888;box-sizing:border-box}");
        w.WriteLine(".bar-value{margin-left:.4rem;font-variant-numeric:tabular-nums}");
        w.WriteLine(".swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #888;vertical-align:middle;margin-right:.3rem}");
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine($"<h1>{E(view.Title)}</h1>");
        WriteTable(view, w);
        WriteLegend(view, w);
        WriteExcluded(view, w);
        WriteChart(view, w);
        w.WriteLine($"<h2>{E(view.Labels.Method)}</h2>");
        w.WriteLine("<ul class=\"method\">");
        foreach (string line in view.MethodLines)
        {
            w.WriteLine($"<li>{E(line)}</li>");
        }

        w.WriteLine("</ul>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteTable(RatingView view, TextWriter w)
    {
        w.WriteLine("<table class=\"rating\">");
        w.Write($"<thead><tr><th>{E(view.Labels.Place)}</th><th>{E(view.Labels.Page)}</th>");
        foreach (ViewIndicator indicator in view.Indicators)
        {
            w.Write($"<th>{E(indicator.Name)}</th>");
        }

        w.Write($"<th>{E(view.Labels.Total)}</th>");
        if (view.Zones.Count > 0)
        {
            w.Write($"<th>{E(view.Labels.Zone)}</th>");
        }

        bool decisions = view.ShowsDecisions;
        if (decisions)
        {
            w.Write($"<th>{E(view.Labels.DecidedBy)}</th>");
        }

        w.WriteLine("</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (ViewRow row in view.Rows)
        {
            w.Write(row.Zone is { } zone ? $"<tr style=\"{ZoneStyle(zone)}\">" : "<tr>");
            w.Write($"<td class=\"num\">{E(ViewFormat.Number(row.Place))}</td><td>{E(row.Name)}</td>");
            for (int i = 0; i < view.Indicators.Count; i++)
            {
                ViewCell cell = row.Cells[i];
                string style = row.ValueZones.TryGetValue(i, out ViewZone? valueZone) ? $" style=\"{ZoneStyle(valueZone)}\"" : "";
                w.Write($"<td class=\"num\"{style}>{E(ViewFormat.Value(cell.Value, view.Indicators[i].Precision, view.Labels))} <span class=\"place\">({E(ViewFormat.Number(cell.Place))})</span></td>");
            }

            w.Write($"<td class=\"num\">{E(ViewFormat.Number(row.Total))}</td>");
            if (view.Zones.Count > 0)
            {
                w.Write($"<td>{E(row.Zone?.Name ?? "")}</td>");
            }

            if (decisions)
            {
                w.Write($"<td>{E(ViewFormat.Decision(row.Decision, view.Labels))}</td>");
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
    }

    private static void WriteLegend(RatingView view, TextWriter w)
        => WriteList(w, view.Labels.Zones, "zones", view.Zones.Select(zone => $"<span class=\"swatch\" style=\"background:{Hex(zone.Color)}\"></span>{E(zone.Name)}"));

    private static void WriteExcluded(RatingView view, TextWriter w)
        => WriteList(w, view.Labels.Excluded, "excluded", view.Excluded.Select(excluded => $"{E(excluded.Name)} ({E(excluded.Id)}): {E(excluded.Reason)}"));

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

    private static void WriteChart(RatingView view, TextWriter w)
    {
        w.WriteLine($"<h2>{E(view.Labels.ChartTitle)}</h2>");
        w.WriteLine("<div class=\"chart\">");
        double max = view.Rows.Count == 0 ? 0 : view.Rows.Max(r => double.IsFinite(r.Total) ? r.Total : 0);
        foreach (ViewRow row in view.Rows)
        {
            double percent = max > 0 && double.IsFinite(row.Total) ? Math.Max(0, row.Total) / max * 70 : 0;
            string color = row.Zone is { } zone ? Hex(zone.Color) : "#9e9e9e";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<div class=\"bar-row\"><span class=\"bar-label\">{E(ViewFormat.Number(row.Place))}. {E(row.Name)}</span><span class=\"bar\" style=\"width:{percent:0.##}%;background:{color}\"></span><span class=\"bar-value\">{E(ViewFormat.Number(row.Total))}</span></div>"));
        }

        w.WriteLine("</div>");
    }

    private static string ZoneStyle(ViewZone zone)
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
