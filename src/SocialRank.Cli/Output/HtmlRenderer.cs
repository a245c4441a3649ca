using System.Globalization;
using System.Net;
using SocialRank.Formatting;
using SocialRank.Zones;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as one self-contained HTML page to publish (no scripts, no external files): the title with the source
/// and date lines, the table in zone colours (it scrolls inside its own box on a narrow screen), the equal totals and what
/// decided between their pages, a legend of every zone scheme, the excluded pages, the chart of the totals as inline SVG
/// (<see cref="ChartRenderer.RenderSvg"/>) and the full method. Every text from the input is HTML-encoded; colours are
/// written only in the <c>#rrggbb</c> form checked by <see cref="Rgb"/>, each with the text colour <see cref="Contrast"/>
/// gives it.
/// </summary>
internal static class HtmlRenderer
{
    /// <summary>The page's styles: readable from 320 px wide up, tables scroll in their boxes, the chart keeps a readable width.</summary>
    private static readonly string[] Styles =
    [
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;margin:2rem auto;padding:0 1rem;max-width:90rem;color:#1a1a1a;background:#ffffff;line-height:1.4}",
        "h1{font-size:1.6rem;margin:0 0 .4rem;overflow-wrap:anywhere}",
        "h2{font-size:1.2rem;margin:1.6rem 0 .5rem}",
        "p,li{overflow-wrap:anywhere}",
        "p.source{margin:0 0 1rem;color:#333333}",
        ".table-box{overflow-x:auto;max-width:100%;border:1px solid #c8c8c8}",
        "table{border-collapse:collapse;font-variant-numeric:tabular-nums}",
        "table th,table td{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}",
        "table td{white-space:nowrap}",
        "table td.num{text-align:right}",
        "table th{background:#f0f0f0;color:#1a1a1a}",
        "table.rating td:nth-child(2),table.method td{white-space:normal;min-width:10rem}",
        "table.method td.num{min-width:0}",
        "ul{padding-left:1.4rem}",
        ".swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #555555;vertical-align:middle;margin-right:.4rem}",
        "figure.chart{margin:0;overflow-x:auto;max-width:75rem;border:1px solid #c8c8c8}",
        "figure.chart svg{display:block;width:100%;min-width:40rem;height:auto}",
    ];

    /// <summary>Writes the page of a table alone (<see cref="HtmlPageInfo.None"/>).</summary>
    internal static void Write(RatingTable table, TextWriter w) => Write(table, HtmlPageInfo.None, w);

