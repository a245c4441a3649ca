using System.Diagnostics;
using System.Globalization;
using SocialRank.Analysis;
using SocialRank.Benchmarks.Pipeline;
using SocialRank.Pages;

namespace SocialRank.Benchmarks.Analysis;

/// <summary>
/// <c>uncertainty-time [--pages 1000000] [--runs 50,150] [--threads 2] [--correlations false]</c>: a quick look outside
/// BenchmarkDotNet at the weight-perturbation analysis of <see cref="UncertaintyBenchmarks"/> (for profiling and for the
/// cost of a run): the wall time of one analysis per number of runs, after one warm-up analysis of the first number, and
/// the marginal cost of a run (the difference of the last two walls over the difference of their runs), which leaves out
/// the nominal evaluation and the pilot runs that every analysis pays once; and the bytes each analysis allocated.
/// </summary>
internal static class UncertaintyTime
{
    public static int Run(Dictionary<string, string> options)
    {
        int n = PipelineCommands.Sizes(options.GetValueOrDefault("pages", "1000000")).Single();
        int[] runs = [.. options.GetValueOrDefault("runs", "50,150").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture))];
        int threads = int.Parse(options.GetValueOrDefault("threads", "2"), CultureInfo.InvariantCulture);
        bool correlations = options.GetValueOrDefault("correlations", "false") == "true";
        List<PageStats> pages = PageGenerator.GeneratePages(n, PageGenerator.DefaultSeed);
        UncertaintyOptions Options(int r) => new() { Runs = r, RunCorrelations = correlations, MaxDegreeOfParallelism = threads };
        UncertaintyAnalysis.Run(LibraryPipeline.Method, pages, Perturbation.Weights(), Options(runs[0]));
        var walls = new double[runs.Length];
        for (int i = 0; i < runs.Length; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            UncertaintyAnalysis.Run(LibraryPipeline.Method, pages, Perturbation.Weights(), Options(runs[i]));
            walls[i] = watch.Elapsed.TotalSeconds;
            double allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"uncertainty-time: {n:N0} pages, {runs[i]:N0} runs, {threads} threads, correlations {correlations}: {walls[i]:0.000} s, {allocated:N0} MB allocated"));
        }

        if (runs.Length >= 2)
        {
            double perRun = (walls[^1] - walls[^2]) / (runs[^1] - runs[^2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"uncertainty-time: marginal cost of a run {perRun * 1000:0.0} ms; 1,000 runs would take {(walls[^2] + ((1000 - runs[^2]) * perRun)):0.0} s"));
        }

        return 0;
    }
}
