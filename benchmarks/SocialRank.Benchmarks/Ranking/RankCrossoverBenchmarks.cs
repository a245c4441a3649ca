using BenchmarkDotNet.Attributes;
using SocialRank.Ranking;

namespace SocialRank.Benchmarks.Ranking;

/// <summary>
/// Chooses <c>RankCore.ComparisonCrossover</c>: the comparison path against the radix and the counting path on short
/// columns. Run with <c>--filter '*RankCrossover*'</c>.
/// </summary>
[MemoryDiagnoser]
public class RankCrossoverBenchmarks
{
    private static readonly RankOptions MinTies = new() { Ties = TieMethod.Min };

    private double[] _values = [];
    private double[] _places = [];
    private RankWorkspace _workspace = new();

    /// <summary>The column: doubles with full-width keys (radix worst case) or heavy-tailed integer counts.</summary>
    [Params("Doubles", "Counts")]
    public string Data { get; set; } = "Doubles";

    /// <summary>The number of values.</summary>
    [Params(64, 128, 256, 512, 1024, 2048)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _values = RankData.Make(Data, N);
        _places = new double[N];
        _workspace = new RankWorkspace(N);
    }

    [Benchmark(Baseline = true)]
    public double Comparison()
    {
        RankCore.Rank(_values, _places, MinTies, _workspace, RankPath.Comparison);
        return _places[0];
    }

    [Benchmark]
    public double Radix()
    {
        RankCore.Rank(_values, _places, MinTies, _workspace, RankPath.Radix);
        return _places[0];
    }

    [Benchmark]
    public double Counting()
    {
        RankCore.Rank(_values, _places, MinTies, _workspace, RankPath.Counting);
        return _places[0];
    }
}