    /// <summary>Writes the page of <paramref name="table"/> with the method's zone schemes, indicators and the source and date lines of <paramref name="page"/>.</summary>
    internal static void Write(RatingTable table, HtmlPageInfo page, TextWriter w)
    {
        LabelSet labels = table.Labels;
        CliLabels words = CliLabels.Of(labels.Language);
        WriteHead(table.Title, labels.Language, w);
        WriteSource(page, words, w);
        WriteTable(table, w);
        if (CliTable.TopLine(table) is { } topLine)
        {
            w.WriteLine($"<p class=\"top\">{E(topLine)}</p>");
        }

        WriteEqualTotals(table, words, w);
        WriteLegend(table, page, words, w);
        WriteList(w, labels.Excluded, "excluded", table.Excluded.Select(excluded => $"{E(excluded.Name)} ({E(excluded.Id)}): {E(excluded.Reason)}"));
        WriteChart(table, w);
        WriteMethod(table, page, words, w);
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    /// <summary>
    /// Writes an analysis's report (<see cref="AnalysisReport"/>) as a page of its own, in the styles of the rating's page:
    /// the title, the heading line, the table with each row in its zone's colours, the report's figure (inline SVG), then
    /// its blocks, plain lines as paragraphs and items as lists. Every text is HTML-encoded.
    /// </summary>
    internal static void WriteReport(AnalysisReport report, string language, TextWriter w)
    {
        WriteHead(report.Title, language, w);
        w.WriteLine($"<p class=\"source\">{E(report.Heading)}</p>");
        w.WriteLine($"<div class=\"table-box\" role=\"region\" aria-label=\"{E(report.Title)}\" tabindex=\"0\">");
        w.WriteLine("<table class=\"rating\">");
        w.WriteLine("<thead><tr>" + string.Concat(report.Header.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead>");
        w.WriteLine("<tbody>");
        foreach ((string[] cells, Zone? zone) in report.Rows)
        {
            w.Write(zone is null ? "<tr>" : $"<tr style=\"{ZoneStyle(zone)}\">");
            for (int c = 0; c < cells.Length; c++)
            {
                w.Write(report.LeftAligned.Contains(c) ? $"<td>{E(cells[c])}</td>" : $"<td class=\"num\">{E(cells[c])}</td>");
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
        w.WriteLine("</div>");
        if (report.FigureSvg is { } svg)
        {
            string caption = report.FigureCaption ?? report.Title;
            w.WriteLine($"<h2>{E(caption)}</h2>");
            w.WriteLine($"<figure class=\"chart\" aria-label=\"{E(caption)}\">");
            w.WriteLine(svg);
            w.WriteLine("</figure>");
        }

        foreach (IReadOnlyList<AnalysisReport.Line> block in report.Blocks)
        {
            bool inList = false;
            foreach (AnalysisReport.Line line in block)
            {
                if (line.IsItem != inList)
                {
                    w.WriteLine(inList ? "</ul>" : "<ul>");
                    inList = line.IsItem;
                }

                w.WriteLine(line.IsItem ? $"<li>{E(line.Joined)}</li>" : $"<p>{E(line.Joined)}</p>");
            }

            if (inList)
            {
                w.WriteLine("</ul>");
            }
        }

        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    /// <summary>Writes the page's start: the document type, the language, the head with the title and the styles, and the title as the heading.</summary>
    private static void WriteHead(string title, string language, TextWriter w)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{E(language)}\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{E(title)}</title>");
        w.WriteLine("<style>");
        foreach (string style in Styles)
        {
            w.WriteLine(style);
        }

        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine($"<h1>{E(title)}</h1>");
    }

    private static void WriteSource(HtmlPageInfo page, CliLabels words, TextWriter w)
    {
        var parts = new List<string>(2);
        if (page.Source is { } source)
        {
            parts.Add($"<span class=\"source-text\">{E(words.Source)}: {E(source)}</span>");
        }

        if (page.Date is { } date)
        {
            parts.Add($"<span class=\"date\">{E(words.Date)}: {E(date)}</span>");
        }

        if (parts.Count > 0)
        {
            w.WriteLine($"<p class=\"source\">{string.Join(" · ", parts)}</p>");
        }
    }

    private static void WriteTable(RatingTable table, TextWriter w)
    {
        w.WriteLine($"<div class=\"table-box\" role=\"region\" aria-label=\"{E(table.Title)}\" tabindex=\"0\">");
        w.WriteLine("<table class=\"rating\">");
        w.Write("<thead><tr>");
        foreach (TableColumn column in table.Columns)
        {
            w.Write($"<th scope=\"col\">{E(column.Header)}</th>");
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
        w.WriteLine("</div>");
    }

    /// <summary>Lists each total that several pages have, with what decided each page's place (the table's decision texts).</summary>
    private static void WriteEqualTotals(RatingTable table, CliLabels words, TextWriter w)
    {
        IEnumerable<string> groups = table.Rows
            .Select(row => (Row: row, Total: row.Find(TableColumnKind.Total)))
            .Where(r => r.Total is not null && !double.IsNaN(r.Total.Penalty))
            .GroupBy(r => r.Total!.Penalty)
            .Where(g => g.Count() > 1)
            .Select(g => E(words.Fill(words.EqualTotalTemplate, g.First().Total!.Text,
                string.Join("; ", g.Select(r => words.Fill(words.TiedPageTemplate, r.Row.Name, r.Row.Find(TableColumnKind.Decision)?.Text ?? ""))))));
        WriteList(w, words.EqualTotals, "equal-totals", groups);
    }

    /// <summary>Writes a legend of every zone scheme (each zone's colour, name and the places or values it takes in), or of the row zones when the page has no schemes.</summary>
    private static void WriteLegend(RatingTable table, HtmlPageInfo page, CliLabels words, TextWriter w)
    {
        if (page.Schemes.Count == 0)
        {
            WriteList(w, table.Labels.Zones, "zones", table.RowZones.Select(zone => Swatch(zone) + E(zone.Name)));
            return;
        }

        w.WriteLine($"<h2>{E(table.Labels.Zones)}</h2>");
        foreach (ZoneScheme scheme in page.Schemes)
        {
            (string heading, List<(Zone Zone, string Rule)> bands) = Legend(scheme, table.Labels, words);
            w.WriteLine($"<p class=\"scheme\">{E(heading)}</p>");
            w.WriteLine("<ul class=\"zones\">");
            foreach ((Zone zone, string rule) in bands)
            {
                w.WriteLine(rule.Length == 0 ? $"<li>{Swatch(zone)}{E(zone.Name)}</li>" : $"<li>{Swatch(zone)}{E(zone.Name)}: {E(rule)}</li>");
            }

            w.WriteLine("</ul>");
        }
    }

    /// <summary>Returns a scheme's legend line and its zones, each with the places or values it takes in (empty for a kind of scheme the tool cannot describe).</summary>
    internal static (string Heading, List<(Zone Zone, string Rule)> Bands) Legend(ZoneScheme scheme, LabelSet labels, CliLabels words)
    {
        var bands = new List<(Zone, string)>();
        switch (scheme)
        {
            case PlaceBandZoneScheme places:
            {
                long first = 1;
                foreach (PlaceBand band in places.Bands)
                {
                    long last = first + band.Count - 1;
                    bands.Add((band.Zone, band.Count == 1 ? words.Fill(words.PlaceTemplate, Count(first, words)) : words.Fill(words.PlacesTemplate, Count(first, words), Count(last, words))));
                    first = last + 1;
                }

                if (places.Rest is { } rest)
                {
                    bands.Add((rest, words.Fill(words.RestTemplate, Count(first, words))));
                }

                return (words.Fill(words.ByPlacesTemplate, scheme.Name), bands);
            }

            case ThresholdZoneScheme thresholds:
            {
                foreach (ValueBand band in thresholds.Bands)
                {
                    string? lower = band.Lower is { } l ? (l.Inclusive ? "≥ " : "> ") + Bound(l.Value, labels) : null;
                    string? upper = band.Upper is { } u ? (u.Inclusive ? "≤ " : "< ") + Bound(u.Value, labels) : null;
                    bands.Add((band.Zone, lower is not null && upper is not null ? words.Fill(words.BothBoundsTemplate, lower, upper) : lower ?? upper ?? ""));
                }

                if (thresholds.MissingZone is { } missing)
                {
                    bands.Add((missing, words.NoValue));
                }

                return (thresholds.IsOnTotal ? words.Fill(words.ByTotalTemplate, scheme.Name) : words.Fill(words.ByValueTemplate, scheme.Name, thresholds.IndicatorName!), bands);
            }

            default:
                bands.AddRange(scheme.Zones.Select(zone => (zone, "")));
                return (scheme.Name, bands);
        }
    }

    private static string Count(long n, CliLabels words) => n.ToString("N0", words.Labels.Numbers);

    /// <summary>Writes a bound of a value band as the library writes an exact value, grouped in thousands.</summary>
    private static string Bound(double value, LabelSet labels) => SocialRank.Ranking.Precision.Exact.Format(value, labels.Numbers, groupThousands: true);

    private static string Swatch(Zone zone) => $"<span class=\"swatch\" style=\"background:{Hex(zone.Color)}\"></span>";

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
        if (table.Rows.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h2>{E(table.Labels.ChartTitle)}</h2>");
        w.WriteLine($"<figure class=\"chart\" aria-label=\"{E(table.Labels.ChartTitle)}\">");
        w.WriteLine(ChartRenderer.RenderSvg(table));
        w.WriteLine("</figure>");
    }

    /// <summary>Writes the method: a table of the indicators (direction, weight, precision and rounding rule, missing values) and the method's sentences (ties, tie-breakers, interactions, indicators).</summary>
    private static void WriteMethod(RatingTable table, HtmlPageInfo page, CliLabels words, TextWriter w)
    {
        List<string> lines = [.. (table.Method?.Lines ?? []).Select(E)];
        if (lines.Count == 0 && page.Indicators.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h2>{E(table.Labels.Method)}</h2>");
        if (page.Indicators.Count > 0)
        {
            w.WriteLine("<div class=\"table-box\">");
            w.WriteLine("<table class=\"method\">");
            w.WriteLine($"<thead><tr><th scope=\"col\">{E(words.IndicatorHeader)}</th><th scope=\"col\">{E(words.DirectionHeader)}</th><th scope=\"col\">{E(words.WeightHeader)}</th><th scope=\"col\">{E(words.PrecisionHeader)}</th><th scope=\"col\">{E(words.MissingHeader)}</th></tr></thead>");
            w.WriteLine("<tbody>");
            foreach (IndicatorRule rule in page.Indicators)
            {
                w.WriteLine($"<tr><td>{E(rule.Name)}</td><td>{E(rule.Direction)}</td><td class=\"num\">{E(rule.Weight)}</td><td>{E(rule.Precision)}</td><td>{E(rule.Missing)}</td></tr>");
            }

            w.WriteLine("</tbody>");
            w.WriteLine("</table>");
            w.WriteLine("</div>");
        }

        if (lines.Count > 0)
        {
            w.WriteLine("<ul class=\"method\">");
            foreach (string line in lines)
            {
                w.WriteLine($"<li>{line}</li>");
            }

            w.WriteLine("</ul>");
        }
    }

    /// <summary>Returns a row's total (NaN when the table has no total column).</summary>
    internal static double Total(TableRow row) => row.Find(TableColumnKind.Total)?.Penalty ?? double.NaN;

    /// <summary>Returns the style of a cell or row in a zone: its colour and the text colour that contrasts most with it.</summary>
    internal static string ZoneStyle(Zone zone)
    {
        string background = Hex(zone.Color);
        return $"background:{background};color:{Contrast.TextOn(background)}";
    }

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
}
