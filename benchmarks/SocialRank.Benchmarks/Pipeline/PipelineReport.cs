using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-report --bdn-json FILE --pandas-dir DIR [--out FILE]</c>: the README's tables, built from the
/// BenchmarkDotNet JSON report of <see cref="PipelineBenchmarks"/> and the JSON summaries of <c>pandas/compare.sh</c>.
/// </summary>
internal static class PipelineReport
{
    public static int Run(Dictionary<string, string> options)
    {
        string bdnJson = PipelineCommands.Required(options, "bdn-json");
        JsonNode report = JsonNode.Parse(File.ReadAllText(bdnJson)) ?? throw new InvalidDataException($"{bdnJson} is empty.");
        var results = new Dictionary<(string Method, int Pages), (double MeanNs, long Bytes)>();
        foreach (JsonNode? b in report["Benchmarks"]!.AsArray())
        {
            string method = b!["Method"]!.GetValue<string>();
            string parameters = b["Parameters"]!.GetValue<string>();
            int pages = int.Parse(parameters.Split('=')[1], CultureInfo.InvariantCulture);
            double mean = b["Statistics"]!["Mean"]!.GetValue<double>();
            long bytes = b["Memory"]!["BytesAllocatedPerOperation"]!.GetValue<long>();
            results[(method, pages)] = (mean, bytes);
        }

        var pandas = new Dictionary<int, (double Pandas, double Library, int Runs)>();
        if (options.TryGetValue("pandas-dir", out string? dir) && Directory.Exists(dir))
        {
            foreach (string file in Directory.GetFiles(dir, "socialrank-*.json"))
            {
                JsonNode s = JsonNode.Parse(File.ReadAllText(file))!;
                pandas[s["pages"]!.GetValue<int>()] = (s["pandas_best_seconds"]!.GetValue<double>() * 1e9, s["best_seconds"]!.GetValue<double>() * 1e9, s["runs"]!.GetValue<int>());
            }
        }

        JsonNode host = report["HostEnvironmentInfo"]!;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: BenchmarkDotNet {host["BenchmarkDotNetVersion"]}, {host["OsVersion"]}, {host["ProcessorName"]}, {host["PhysicalCoreCount"]} physical / {host["LogicalCoreCount"]} logical cores, {host["RuntimeVersion"]}.");
        text.AppendLine();
        text.AppendLine("| pages | SocialRank | allocated | bytes / page | LINQ OrderBy | MathNet Ranks | × vs LINQ | × vs MathNet | pandas (compare run) | SocialRank (compare run) | × vs pandas |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        int[] sizes = [.. results.Keys.Select(k => k.Pages).Distinct().Order()];
        foreach (int n in sizes)
        {
            var lib = results.GetValueOrDefault(("SocialRank", n), (double.NaN, -1));
            var linq = results.GetValueOrDefault(("LinqOrderBy", n), (double.NaN, -1));
            var mathNet = results.GetValueOrDefault(("MathNetRanks", n), (double.NaN, -1));
            string p1 = "n/a", p2 = "n/a", p3 = "n/a";
            if (pandas.TryGetValue(n, out var pd))
            {
                p1 = Time(pd.Pandas);
                p2 = Time(pd.Library);
                p3 = Ratio(pd.Pandas / pd.Library);
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {n:N0} | {Time(lib.Item1)} | {Bytes(lib.Item2)} | {(lib.Item2 < 0 ? "n/a" : ((double)lib.Item2 / n).ToString("F1", CultureInfo.InvariantCulture))} | {Time(linq.Item1)} | {Time(mathNet.Item1)} | {Ratio(linq.Item1 / lib.Item1)} | {Ratio(mathNet.Item1 / lib.Item1)} | {p1} | {p2} | {p3} |");
        }

        text.AppendLine();
        text.AppendLine("How SocialRank's cost grows (BenchmarkDotNet run):");
        text.AppendLine();
        text.AppendLine("| pages | time | time / page | × pages vs previous row | × time vs previous row |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        int previous = 0;
        foreach (int n in sizes.Where(n => n >= 1000))
        {
            double t = results.GetValueOrDefault(("SocialRank", n), (double.NaN, -1)).Item1;
            string growth = previous == 0 ? "" : Ratio(t / results[("SocialRank", previous)].MeanNs);
            string pagesGrowth = previous == 0 ? "" : Ratio((double)n / previous);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {n:N0} | {Time(t)} | {t / n:F1} ns | {pagesGrowth} | {growth} |");
            previous = n;
        }

        string output = text.ToString();
        Console.Write(output);
        if (options.TryGetValue("out", out string? outFile))
        {
            File.WriteAllText(outFile, output);
        }

        return 0;
    }

    private static string Ratio(double r) => double.IsNaN(r) ? "n/a" : r.ToString(r >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture) + "×";

    private static string Bytes(long bytes) => bytes < 0 ? "n/a"
        : bytes < 10 * 1024 ? $"{bytes} B"
        : bytes < 10L * 1024 * 1024 ? ((double)bytes / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KB"
        : ((double)bytes / (1024 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    private static string Time(double ns) => double.IsNaN(ns) ? "n/a"
        : ns < 1e3 ? ns.ToString("F1", CultureInfo.InvariantCulture) + " ns"
        : ns < 1e6 ? (ns / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " µs"
        : ns < 1e9 ? (ns / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " ms"
        : (ns / 1e9).ToString("F3", CultureInfo.InvariantCulture) + " s";
}
