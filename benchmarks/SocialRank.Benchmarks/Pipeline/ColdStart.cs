using System.Diagnostics;
using System.Globalization;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// <c>cold-start [--pages 1000000] [--runs 10] [--compare as-published|exact]</c>: issue 16's first evaluation in a fresh
/// process. This command is that process: it generates the pages (which runs none of the rating's code), times the first
/// evaluation of the pipeline's method (JIT compilation and tiering included), then the best of the next runs (garbage
/// collected before each), and prints the ratio. Run it several times; each is a new process. Target: at most 2×.
/// </summary>
internal static class ColdStart
{
    public static int Run(Dictionary<string, string> options)
    {
        int n = PipelineCommands.Sizes(options.GetValueOrDefault("pages", "1000000")).Single();
        int runs = int.Parse(options.GetValueOrDefault("runs", "10"), CultureInfo.InvariantCulture);
        bool exact = options.GetValueOrDefault("compare", "as-published") == "exact";
        List<PageStats> pages = PageGenerator.GeneratePages(n, PageGenerator.DefaultSeed);
        RatingMethod<PageStats> method = exact ? LibraryPipeline.Method.ToBuilder().WithExactComparison().Build() : LibraryPipeline.Method;
        GC.Collect();
        var watch = Stopwatch.StartNew();
        int rated = method.Evaluate(pages).Rows.Count;
        double first = watch.Elapsed.TotalMilliseconds;
        double best = double.PositiveInfinity;
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            watch.Restart();
            rated = method.Evaluate(pages).Rows.Count;
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold-start: {n:N0} pages ({rated:N0} rated), {(exact ? "exact" : "as published")}: first evaluation {first:0.0} ms, best of the next {runs} {best:0.0} ms, ratio {first / best:0.00} (target at most 2)"));
        return 0;
    }
}
