using ScottPlot;
using SocialRank.Analysis;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli.Output;

/// <summary>
/// Draws a robustness analysis as the usual rank-interval plot (ScottPlot): one row per page, best at the top, a bar over
/// its 5–95 % interval of places coloured by its nominal zone, and a black mark at its nominal place; the legend in the
/// upper right, where the best pages' intervals leave room. Rows, name cutting
/// and size follow <see cref="ChartRenderer"/> (the top and the bottom 30 above 60 pages).
/// </summary>
internal static class IntervalChart
{
    /// <summary>Returns the chart as PNG bytes, or as SVG text in UTF-8 when <paramref name="svg"/> is set.</summary>
    internal static byte[] Render(UncertaintyResult<PageStats> result, string title, bool svg)
    {
        if (svg)
        {
            return System.Text.Encoding.UTF8.GetBytes(Svg(result, title));
        }

        PageUncertainty[] pages = [.. result.Pages.OrderBy(p => p.NominalPlace)];
        using Plot plot = Build(result, pages, title);
        return plot.GetImageBytes(ChartRenderer.Width, ChartRenderer.Height(pages.Length), ImageFormat.Png);
    }

    /// <summary>Returns the chart as SVG text for a file.</summary>
    internal static string Svg(UncertaintyResult<PageStats> result, string title)
    {
        PageUncertainty[] pages = [.. result.Pages.OrderBy(p => p.NominalPlace)];
        using Plot plot = Build(result, pages, title);
        return plot.GetSvgXml(ChartRenderer.Width, ChartRenderer.Height(pages.Length));
    }

    /// <summary>Returns the chart as one SVG element inline in the robustness page (<see cref="ChartRenderer.Inline"/>).</summary>
    internal static string InlineSvg(UncertaintyResult<PageStats> result, string title)
    {
        PageUncertainty[] pages = [.. result.Pages.OrderBy(p => p.NominalPlace)];
        using Plot plot = Build(result, pages, title);
        return ChartRenderer.Inline(plot, ChartRenderer.Height(pages.Length));
    }

    private static Plot Build(UncertaintyResult<PageStats> result, PageUncertainty[] pages, string title)
    {
        var plot = new Plot();
        int[] drawn = [.. ChartRenderer.DrawnRows(pages.Length)];
        int n = drawn.Length;
        var bars = new List<Bar>(n);
        var ticks = new Tick[n];
        var nominalX = new double[n];
        var nominalY = new double[n];
        var zones = new List<Zones.Zone>();
        for (int i = 0; i < n; i++)
        {
            PageUncertainty page = pages[drawn[i]];
            double position = n - 1 - i;
            Zones.Zone? zone = result.Nominal.TryGetRow(page.Id, out RatingRow<PageStats> row) && result.Nominal.Method.ZoneSchemes.Count > 0 ? row.ZoneOf(0) : null;
            if (zone is not null && !zones.Contains(zone))
            {
                zones.Add(zone);
            }

            // A bar from the 5 % to the 95 % place, at least half a place wide so an interval of one place shows.
            double lower = page.Lower - 0.25, upper = Math.Max(page.Upper + 0.25, lower + 0.5);
            bars.Add(new Bar
            {
                Position = position,
                ValueBase = lower,
                Value = upper,
                FillColor = zone is null ? Colors.Gray : ChartRenderer.ToColor(zone.Color),
            });
            nominalX[i] = page.NominalPlace;
            nominalY[i] = position;
            ticks[i] = new Tick(position, $"{page.NominalPlace:0.##}. {ChartRenderer.ShortName(page.Name)}");
        }

        ScottPlot.Plottables.BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        ScottPlot.Plottables.Scatter marks = plot.Add.ScatterPoints(nominalX, nominalY, Colors.Black);
        marks.MarkerSize = 7;
        marks.LegendText = "nominal place";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0.02, right: 0.02, bottom: 0.02, top: 0.02);
        plot.Title($"{title}: places under {result.Perturbation}");
        string axis = $"Place: 5–95 % of {result.Options.Runs:N0} runs; the mark is the nominal place";
        plot.XLabel(n < pages.Length ? $"{axis}. The top and the bottom {ChartRenderer.MaxBars / 2} of {pages.Length:N0} pages" : axis);
        plot.Grid.YAxisStyle.IsVisible = false;
        foreach (Zones.Zone zone in zones)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = zone.Name, FillColor = ChartRenderer.ToColor(zone.Color), OutlineColor = Colors.Black, OutlineWidth = 1 });
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        return plot;
    }
}
