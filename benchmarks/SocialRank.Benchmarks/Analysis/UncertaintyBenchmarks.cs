using BenchmarkDotNet.Attributes;
using SocialRank.Analysis;
using SocialRank.Benchmarks.Pipeline;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Analysis;

/// <summary>
/// Issue 14's uncertainty analysis: weight-perturbation runs (each weight × U[0.75, 1.25]) over generated pages with the
/// article's six indicators and place-band zones, against the straightforward loop that evaluates the drawn method in
/// every run (the same draws: <see cref="UncertaintyOptions"/>' internal <c>EvaluateEveryRun</c>, whose result the setup
/// checks is identical).
/// </summary>
/// <remarks>
/// The straightforward loop re-reads every page in every run, about 0.25 s a run on a million pages: it runs
/// <see cref="BaselineRuns"/> runs on the long table (not 1,000, which would take minutes an operation); compare per run.
/// Per-run correlations (τ-b is O(n log n)) are off in <see cref="Reranked"/> and measured separately in
/// <see cref="RerankedWithCorrelations"/>.
/// </remarks>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private List<PageStats> _pages = [];

    private const string SizesVariable = "SOCIALRANK_UNCERTAINTY_SIZES";

    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    /// <summary>Gets the sizes from <c>SOCIALRANK_UNCERTAINTY_SIZES</c> (comma-separated), by default 25 and 1,000,000 pages.</summary>
    public static IEnumerable<int> Sizes()
        => PipelineCommands.Sizes(Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } sizes ? sizes : "25,1000000");

    /// <summary>Gets the runs of <see cref="Reranked"/>: 1,000.</summary>
    public static int Runs => 1000;

    /// <summary>Gets the runs of the straightforward loop: 1,000 on short tables, 10 on the long one.</summary>
    public int BaselineRuns => Pages > 100_000 ? 10 : Runs;

    [GlobalSetup]
    public void Setup()
    {
        _pages = PageGenerator.GeneratePages(Pages, PageGenerator.DefaultSeed);
        var options = new UncertaintyOptions { Runs = 10, RunCorrelations = false };
        string fast = Describe(UncertaintyAnalysis.Run(LibraryPipeline.Method, _pages, Perturbation.Weights(), options));
        string slow = Describe(UncertaintyAnalysis.Run(LibraryPipeline.Method, _pages, Perturbation.Weights(), options with { EvaluateEveryRun = true }));
        if (fast != slow)
        {
            throw new InvalidOperationException("The re-ranked runs and the evaluated runs disagree.");
        }
    }

    [Benchmark(Description = "re-rank totals, 1,000 runs")]
    public UncertaintyResult<PageStats> Reranked()
        => UncertaintyAnalysis.Run(LibraryPipeline.Method, _pages, Perturbation.Weights(), new UncertaintyOptions { Runs = Runs, RunCorrelations = false });

    [Benchmark(Description = "re-rank totals + rho, tau-b, 1,000 runs")]
    public UncertaintyResult<PageStats> RerankedWithCorrelations()
        => UncertaintyAnalysis.Run(LibraryPipeline.Method, _pages, Perturbation.Weights(), new UncertaintyOptions { Runs = Runs });

    [Benchmark(Baseline = true, Description = "Evaluate per run (BaselineRuns runs)")]
    public UncertaintyResult<PageStats> EvaluatePerRun()
        => UncertaintyAnalysis.Run(
            LibraryPipeline.Method, _pages, Perturbation.Weights(), new UncertaintyOptions { Runs = BaselineRuns, RunCorrelations = false, EvaluateEveryRun = true });

    private static string Describe(UncertaintyResult<PageStats> result)
        => string.Join("\n", result.Pages.Select(p => $"{p.Id} {p.MedianPlace} {p.Lower} {p.Upper} {p.MinPlace} {p.MaxPlace} {p.ProbabilityTopK} {p.ProbabilityNominalZone} {p.MeanAbsoluteShift}"));
}
