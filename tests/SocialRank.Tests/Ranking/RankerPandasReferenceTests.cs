using System.Globalization;
using System.Text;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>Every reference case, every option combination, every sorting path: places equal pandas' bit for bit.</summary>
public class RankerPandasReferenceTests
{
    public static TheoryData<string> CaseNames => [.. PandasReference.CaseNames];

    [Fact]
    public void ReferenceData_CoversEveryRequiredCase_AllPresent()
    {
        var names = PandasReference.CaseNames.ToHashSet();
        Assert.True(names.Count >= 80, $"only {names.Count} cases");
        foreach (string required in new[] { "empty", "single value", "all ties", "all NaN", "infinities", "negative zero", "tie group of 100000", "differ past precision 4", "pandas 8365 precision 3" })
        {
            Assert.Contains(required, names);
        }

        ReferenceCase big = PandasReference.Get("tie group of 100000");
        Assert.Equal(100_000, big.Values.Count(v => v == 42.0));
        Assert.All(PandasReference.CaseNames.Select(PandasReference.Get), c => Assert.Equal(60, c.Results.Count));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rank_PandasReferenceCase_MatchesPandasExactly(string name)
    {
        ReferenceCase reference = PandasReference.Get(name);
        var workspace = new RankWorkspace();
        var failures = new StringBuilder();
        foreach (RankOptions options in PandasReference.AllOptions(reference.Precision))
        {
            double[] expected = reference.Results[PandasReference.Key(options)];
            foreach (RankPath path in Enum.GetValues<RankPath>())
            {
                double[] actual = new double[reference.Values.Length];
                RankCore.Rank(reference.Values, actual, options, workspace, path);
                int mismatch = FirstMismatch(expected, actual);
                if (mismatch >= 0)
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{PandasReference.Key(options)} via {path}: at {mismatch} value {reference.Values[mismatch]} expected {expected[mismatch]:R} but got {actual[mismatch]:R}");
                }
            }

            // The public API gives the same places.
            Assert.Equal(expected.Length, Ranker.Rank(reference.Values, options).Length);
            Assert.Equal(-1, FirstMismatch(expected, Ranker.Rank(reference.Values, options)));
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static int FirstMismatch(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]) && !(double.IsNaN(expected[i]) && double.IsNaN(actual[i])))
            {
                return i;
            }
        }

        return -1;
    }
}
