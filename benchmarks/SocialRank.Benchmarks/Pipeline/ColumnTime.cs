using System.Diagnostics;
using System.Globalization;
using SocialRank.Pages;
using SocialRank.Ranking;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// <c>column-time [--pages 1000000] [--runs 15]</c>: the ranking of each of the article's six indicator columns alone
/// (values made once from the generated pages, not timed), compared exactly and at the article's precision, largest
/// first with min ties, on one thread: best wall time over the runs. It shows what the exact comparison costs a column.
/// </summary>
internal static class ColumnTime
{
    private static readonly string[] Names = ["followers", "followers % of population", "engaged users", "engagement per post", "engaged % of population", "ER"];

    public static int Run(Dictionary<string, string> options)
    {
        int n = int.Parse(options.GetValueOrDefault("pages", "1000000"), CultureInfo.InvariantCulture);
        int runs = int.Parse(options.GetValueOrDefault("runs", "15"), CultureInfo.InvariantCulture);
        List<PageStats> pages = PageGenerator.GeneratePages(n, PageGenerator.DefaultSeed);
        var workspace = new RankWorkspace();
        var places = new double[n];
        for (int c = 0; c < ArticleFormulas.Count; c++)
        {
            double[] values = pages.Select(ArticleFormulas.All[c]).ToArray();
            double exact = Best(values, places, Precision.Exact, workspace, runs);
            double published = Best(values, places, Precision.Decimals(ArticleFormulas.Precisions[c]), workspace, runs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"column-time: {n} pages, {Names[c]}: exact {exact:F2} ms, at {ArticleFormulas.Precisions[c]} decimal(s) {published:F2} ms (best of {runs})"));
        }

        return 0;
    }

    private static double Best(double[] values, double[] places, Precision precision, RankWorkspace workspace, int runs)
    {
        var options = new RankOptions { Direction = RankDirection.Descending, Ties = TieMethod.Min, Precision = precision };
        double best = double.MaxValue;
        for (int r = 0; r < runs + 2; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            Ranker.Rank(values, places, options, workspace);
            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            best = r < 2 ? best : Math.Min(best, ms);
        }

        return best;
    }
}
