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
        foreach (string required in new[]
        {
            "empty", "single value", "all ties", "all NaN", "infinities", "negative zero", "tie group of 100000", "differ past precision 4",
            "pandas 8365 precision 3", "true decimal midpoints precision 1", "true decimal midpoints precision 2",
            "true decimal midpoints precision 3", "negative halves precision 0", "near 2^52 scaled precision 2",
        })
        {
            Assert.Contains(required, names);
        }

        // Every case with a precision is there under both midpoint rules: half to even under its name, half away from zero as "(away)".
        foreach (ReferenceCase even in PandasReference.CaseNames.Select(PandasReference.Get).Where(c => !c.Precision.IsExact && !c.Name.EndsWith(" (away)", StringComparison.Ordinal)))
        {
            Assert.Equal(MidpointRounding.ToEven, even.Precision.Midpoint);
            ReferenceCase away = PandasReference.Get(even.Name + " (away)");
            Assert.Equal(Precision.Decimals(even.Precision.DecimalPlaces!.Value, MidpointRounding.AwayFromZero), away.Precision);
            Assert.Equal(even.Values, away.Values);
        }

        // 0.125 at 2 places: 0.12 half to even (tied with 0.12, below 0.13), 0.13 half away from zero (tied with 0.13).
        Assert.Equal([13.0, 13.0, 15.0], PandasReference.Get("true decimal midpoints precision 2").Results["min|ascending|keep|false"][..3]);
        Assert.Equal([14.0, 13.0, 14.0], PandasReference.Get("true decimal midpoints precision 2 (away)").Results["min|ascending|keep|false"][..3]);

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
