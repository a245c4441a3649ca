using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Commands of the pipeline benchmarks that are not BenchmarkDotNet runs, handled before the benchmark switcher:
/// <c>pipeline-verify</c>, <c>pandas-compare</c> and <c>pipeline-report</c>.
/// </summary>
internal static class PipelineCommands
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0)
        {
            return false;
        }

        Func<Dictionary<string, string>, int>? command = args[0] switch
        {
            "pipeline-verify" => Verify,
            "pandas-compare" => PandasCompare,
            "pipeline-time" => Time,
            "column-time" => ColumnTime.Run,
            "pipeline-report" => PipelineReport.Run,
            "tool-file" => ToolFile.Run,
            "uncertainty-time" => Analysis.UncertaintyTime.Run,
            "memory-return" => MemoryReturn.Run,
            "cold-start" => ColdStart.Run,
            "tools-file" => ToolsCompare.WriteFile,
            "tools-compare" => ToolsCompare.Run,
            _ => null,
        };
        if (command is null)
        {
            return false;
        }

        try
        {
            exitCode = command(Options(args));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or InvalidDataException or JsonException)
        {
            Console.Error.WriteLine($"{args[0]}: FAILED: {e.Message}");
            exitCode = 1;
        }

        return true;
    }

    /// <summary>
    /// <c>pipeline-verify [--pages 25,1000,10000] [--seed S]</c>: the library and both baselines must agree on generated
    /// pages of each size.
    /// </summary>
    private static int Verify(Dictionary<string, string> options)
    {
        ulong seed = options.TryGetValue("seed", out string? s) ? ulong.Parse(s, CultureInfo.InvariantCulture) : PageGenerator.DefaultSeed;
        foreach (int n in Sizes(options.GetValueOrDefault("pages", "25,1000,10000")))
        {
            List<PageStats> pages = PageGenerator.GeneratePages(n, seed);
            Agreement.Check(pages);
            Console.WriteLine($"pipeline-verify: {n} pages: SocialRank (default, 1 and 4 threads), LINQ OrderBy and MathNet Ranks agree as published and exactly (places, final places, zones).");
        }

        return 0;
    }

    /// <summary>
    /// <c>pipeline-time [--pages 1000000] [--threads 1,2] [--runs 10] [--pipeline socialrank|linq|mathnet] [--compare as-published|exact]</c>: a quick
    /// look outside BenchmarkDotNet: best wall time over the runs (after at least a second of warm-up; garbage collected before each run) and bytes allocated per
    /// page, for each thread count (the baselines always use one thread).
    /// </summary>
    private static int Time(Dictionary<string, string> options)
    {
        int n = Sizes(options.GetValueOrDefault("pages", "1000000")).Single();
        int runs = int.Parse(options.GetValueOrDefault("runs", "10"), CultureInfo.InvariantCulture);
        List<PageStats> pages = PageGenerator.GeneratePages(n, PageGenerator.DefaultSeed);
        string pipeline = options.GetValueOrDefault("pipeline", "socialrank");
        Comparison comparison = options.GetValueOrDefault("compare", "as-published") == "exact" ? Comparison.Exact : Comparison.AsPublished;
        foreach (int threads in Sizes(options.GetValueOrDefault("threads", "1,2")))
        {
            var evaluation = new EvaluationOptions { MaxDegreeOfParallelism = threads, ParallelThreshold = 0 };
            Func<object> run = pipeline switch
            {
                "linq" => () => LinqPipeline.Run(pages, comparison),
                "mathnet" => () => MathNetPipeline.Run(pages, comparison),
                _ => () => LibraryPipeline.Evaluate(pages, evaluation, comparison),
            };
            double best = double.MaxValue;
            long allocated = 0;
            long faults = 0;
            WarmUp(run);
            for (int r = 0; r < runs; r++)
            {
                CollectGarbage();
                long faults0 = MinorFaults();
                long bytes = GC.GetTotalAllocatedBytes(precise: true);
                long t0 = Stopwatch.GetTimestamp();
                object result = run();
                double elapsed = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                long runBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
                long runFaults = MinorFaults() - faults0;
                allocated = runBytes;
                GC.KeepAlive(result);
                if (elapsed < best)
                {
                    best = elapsed;
                    faults = runFaults;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pipeline-time: {pipeline}, {n} pages, {threads} thread(s): best of {runs} runs {best:F3} ms, {(double)allocated / n:F1} bytes allocated per page, {faults} minor page faults in the best run"));
        }

        return 0;
    }

    /// <summary>
    /// <c>pandas-compare --data FILE --pandas-json FILE --places FILE --json OUT [--compare exact|as-published]</c>: checks the library's final places
    /// against pandas', times the library over the same file the way pipeline.py times pandas, prints the ratio and
    /// writes a JSON summary.
    /// </summary>
    private static int PandasCompare(Dictionary<string, string> options)
    {
        string data = Required(options, "data");
        string pandasJson = Required(options, "pandas-json");
        double minSeconds = double.Parse(options.GetValueOrDefault("min-seconds", "2"), CultureInfo.InvariantCulture);
        int minRuns = int.Parse(options.GetValueOrDefault("min-runs", "5"), CultureInfo.InvariantCulture);
        int maxRuns = int.Parse(options.GetValueOrDefault("max-runs", "2000"), CultureInfo.InvariantCulture);

        JsonNode pandas = JsonNode.Parse(File.ReadAllText(pandasJson)) ?? throw new InvalidDataException($"{pandasJson} is empty.");
        double pandasBest = pandas["best_seconds"]!.GetValue<double>();
        List<PageStats> pages = DataFile.Read(data).ToPages();
        Comparison comparison = options.GetValueOrDefault("compare", "exact") == "exact" ? Comparison.Exact : Comparison.AsPublished;

        // Reading and building the pages is not timed; the first evaluation (JIT, warm-up) is not timed either.
        RatingResult<PageStats> result = LibraryPipeline.Evaluate(pages, comparison);
        double[] finalPlaces = LibraryPipeline.FinalPlaces(result);
        if (options.TryGetValue("places", out string? placesFile))
        {
            long[] expected = DataFile.ReadPlaces(placesFile);
            Agreement.SameColumn("final places", "pandas", expected, "SocialRank", finalPlaces.Select(p => (long)p).ToArray());
        }

        // Warm up for at least a second, so that the runtime's tiered compilation has produced its optimised code (pandas
        // has nothing to warm up beyond its own first run); then, like BenchmarkDotNet between iterations, collect the
        // previous run's garbage before each timed run.
        WarmUp(() => LibraryPipeline.Evaluate(pages, comparison));
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        long bestFaults = 0;
        while (times.Count < maxRuns && (times.Count < minRuns || total.Elapsed.TotalSeconds < minSeconds))
        {
            result = null!;
            CollectGarbage();
            long faults0 = MinorFaults();
            long t0 = Stopwatch.GetTimestamp();
            result = LibraryPipeline.Evaluate(pages, comparison);
            double elapsed = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            if (times.Count == 0 || elapsed < times.Min())
            {
                bestFaults = MinorFaults() - faults0;
            }

            times.Add(elapsed);
        }

        GC.KeepAlive(result);
        times.Sort();
        double best = times[0];
        double ratio = pandasBest / best;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pandas-compare: {pages.Count} pages: pandas best {pandasBest * 1e3:F3} ms, SocialRank best {best * 1e3:F3} ms (of {times.Count} runs, {bestFaults} minor page faults in the best): SocialRank is {ratio:F1}x faster; final places identical."));
        if (options.TryGetValue("json", out string? jsonOut))
        {
            var summary = new JsonObject
            {
                ["side"] = "SocialRank",
                ["pages"] = pages.Count,
                ["compare"] = comparison == Comparison.Exact ? "exact" : "as-published",
                ["runs"] = times.Count,
                ["best_seconds"] = best,
                ["median_seconds"] = times[times.Count / 2],
                ["minor_page_faults_best_run"] = bestFaults,
                ["pandas_best_seconds"] = pandasBest,
                ["pandas_version"] = pandas["pandas"]?.GetValue<string>(),
                ["pandas_over_socialrank"] = ratio,
                ["final_places_identical"] = placesFile is not null,
                ["processors"] = Environment.ProcessorCount,
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            };
            File.WriteAllText(jsonOut, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    /// <summary>Runs <paramref name="run"/> for at least a second and at least twice (tiered compilation settles).</summary>
    private static void WarmUp(Func<object> run)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 2 || clock.Elapsed.TotalSeconds < 1; i++)
        {
            GC.KeepAlive(run());
        }
    }

    /// <summary>The process's minor page faults so far (field 10 of /proc/self/stat), or 0 where there is no such file.</summary>
    private static long MinorFaults()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return 0;
        }

        string stat = File.ReadAllText("/proc/self/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture); // minflt is field 10; fields here start at field 3
    }

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal static IEnumerable<int> Sizes(string list)
        => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => int.Parse(x.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));

    internal static string Required(Dictionary<string, string> options, string name)
        => options.TryGetValue(name, out string? value) ? value : throw new ArgumentException($"--{name} is required.");

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs but got '{args[i]}'.");
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }
}
