using System.Globalization;
using ScottPlot;
using SocialRank.Analysis;

namespace SocialRank.Cli.Output;

/// <summary>
/// Draws a place history as a bump chart (ScottPlot): the editions left to right, places top (1) to bottom, one line per
/// page coloured by its latest zone (grey without zones), broken where the page was not rated, with the page's place and
/// name at the end of its line. Readable whatever the number of pages: at most <see cref="MaxLines"/> lines, and above
/// that the pages in the top <see cref="TopOfMany"/> of the latest edition, which the axis says.
/// </summary>
internal static class BumpChart
{
    /// <summary>The most lines drawn; above it, the top <see cref="TopOfMany"/> of the latest edition.</summary>
    internal const int MaxLines = 25;

    /// <summary>The pages drawn when there are more than <see cref="MaxLines"/>: the top 20 of the latest edition.</summary>
    internal const int TopOfMany = 20;

    /// <summary>Returns the chart as PNG bytes, or as SVG text in UTF-8 when <paramref name="svg"/> is set.</summary>
    internal static byte[] Render(EditionHistory history, IReadOnlyList<string> editions, string title, bool svg)
    {
        using Plot plot = Build(history, editions, title, out int height);
        return svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(ChartRenderer.Width, height))
            : plot.GetImageBytes(ChartRenderer.Width, height, ImageFormat.Png);
    }

    /// <summary>Returns the chart as one SVG element inline in the history page.</summary>
    internal static string InlineSvg(EditionHistory history, IReadOnlyList<string> editions, string title)
    {
        using Plot plot = Build(history, editions, title, out int height);
        return ChartRenderer.Inline(plot, height);
    }

    /// <summary>The pages drawn: every page when there are at most <see cref="MaxLines"/>, else those in the top <see cref="TopOfMany"/> of the latest edition.</summary>
    internal static PageHistory[] Drawn(EditionHistory history)
    {
        PageHistory[] rated = [.. history.Pages.Where(p => p.Places.Any(place => place is not null))];
        return rated.Length <= MaxLines ? rated : [.. rated.Where(p => p.Latest is <= TopOfMany)];
    }

    /// <summary>Gets the number of pages any edition rates (those a bump chart could draw).</summary>
    private static int Rated(EditionHistory history) => history.Pages.Count(p => p.Places.Any(place => place is not null));

    private static Plot Build(EditionHistory history, IReadOnlyList<string> editions, string title, out int height)
    {
        PageHistory[] drawn = Drawn(history);
        var plot = new Plot();
        double worst = 1;
        var zones = new List<Zones.Zone>();
        foreach (PageHistory page in drawn)
        {
            Zones.Zone? zone = page.LatestZone;
            if (zone is not null && !zones.Contains(zone))
            {
                zones.Add(zone);
            }

            Color color = zone is null ? Colors.Gray : ChartRenderer.ToColor(zone.Color);
            // A white zone draws as a grey line, or it would not show on the white background.
            if (zone is not null && HtmlRenderer.Rgb(zone.Color) is { R: > 230, G: > 230, B: > 230 })
            {
                color = Colors.Gray;
            }

            // One line per run of editions that rate the page.
            for (int e = 0; e < page.Places.Count;)
            {
                if (page.Places[e] is null)
                {
                    e++;
                    continue;
                }

                int start = e;
                while (e < page.Places.Count && page.Places[e] is not null)
                {
                    e++;
                }

                double[] xs = [.. Enumerable.Range(start, e - start).Select(i => (double)i)];
                double[] ys = [.. Enumerable.Range(start, e - start).Select(i => page.Places[i]!.Value)];
                ScottPlot.Plottables.Scatter line = plot.Add.Scatter(xs, ys, color);
                line.LineWidth = 3;
                line.MarkerSize = 8;
                worst = Math.Max(worst, ys.Max());
            }

        }

        // Each page's place and name at the end of its line; pages sharing a place get their labels one under another.
        double lastLabel = double.NegativeInfinity;
        foreach (PageHistory page in drawn.Where(p => p.Latest is not null).OrderBy(p => p.Latest))
        {
            double latest = page.Latest!.Value;
            double y = Math.Max(latest, lastLabel + 0.6);
            lastLabel = y;
            ScottPlot.Plottables.Text label = plot.Add.Text($"{latest.ToString("0.##", CultureInfo.InvariantCulture)}. {ChartRenderer.ShortName(page.Name)}", editions.Count - 1 + 0.05, y);
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        // Of thousands of pages, the top 20's earlier places far below would squash the chart: they run off its foot.
        double bottom = drawn.Length < Rated(history) ? Math.Min(worst, 2 * TopOfMany) : Math.Max(worst, lastLabel);
        int n = editions.Count;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. editions.Select((name, i) => new Tick(i, name))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        // Place 1 at the top; room on the right for the labels.
        plot.Axes.SetLimits(-0.2, n - 1 + Math.Max(0.8, 0.35 * n), bottom + 0.5, 0.5);
        plot.Title($"{title}: places by edition");
        plot.YLabel("Place");
        plot.XLabel(drawn.Length < Rated(history)
            ? string.Create(CultureInfo.InvariantCulture, $"The pages in the top {TopOfMany} of the latest edition ({drawn.Length:N0} of {Rated(history):N0} pages; places below {bottom:0} off the chart); lines coloured by the latest zone")
            : "Lines coloured by the latest zone; a gap is an edition that did not rate the page");
        foreach (Zones.Zone zone in zones)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = zone.Name, FillColor = ChartRenderer.ToColor(zone.Color), OutlineColor = Colors.Black, OutlineWidth = 1 });
        }

        if (zones.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
        height = 200 + (28 * (int)Math.Min(bottom, 2 * TopOfMany));
        return plot;
    }
}
