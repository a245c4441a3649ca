using BenchmarkDotNet.Attributes;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// The whole rating pipeline (six indicators from raw page statistics, places, totals, final places, zones) over
/// generated pages: the library against a LINQ <c>OrderBy</c> baseline and a MathNet <c>Statistics.Ranks</c> baseline.
/// </summary>
/// <remarks>
/// Sizes come from the environment variable <c>SOCIALRANK_PIPELINE_SIZES</c> (comma-separated, e.g. <c>25,1000</c>),
/// by default 25, 1,000, 100,000, 1,000,000 and 10,000,000 pages. Building the pages is not timed. Up to 100,000
/// pages, the setup checks that the three pipelines agree.
/// </remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string SizesVariable = "SOCIALRANK_PIPELINE_SIZES";
    private List<PageStats> _pages = [];

    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    /// <summary>Gets or sets how values are compared: at the article's precisions (as published) or exactly.</summary>
    [Params(Comparison.AsPublished, Comparison.Exact)]
    public Comparison Compare { get; set; }

    public static IEnumerable<int> Sizes()
        => PipelineCommands.Sizes(Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } sizes
            ? sizes
            : "25,1000,100000,1000000,10000000");

    [GlobalSetup]
    public void Setup()
    {
        _pages = PageGenerator.GeneratePages(Pages, PageGenerator.DefaultSeed);
        if (Pages <= 100_000)
        {
            Agreement.Check(_pages, Compare);
        }
    }

    [Benchmark(Description = "SocialRank")]
    public RatingResult<PageStats> SocialRank() => LibraryPipeline.Evaluate(_pages, Compare);

    [Benchmark(Baseline = true, Description = "LINQ OrderBy")]
    public PipelineOutput LinqOrderBy() => LinqPipeline.Run(_pages, Compare);

    [Benchmark(Description = "MathNet Ranks")]
    public PipelineOutput MathNetRanks() => MathNetPipeline.Run(_pages, Compare);
}
