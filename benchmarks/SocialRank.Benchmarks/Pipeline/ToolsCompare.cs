using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Issue 16's comparison with the tools users would pick instead, in one run (<c>benchmarks/results/tools/run.sh</c>):
/// <list type="bullet">
/// <item><c>tools-file --pages N --out FILE [--seed S]</c>: writes the generated pages (<see cref="PageGenerator"/>) as the
/// column file every side reads (<see cref="DataFile"/>).</item>
/// <item><c>tools-compare --data FILE --dir DIR [--places-dir DIR2] [--machine LINE] [--min-seconds 3] [--min-runs 5]</c>: times the library
/// (from <see cref="PageStats"/> objects) and the hand-written DuckDB SQL in both modes over that file, reads the other
/// tools' summaries and final places from DIR (<c>{tool}-{mode}.json</c>, and <c>{tool}-{mode}-places.bin</c> from DIR2 (default DIR), written by
/// <c>benchmarks/pandas/pipeline.py</c> and <c>benchmarks/polars/pipeline.js</c>), compares every tool's final places with
/// the library's page by page (a difference is reported, never an error), and writes <c>report.md</c> and
/// <c>tools.json</c> in DIR.</item>
/// </list>
/// </summary>
internal static class ToolsCompare
{
    /// <summary>The library rating <see cref="PageColumns"/> instead of page objects, as a row of the comparison.</summary>
    private const string ColumnsTool = "SocialRank columns";

    private static readonly string[] Modes = ["exact", "as-published"];
    private static readonly string[] ExternalTools = ["pandas", "polars"];

    public static int WriteFile(Dictionary<string, string> options)
    {
        int n = PipelineCommands.Sizes(options.GetValueOrDefault("pages", "1000000")).Single();
        string path = PipelineCommands.Required(options, "out");
        ulong seed = options.TryGetValue("seed", out string? s) ? ulong.Parse(s, CultureInfo.InvariantCulture) : PageGenerator.DefaultSeed;
        DataFile.Write(path, PageGenerator.Generate(n, seed));
        Console.WriteLine($"tools-file: {n} pages (seed {seed}) written to {path}");
        return 0;
    }

