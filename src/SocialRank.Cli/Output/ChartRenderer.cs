using ScottPlot;

namespace SocialRank.Cli.Output;

/// <summary>
/// Draws the final totals as a horizontal bar chart (ScottPlot): one bar per rated page, best at the top, coloured by
/// its zone, with a legend of the zones in the upper right (where the best pages' short bars leave room).
/// </summary>
internal static class ChartRenderer
{
    /// <summary>The chart's width in pixels.</summary>
    internal const int Width = 1200;

    /// <summary>Returns the chart's height in pixels for <paramref name="rows"/> bars.</summary>
    internal static int Height(int rows) => 160 + (26 * Math.Max(rows, 1));

    /// <summary>Returns the chart as PNG bytes.</summary>
    internal static byte[] RenderPng(RatingView view)
    {
        using var plot = new Plot();
        int n = view.Rows.Count;
        var bars = new List<Bar>(n);
        var ticks = new Tick[n];
        for (int i = 0; i < n; i++)
        {
            ViewRow row = view.Rows[i];
            double position = n - 1 - i;
            bars.Add(new Bar
            {
                Position = position,
                Value = double.IsFinite(row.Total) ? row.Total : 0,
                FillColor = row.Zone is { } zone ? ToColor(zone.Color) : Colors.Gray,
                Label = ViewFormat.Number(row.Total),
            });
            ticks[i] = new Tick(position, $"{ViewFormat.Number(row.Place)}. {row.Name}");
        }

        ScottPlot.Plottables.BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.08, bottom: 0.02, top: 0.02);
        plot.Title(view.Title);
        plot.XLabel(view.Labels.ChartTitle);
        plot.Grid.YAxisStyle.IsVisible = false;
        if (view.Zones.Count > 0)
        {
            foreach (ViewZone zone in view.Zones)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = zone.Name, FillColor = ToColor(zone.Color), OutlineColor = Colors.Black, OutlineWidth = 1 });
            }

            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.UpperRight;
        }

        return plot.GetImageBytes(Width, Height(n), ImageFormat.Png);
    }

    private static ScottPlot.Color ToColor(string hex)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(hex);
        return new ScottPlot.Color(r, g, b);
    }
}
