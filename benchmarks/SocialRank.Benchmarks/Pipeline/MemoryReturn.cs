using System.Diagnostics;
using System.Globalization;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// <c>memory-return [--pages 10000000] [--evaluations 3] [--collect forced|aggressive] [--idle SECONDS]</c>: issue 16's long-running service. It generates the pages
/// (they stay: they are the service's data), then rates them several times, dropping each result, and after each runs
/// a full blocking garbage collection. It prints the GC's committed memory and the process's resident and private memory
/// before the first evaluation and after each one. The target is the process's committed (private) memory within 200 MB
/// of the value before; the GC's own committed figure is printed beside it.
/// Exit code 1 when it is not.
/// </summary>
internal static class MemoryReturn
{
    private const double Megabyte = 1024 * 1024;

    private static bool Aggressive { get; set; }

    private static int IdleSeconds { get; set; }

    public static int Run(Dictionary<string, string> options)
    {
        Aggressive = options.GetValueOrDefault("collect", "forced") == "aggressive";
        IdleSeconds = int.Parse(options.GetValueOrDefault("idle", "0"), CultureInfo.InvariantCulture);
        int n = PipelineCommands.Sizes(options.GetValueOrDefault("pages", "10000000")).Single();
        int evaluations = int.Parse(options.GetValueOrDefault("evaluations", "3"), CultureInfo.InvariantCulture);
        List<PageStats> pages = PageGenerator.GeneratePages(n, PageGenerator.DefaultSeed);
        RatingMethod<PageStats> method = LibraryPipeline.Method;
        (double Committed, double Resident, double Private) Measure()
        {
            // A full blocking collection; the aggressive mode also gives the freed memory back to the operating system.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, Aggressive ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: true);
            if (IdleSeconds > 0)
            {
                // A service is idle between ratings: the GC gives freed regions back to the system over time.
                Thread.Sleep(TimeSpan.FromSeconds(IdleSeconds));
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            using var process = Process.GetCurrentProcess();
            return (GC.GetGCMemoryInfo(GCKind.FullBlocking).TotalCommittedBytes / Megabyte, process.WorkingSet64 / Megabyte, process.PrivateMemorySize64 / Megabyte);
        }

        (double committed, double resident, double privateBytes) = Measure();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory-return: {n:N0} pages generated; before any evaluation: committed {committed:N0} MB, resident {resident:N0} MB, private {privateBytes:N0} MB"));
        double worst = 0;
        for (int e = 1; e <= evaluations; e++)
        {
            EvaluateAndDrop(method, pages, e);
            (double c, double r, double p) = Measure();
            worst = Math.Max(worst, p - privateBytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory-return: after evaluation {e} and a full GC: committed {c:N0} MB ({c - committed:+0;-0} MB), resident {r:N0} MB ({r - resident:+0;-0}), private {p:N0} MB ({p - privateBytes:+0;-0})"));
        }

        bool met = worst <= 200;
        Console.WriteLine($"memory-return: collections {(Aggressive ? "forced, then aggressive" : "forced")}{(IdleSeconds > 0 ? $", then {IdleSeconds} s idle and a forced one" : "")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory-return: most of the process's committed (private) memory kept after an evaluation: {worst:+0;-0} MB; target at most 200 MB: {(met ? "met" : "NOT met")}"));
        GC.KeepAlive(pages);
        return met ? 0 : 1;
    }

    /// <summary>Rates the pages once and drops the result when it returns (not inlined, so that nothing of it stays reachable from the caller's frame).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void EvaluateAndDrop(RatingMethod<PageStats> method, List<PageStats> pages, int evaluation)
    {
        var watch = Stopwatch.StartNew();
        RatingResult<PageStats> result = method.Evaluate(pages);
        double seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory-return: evaluation {evaluation}: {result.Rows.Count:N0} rated in {seconds:0.00} s; holding the result: resident {process.WorkingSet64 / Megabyte:N0} MB"));
    }
}
