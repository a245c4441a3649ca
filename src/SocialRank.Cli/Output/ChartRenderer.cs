using ScottPlot;
using SocialRank.Formatting;

namespace SocialRank.Cli.Output;

/// <summary>
/// Draws the final totals as a horizontal bar chart (ScottPlot): one bar per rated page, best at the top, coloured by
/// its zone, with a legend of the zones in the upper right (where the best pages' short bars leave room). Above
/// <see cref="MaxBars"/> pages only the top and the bottom <see cref="MaxBars"/> / 2 are drawn, and the axis says how many
/// are left out, so the image stays readable and small whatever the number of pages; names longer than
/// <see cref="MaxNameLength"/> characters are cut with an ellipsis.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>The chart's width in pixels.</summary>
    internal const int Width = 1200;

    /// <summary>The most bars drawn; above it, the top and the bottom half of this many.</summary>
    internal const int MaxBars = 60;

    /// <summary>The longest page name drawn in full, in characters.</summary>
    internal const int MaxNameLength = 40;

    /// <summary>Returns the chart's height in pixels for a table of <paramref name="rows"/> rows.</summary>
    internal static int Height(int rows) => 160 + (26 * Math.Max(Math.Min(rows, MaxBars), 1));

    /// <summary>The rows drawn: all of them up to <see cref="MaxBars"/>, else the top and the bottom half of that many.</summary>
    internal static IEnumerable<int> DrawnRows(int rows)
    {
        if (rows <= MaxBars)
        {
            return Enumerable.Range(0, rows);
        }

        return Enumerable.Range(0, MaxBars / 2).Concat(Enumerable.Range(rows - (MaxBars / 2), MaxBars / 2));
    }

    /// <summary>A name as drawn: cut with an ellipsis after <see cref="MaxNameLength"/> − 1 characters when longer.</summary>
    internal static string ShortName(string name)
        => name.Length <= MaxNameLength ? name : string.Concat(name.AsSpan(0, MaxNameLength - 1), "…");

    /// <summary>Returns the chart as PNG bytes (<c>--chart</c>).</summary>
    internal static byte[] RenderPng(RatingTable table)
    {
        using Plot plot = Build(table);
        return plot.GetImageBytes(Width, Height(table.Rows.Count), ImageFormat.Png);
    }

    /// <summary>
    /// Returns the same chart as one SVG element for an HTML page: vector, its texts as SVG text (escaped by the SVG
    /// writer), sized by a <c>viewBox</c> so the page's CSS can scale it, without an XML declaration.
    /// </summary>
    internal static string RenderSvg(RatingTable table)
    {
        using Plot plot = Build(table);
        return Inline(plot, Height(table.Rows.Count));
    }

    /// <summary>Returns a plot as one SVG element for an HTML page (any chart of the tool): sized by a <c>viewBox</c>, without an XML declaration.</summary>
    internal static string Inline(Plot plot, int height)
    {
        string svg = plot.GetSvgXml(Width, height);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The chart library wrote no <svg> element.");
        }

        string viewBox = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" role=\"img\"");
        return viewBox + svg[(start + "<svg".Length)..];
    }

    /// <summary>Builds the plot of the totals (the caller disposes it).</summary>
    private static Plot Build(RatingTable table)
    {
        var plot = new Plot();
        int rows = table.Rows.Count;
        int[] drawn = [.. DrawnRows(rows)];
        int n = drawn.Length;
        var bars = new List<Bar>(n);
        var ticks = new Tick[n];
        for (int i = 0; i < n; i++)
        {
            TableRow row = table.Rows[drawn[i]];
            double total = HtmlRenderer.Total(row);
            double position = n - 1 - i;
            bars.Add(new Bar
            {
                Position = position,
                Value = double.IsFinite(total) ? total : 0,
                FillColor = row.Zone is { } zone ? ToColor(zone.Color) : Colors.Gray,
                Label = row.Find(TableColumnKind.Total)?.Text ?? "",
            });
            ticks[i] = new Tick(position, $"{row.Find(TableColumnKind.Place)?.Text}. {ShortName(row.Name)}");
        }

        ScottPlot.Plottables.BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.08, bottom: 0.02, top: 0.02);
        plot.Title(table.Title);
        string axis = n < rows
            ? table.Labels.ChartTitle + ". " + string.Format(table.Labels.Numbers, CliLabels.Of(table.Labels.Language).ChartPartTemplate, MaxBars / 2, rows, rows - n)
            : table.Labels.ChartTitle;
        plot.XLabel(CliTable.TopLine(table) is { } top ? axis + ". " + top : axis);
        plot.Grid.YAxisStyle.IsVisible = false;
        if (table.RowZones.Count > 0)
        {
            foreach (Zones.Zone zone in table.RowZones)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = zone.Name, FillColor = ToColor(zone.Color), OutlineColor = Colors.Black, OutlineWidth = 1 });
            }

            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.UpperRight;
        }

        return plot;
    }

    /// <summary>A zone colour as ScottPlot's, read as <see cref="HtmlRenderer.Rgb"/> reads it.</summary>
    internal static ScottPlot.Color ToColor(string hex)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(hex);
        return new ScottPlot.Color(r, g, b);
    }
}
