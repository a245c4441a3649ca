using System.IO.Compression;
using System.Text.Json;
using SocialRank.Analysis;

namespace SocialRank.Tests.Analysis;

/// <summary>
/// Kendall's τ-b, Spearman's ρ and Kendall's W against scipy: Data/agreement_cases.json.gz, written by
/// tests/reference/make_agreement_reference.py (random cases with many ties, and hand-picked ones).
/// </summary>
public class RankCorrelationReferenceTests
{
    private const double Tolerance = 1e-12;

    private static readonly Lazy<(List<PairCase> Pairs, List<ConcordanceCase> Concordance)> Cases = new(Load);

    public static TheoryData<string> PairNames() => [.. Cases.Value.Pairs.Select(c => c.Name)];

    public static TheoryData<string> ConcordanceNames() => [.. Cases.Value.Concordance.Select(c => c.Name)];

    [Fact]
    public void Reference_HasRandomCasesWithTies()
    {
        Assert.True(Cases.Value.Pairs.Count > 150);
        Assert.True(Cases.Value.Concordance.Count > 80);
        Assert.True(Cases.Value.Pairs.Count(c => c.X.Distinct().Count() < c.X.Length) > 100);
    }

    [Theory]
    [MemberData(nameof(PairNames))]
    public void KendallTauB_ScipyCase_AgreesWithScipy(string name)
    {
        PairCase c = Cases.Value.Pairs.Single(p => p.Name == name);
        AssertClose(c.Tau, RankCorrelation.KendallTauB(c.X, c.Y));
    }

    [Theory]
    [MemberData(nameof(PairNames))]
    public void Spearman_ScipyCase_AgreesWithScipy(string name)
    {
        PairCase c = Cases.Value.Pairs.Single(p => p.Name == name);
        AssertClose(c.Rho, RankCorrelation.Spearman(c.X, c.Y));
    }

    [Theory]
    [MemberData(nameof(ConcordanceNames))]
    public void KendallW_ScipyCase_AgreesWithTheFormula(string name)
    {
        ConcordanceCase c = Cases.Value.Concordance.Single(p => p.Name == name);
        AssertClose(c.W, RankCorrelation.KendallW(c.Columns));
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), "expected NaN but was " + actual);
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"expected {expected:R} but was {actual:R}");
    }

    private static (List<PairCase>, List<ConcordanceCase>) Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "agreement_cases.json.gz");
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using JsonDocument document = JsonDocument.Parse(gzip);
        JsonElement root = document.RootElement;
        var pairs = root.GetProperty("pairs").EnumerateArray().Select(e => new PairCase(
            e.GetProperty("name").GetString()!, Numbers(e.GetProperty("x")), Numbers(e.GetProperty("y")),
            Number(e.GetProperty("tau")), Number(e.GetProperty("rho")))).ToList();
        var concordance = root.GetProperty("concordance").EnumerateArray().Select(e => new ConcordanceCase(
            e.GetProperty("name").GetString()!, [.. e.GetProperty("columns").EnumerateArray().Select(Numbers)],
            Number(e.GetProperty("w")))).ToList();
        return (pairs, concordance);
    }

    private static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(Number)];

    private static double Number(JsonElement e) => e.ValueKind == JsonValueKind.String ? double.NaN : e.GetDouble();

    private sealed record PairCase(string Name, double[] X, double[] Y, double Tau, double Rho);

    private sealed record ConcordanceCase(string Name, double[][] Columns, double W);
}
