using MathNet.Numerics.Statistics;
using SocialRank.Analysis;

namespace SocialRank.Tests.Analysis;

public class RankCorrelationTests
{
    [Fact]
    public void KendallTauB_TextbookTies_IsTheFormula()
    {
        // x = 1 2 2 3, y = 1 3 2 3: of the 6 pairs, 4 are concordant, none discordant, one tied in x (2nd, 3rd) and one
        // in y (2nd, 4th): (4 − 0) / √((6 − 1)(6 − 1)) = 0.8.
        Assert.Equal(0.8, RankCorrelation.KendallTauB([1, 2, 2, 3], [1, 3, 2, 3]), 15);
    }

    [Fact]
    public void Spearman_WithTies_EqualsMathNetOnAverageRanks()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
        double[] y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4];
        Assert.Equal(Correlation.Spearman(x, y), RankCorrelation.Spearman(x, y), 12);
    }

    [Fact]
    public void KendallW_IdenticalColumns_IsOne()
        => Assert.Equal(1.0, RankCorrelation.KendallW([[1, 2, 2, 4], [1, 2, 2, 4], [1, 2, 2, 4]]), 15);

    [Fact]
    public void KendallTauB_NaN_IsRejectedWithItsIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => RankCorrelation.KendallTauB([1, double.NaN], [1, 2]));
        Assert.Equal("Rank statistics need values without NaN, but x[1] is NaN. (Parameter 'x')", e.Message);
    }

    [Fact]
    public void Spearman_DifferentLengths_IsRejected()
        => Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2, 3], [1, 2]));

    [Fact]
    public void KendallW_ColumnsOfDifferentLengths_IsRejectedNamingTheColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => RankCorrelation.KendallW([[1, 2, 3], [1, 2]]));
        Assert.Equal("Every column must be as long as the first (3) but column 1 has 2 values. (Parameter 'columns')", e.Message);
    }

    [Fact]
    public void KendallTauB_LongColumn_EqualsTheQuadraticCount()
    {
        var random = new Random(14);
        double[] x = [.. Enumerable.Range(0, 700).Select(_ => (double)random.Next(40))];
        double[] y = [.. x.Select(v => v + random.Next(30))];
        long c = 0, d = 0, tx = 0, ty = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                int s = Math.Sign(x[i] - x[j]) * Math.Sign(y[i] - y[j]);
                c += s > 0 ? 1 : 0;
                d += s < 0 ? 1 : 0;
                tx += x[i] == x[j] ? 1 : 0;
                ty += y[i] == y[j] ? 1 : 0;
            }
        }

        long n0 = (long)x.Length * (x.Length - 1) / 2;
        double expected = (c - d) / Math.Sqrt((double)(n0 - tx) * (n0 - ty));
        Assert.Equal(expected, RankCorrelation.KendallTauB(x, y), 12);
    }
}
