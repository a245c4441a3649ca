using MathNet.Numerics.Statistics;
using SocialRank.Pages;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Baseline: the pipeline built on MathNet.Numerics <c>Statistics.Ranks</c> with
/// <see cref="RankDefinition.Min"/>. MathNet ranks ascending and has no missing-value rule, so each column's present
/// values are negated and ranked, and the missing ones tie after them.
/// </summary>
internal static class MathNetPipeline
{
    public static PipelineOutput Run(IReadOnlyList<PageStats> pages) => Run(pages, Comparison.AsPublished);

    public static PipelineOutput Run(IReadOnlyList<PageStats> pages, Comparison comparison)
    {
        int[] precisions = ArticleFormulas.PrecisionsOf(comparison);
        int n = pages.Count;
        var values = new double[ArticleFormulas.Count][];
        var places = new double[ArticleFormulas.Count][];
        for (int k = 0; k < ArticleFormulas.Count; k++)
        {
            Func<PageStats, double> indicator = ArticleFormulas.All[k];
            int decimals = precisions[k];
            double[] column = values[k] = new double[n];
            var present = new List<double>(n);
            for (int i = 0; i < n; i++)
            {
                double v = column[i] = indicator(pages[i]);
                if (!double.IsNaN(v))
                {
                    present.Add(-ArticleFormulas.Round(v, decimals));
                }
            }

            double[] ranks = Statistics.Ranks(present, RankDefinition.Min);
            double[] place = places[k] = new double[n];
            for (int i = 0, j = 0; i < n; i++)
            {
                place[i] = double.IsNaN(column[i]) ? ranks.Length + 1 : ranks[j++];
            }
        }

        var totals = new double[n];
        foreach (double[] place in places)
        {
            for (int i = 0; i < n; i++)
            {
                totals[i] += place[i];
            }
        }

        double[] finalPlaces = Statistics.Ranks(totals, RankDefinition.Min);
        var zones = new byte[n];
        for (int i = 0; i < n; i++)
        {
            zones[i] = ArticleFormulas.ZoneOf(finalPlaces[i]);
        }

        return new PipelineOutput(values, places, totals, finalPlaces, zones);
    }
}