    public static int Run(Dictionary<string, string> options)
    {
        string data = PipelineCommands.Required(options, "data");
        string dir = PipelineCommands.Required(options, "dir");
        string placesDir = options.GetValueOrDefault("places-dir", dir);
        double minSeconds = double.Parse(options.GetValueOrDefault("min-seconds", "3"), CultureInfo.InvariantCulture);
        int minRuns = int.Parse(options.GetValueOrDefault("min-runs", "5"), CultureInfo.InvariantCulture);
        string loadStart = LoadAverage();
        string started = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        RawPages raw = DataFile.Read(data);
        List<PageStats> pages = raw.ToPages();
        var times = new Dictionary<(string Tool, string Mode), Timing>();
        var places = new Dictionary<(string Tool, string Mode), long[]>();

        foreach (string mode in Modes)
        {
            Comparison comparison = mode == "exact" ? Comparison.Exact : Comparison.AsPublished;
            RatingResult<PageStats>? result = LibraryPipeline.Evaluate(pages, comparison);
            if (result.Excluded.Count != 0)
            {
                throw new InvalidOperationException($"SocialRank excluded {result.Excluded.Count} pages; the references exclude none.");
            }

            places[("SocialRank", mode)] = LibraryPipeline.FinalPlaces(result).Select(p => (long)p).ToArray();
            result = null;
            times[("SocialRank", mode)] = Measure(() => GC.KeepAlive(LibraryPipeline.Evaluate(pages, comparison)), minSeconds, minRuns);
            Console.WriteLine($"tools-compare: SocialRank {mode}: {times[("SocialRank", mode)]}");
        }

        pages = null!;
        CollectGarbage();

        // The same library from columns (PageColumns over the loaded arrays, no page objects): its final places must be
        // the object path's, page by page.
        PageColumns columns = raw.ToColumns();
        foreach (string mode in Modes)
        {
            Comparison comparison = mode == "exact" ? Comparison.Exact : Comparison.AsPublished;
            places[(ColumnsTool, mode)] = LibraryPipeline.FinalPlaces(LibraryPipeline.MethodOf(comparison).Evaluate(columns)).Select(p => (long)p).ToArray();
            times[(ColumnsTool, mode)] = Measure(() => GC.KeepAlive(LibraryPipeline.MethodOf(comparison).Evaluate(columns)), minSeconds, minRuns);
            Console.WriteLine($"tools-compare: {ColumnsTool} {mode}: {times[(ColumnsTool, mode)]}");
        }

        columns = null!;
        CollectGarbage();
        string duckDescription;
        using (var duck = new DuckDbPipeline(raw))
        {
            duckDescription = duck.Describe();
            foreach (string mode in Modes)
            {
                Comparison comparison = mode == "exact" ? Comparison.Exact : Comparison.AsPublished;
                duck.Run(comparison);
                places[("DuckDB", mode)] = duck.FinalPlaces();
                times[("DuckDB", mode)] = Measure(() => duck.Run(comparison), minSeconds, minRuns);
                Console.WriteLine($"tools-compare: DuckDB {mode}: {times[("DuckDB", mode)]}");
            }
        }

        var versions = new Dictionary<string, string>(StringComparer.Ordinal) { ["DuckDB"] = duckDescription, ["SocialRank"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription };
        foreach (string tool in ExternalTools)
        {
            foreach (string mode in Modes)
            {
                string json = Path.Combine(dir, $"{tool}-{mode}.json");
                string bin = Path.Combine(placesDir, $"{tool}-{mode}-places.bin");
                if (!File.Exists(json) || !File.Exists(bin))
                {
                    Console.WriteLine($"tools-compare: {tool} {mode}: no {json} / {bin}: left out.");
                    continue;
                }

                JsonNode summary = JsonNode.Parse(File.ReadAllText(json)) ?? throw new InvalidDataException($"{json} is empty.");
                times[(tool, mode)] = new Timing(summary["best_seconds"]!.GetValue<double>(), summary["median_seconds"]!.GetValue<double>(), summary["runs"]!.GetValue<int>());
                places[(tool, mode)] = DataFile.ReadPlaces(bin);
                versions[tool] = summary["version"]?.GetValue<string>()
                    ?? string.Create(CultureInfo.InvariantCulture, $"pandas {summary["pandas"]}, numpy {summary["numpy"]}, Python {summary["python"]}");
            }
        }

        string loadEnd = LoadAverage();
        string report = Report(raw.Count, data, options.GetValueOrDefault("machine", ""), started, loadStart, loadEnd, versions, times, places);
        File.WriteAllText(Path.Combine(dir, "report.md"), report);
        File.WriteAllText(Path.Combine(dir, "tools.json"), Json(raw.Count, versions, times, places, loadStart, loadEnd).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.Write(report);
        return 0;
    }

    private static string Report(
        int n,
        string data,
        string machine,
        string started,
        string loadStart,
        string loadEnd,
        Dictionary<string, string> versions,
        Dictionary<(string Tool, string Mode), Timing> times,
        Dictionary<(string Tool, string Mode), long[]> places)
    {
        var s = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"# Tools comparison: {n:N0} pages");
        s.AppendLine();
        s.AppendLine(c, $"- started {started} UTC; data `{Path.GetFileName(data)}` ({n:N0} pages, one file for every tool)");
        s.AppendLine(c, $"- machine: `{machine}`; {Environment.ProcessorCount} logical processors");
        s.AppendLine(c, $"- load average (/proc/loadavg) at the start of tools-compare: `{loadStart}`; at the end: `{loadEnd}`");
        foreach ((string tool, string version) in versions)
        {
            s.AppendLine(c, $"- {tool}: {version}");
        }

        s.AppendLine();
        s.AppendLine("Times of one whole rating after loading (best and median of the runs; data in memory before timing). ");
        s.AppendLine("`× library` is the tool's best over the library's best from `PageStats` objects in the same mode; `× columns`");
        s.AppendLine(c, $"over the library's best from columns (`{ColumnsTool}`: the same method over `PageColumns`, no page objects).");
        s.AppendLine();
        s.AppendLine("| mode | tool | runs | best | median | × library | × columns | final places vs library |");
        s.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (string mode in Modes)
        {
            Timing library = times[("SocialRank", mode)];
            Timing? fromColumns = times.GetValueOrDefault((ColumnsTool, mode));
            foreach (string tool in new[] { "SocialRank", ColumnsTool, "Polars", "DuckDB", "pandas" })
            {
                string key = tool == "Polars" ? "polars" : tool;
                if (!times.TryGetValue((key, mode), out Timing? t))
                {
                    s.AppendLine(c, $"| {mode} | {tool} | | not run | | | | |");
                    continue;
                }

                string agreement = tool == "SocialRank" ? "" : Agreement(places[("SocialRank", mode)], places[(key, mode)]);
                string overColumns = fromColumns is null ? "" : (t.Best / fromColumns.Best).ToString("F2", c);
                s.AppendLine(c, $"| {mode} | {tool} | {t.Runs} | {t.Best * 1e3:F1} ms | {t.Median * 1e3:F1} ms | {t.Best / library.Best:F2} | {overColumns} | {agreement} |");
            }
        }

        s.AppendLine();
        Timing exact = times[("SocialRank", "exact")];
        Timing published = times[("SocialRank", "as-published")];
        s.AppendLine(c, $"Library as published / exact (best): {published.Best / exact.Best:F2}");
        foreach (string mode in Modes)
        {
            if (times.TryGetValue((ColumnsTool, mode), out Timing? fromColumns))
            {
                s.AppendLine();
                s.AppendLine(c, $"Library from columns / from objects, {mode} (best): {fromColumns.Best / times[("SocialRank", mode)].Best:F2}");
            }
        }
        return s.ToString();
    }

    private static string Agreement(long[] library, long[] other)
    {
        if (library.Length != other.Length)
        {
            return $"**{other.Length} pages, library {library.Length}**";
        }

        var differing = new List<int>();
        for (int i = 0; i < library.Length; i++)
        {
            if (library[i] != other[i])
            {
                differing.Add(i);
            }
        }

        if (differing.Count == 0)
        {
            return "identical";
        }

        string examples = string.Join("; ", differing.Take(3).Select(i => string.Create(CultureInfo.InvariantCulture, $"page {i}: library {library[i]}, tool {other[i]}")));
        return string.Create(CultureInfo.InvariantCulture, $"**differ on {differing.Count:N0} pages** ({examples})");
    }

    private static JsonObject Json(
        int n,
        Dictionary<string, string> versions,
        Dictionary<(string Tool, string Mode), Timing> times,
        Dictionary<(string Tool, string Mode), long[]> places,
        string loadStart,
        string loadEnd)
    {
        var rows = new JsonArray();
        foreach (((string tool, string mode), Timing t) in times)
        {
            long[] library = places[("SocialRank", mode)];
            long[] other = places[(tool, mode)];
            int differing = library.Length == other.Length ? library.Zip(other).Count(p => p.First != p.Second) : -1;
            rows.Add(new JsonObject
            {
                ["tool"] = tool,
                ["mode"] = mode,
                ["runs"] = t.Runs,
                ["best_seconds"] = t.Best,
                ["median_seconds"] = t.Median,
                ["over_library_best"] = t.Best / times[("SocialRank", mode)].Best,
                ["final_places_differing_from_library"] = differing,
            });
        }

        var v = new JsonObject();
        foreach ((string tool, string version) in versions)
        {
            v[tool] = version;
        }

        return new JsonObject { ["pages"] = n, ["load_average_start"] = loadStart, ["load_average_end"] = loadEnd, ["versions"] = v, ["results"] = rows };
    }

    /// <summary>Warms up for at least a second (and twice), then times runs until <paramref name="minSeconds"/> and <paramref name="minRuns"/>, collecting garbage (not timed) before each.</summary>
    private static Timing Measure(Action run, double minSeconds, int minRuns)
    {
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 2 || warm.Elapsed.TotalSeconds < 1; i++)
        {
            run();
        }

        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minRuns || total.Elapsed.TotalSeconds < minSeconds)
        {
            CollectGarbage();
            long t0 = Stopwatch.GetTimestamp();
            run();
            times.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }

        times.Sort();
        return new Timing(times[0], times[times.Count / 2], times.Count);
    }

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";

    private sealed record Timing(double Best, double Median, int Runs)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"best {Best * 1e3:F1} ms, median {Median * 1e3:F1} ms of {Runs} runs");
    }
}
