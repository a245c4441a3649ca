using SocialRank.Pages;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Baseline: the pipeline as a straightforward LINQ program would write it, ranking each column with
/// <see cref="Enumerable.OrderByDescending{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/>.
/// </summary>
internal static class LinqPipeline
{
    public static PipelineOutput Run(IReadOnlyList<PageStats> pages) => Run(pages, Comparison.AsPublished);

    public static PipelineOutput Run(IReadOnlyList<PageStats> pages, Comparison comparison)
    {
        int[] precisions = ArticleFormulas.PrecisionsOf(comparison);
        int n = pages.Count;
        double[][] values = ArticleFormulas.All.Select(indicator => pages.Select(indicator).ToArray()).ToArray();
        double[][] places = values.Select((column, k) => RankDescending(column, precisions[k])).ToArray();
        double[] totals = Enumerable.Range(0, n).Select(i => places.Sum(column => column[i])).ToArray();
        double[] finalPlaces = RankAscending(totals);
        byte[] zones = finalPlaces.Select(ArticleFormulas.ZoneOf).ToArray();
        return new PipelineOutput(values, places, totals, finalPlaces, zones);
    }

    /// <summary>Min ties, largest first, missing values tie after all others.</summary>
    private static double[] RankDescending(double[] column, int decimals)
    {
        double[] keys = column.Select(v => ArticleFormulas.Round(v, decimals)).ToArray();
        int[] order = Enumerable.Range(0, keys.Length).Where(i => !double.IsNaN(keys[i])).OrderByDescending(i => keys[i]).ToArray();
        return Places(keys, order);
    }

    /// <summary>Min ties, smallest first (totals are never missing).</summary>
    private static double[] RankAscending(double[] column)
    {
        int[] order = Enumerable.Range(0, column.Length).OrderBy(i => column[i]).ToArray();
        return Places(column, order);
    }

    private static double[] Places(double[] keys, int[] order)
    {
        double[] places = Enumerable.Repeat(order.Length + 1.0, keys.Length).ToArray();
        for (int j = 0; j < order.Length; j++)
        {
            places[order[j]] = j > 0 && keys[order[j]] == keys[order[j - 1]] ? places[order[j - 1]] : j + 1;
        }

        return places;
    }
}
