using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Statistics;
using SocialRank.Ranking;

namespace SocialRank.Benchmarks.Ranking;

/// <summary>
/// Ranking 1,000,000 realistic values: SocialRank against sorting alone (Array.Sort, the baseline) and against
/// MathNet.Numerics' Statistics.Ranks, in the same run.
/// </summary>
[MemoryDiagnoser]
public class RankBenchmarks
{
    private static readonly RankOptions MinTies = new() { Ties = TieMethod.Min };
    private static readonly RankOptions AverageTies = new() { Ties = TieMethod.Average };
    private static readonly RankOptions OrdinalTies = new() { Ties = TieMethod.Ordinal };

    private double[] _values = [];
    private double[] _scratch = [];
    private double[] _places = [];
    private RankWorkspace _workspace = new();

    /// <summary>The column: heavy-tailed integer counts or two-decimal percentages.</summary>
    [Params("Counts", "Percentages")]
    public string Data { get; set; } = "Counts";

    /// <summary>The number of values.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _values = RankData.Make(Data, N);
        _scratch = new double[N];
        _places = new double[N];
        _workspace = new RankWorkspace(N);
    }

    [Benchmark(Baseline = true, Description = "Array.Sort (copy + sort)")]
    public double ArraySort()
    {
        _values.CopyTo(_scratch, 0);
        Array.Sort(_scratch);
        return _scratch[0];
    }

    [Benchmark(Description = "MathNet Ranks (min)")]
    public double MathNetRanks() => Statistics.Ranks(_values, RankDefinition.Min)[0];

    [Benchmark(Description = "SocialRank min")]
    public double SocialRankMin()
    {
        Ranker.Rank(_values, _places, MinTies, _workspace);
        return _places[0];
    }

    [Benchmark(Description = "SocialRank average")]
    public double SocialRankAverage()
    {
        Ranker.Rank(_values, _places, AverageTies, _workspace);
        return _places[0];
    }

    [Benchmark(Description = "SocialRank ordinal")]
    public double SocialRankOrdinal()
    {
        Ranker.Rank(_values, _places, OrdinalTies, _workspace);
        return _places[0];
    }

    [Benchmark(Description = "SocialRank min, radix path forced")]
    public double SocialRankMinRadix()
    {
        RankCore.Rank(_values, _places, MinTies, _workspace, RankPath.Radix);
        return _places[0];
    }
}
