using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>
/// The final places and order of totals against an independent oracle: a row's min-tie place is 1 + the number of
/// smaller totals, and the order lists rows by total, equal totals in input order.
/// </summary>
public class FinalRankingTests
{
    public static TheoryData<int, string> WholeCases => new()
    {
        { 0, "heavy" },
        { 1, "heavy" },
        { 25, "heavy" },
        { 1000, "heavy" },
        { FinalRanking.CountedMinRows - 1, "heavy" },
        { FinalRanking.CountedMinRows, "heavy" },
        { FinalRanking.CountedMinRows + 7, "wide" },
        { 70_000, "heavy" },
        { 70_000, "wide" },
        { 70_000, "equal" },
        { 70_000, "distinct" },
    };

    [Theory]
    [MemberData(nameof(WholeCases))]
    public void TryRankWhole_WholeTotals_MatchesOracle(int m, string shape)
    {
        double[] totals = Totals(m, shape, seed: 3);
        double[] places = new double[m];
        int[] order = new int[m];
        Assert.True(FinalRanking.TryRankWhole(totals, places, order, new RankWorkspace(m)));
        AssertMatchesOracle(totals, places, order);
    }

    [Theory]
    [MemberData(nameof(WholeCases))]
    public void RankCounted_OnOneToThreeThreads_MatchesOracle(int m, string shape)
    {
        double[] totals = Totals(m, shape, seed: 5);
        for (int threads = 1; threads <= 3; threads++)
        {
            var workspace = new RankWorkspace(m);
            int[][]? counts = Count(totals, workspace.KeysArray(m), blocks: threads);
            Assert.NotNull(counts);
            double[] places = new double[m];
            int[] order = new int[m];
            FinalRanking.RankCounted(workspace.KeysArray(m), m, places, order, counts, workspace, threads);
            AssertMatchesOracle(totals, places, order);
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(70_000)]
    public void TryRankWhole_TotalsAbove2To31_MatchesOracleButAreNotCounted(int m)
    {
        var random = new Random(7);
        double[] totals = [.. Enumerable.Range(0, m).Select(_ => 3_000_000_000.0 + random.Next(m / 3))];
        double[] places = new double[m];
        int[] order = new int[m];
        Assert.True(FinalRanking.TryRankWhole(totals, places, order, new RankWorkspace(m)));
        AssertMatchesOracle(totals, places, order);

        // The counted path takes totals from 0 to 2^31 − 1 only; the evaluator then ranks them by the other paths.
        Assert.Null(Count(totals, new ulong[m], blocks: 2));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.5, 3.0 })]
    [InlineData(new[] { 1.0, double.NaN, 3.0 })]
    [InlineData(new[] { 0.0, 4294967296.0 })] // a span of 2^32
    [InlineData(new[] { 1.0, double.PositiveInfinity })]
    public void TryRankWhole_TotalsNotWholeOrMissing_ReturnsFalse(double[] totals)
    {
        Assert.False(FinalRanking.TryRankWhole(totals, new double[totals.Length], new int[totals.Length], new RankWorkspace()));
        Assert.Null(Count(totals, new ulong[totals.Length], blocks: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(65_536)]
    [InlineData(70_000)]
    public void Order_PlacesOfEveryTieMethod_ListsRowsByPlaceThenInputOrder(int m)
    {
        double[] totals = Totals(m, "heavy", seed: 11);
        foreach (TieMethod ties in Enum.GetValues<TieMethod>())
        {
            double[] places = Ranker.Rank(totals, new RankOptions { Ties = ties });
            int[] order = new int[m];
            FinalRanking.Order(places, order, new RankWorkspace());
            int[] expected = [.. Enumerable.Range(0, m).OrderBy(r => places[r]).ThenBy(r => r)];
            Assert.Equal(expected, order);
        }
    }

    [Fact]
    public void CountGroups_DenseGroups_CountsMembers()
    {
        int[] sizes = new int[6];
        FinalRanking.CountGroups([1, 3, 3, 2, 3], sizes);
        Assert.Equal([0, 1, 1, 3, 0, 0], sizes);
    }

    /// <summary>Sums nothing: counts the totals' digits block by block and in cache-sized pieces, as the evaluator does.</summary>
    private static int[][]? Count(double[] totals, ulong[] words, int blocks)
    {
        int m = totals.Length;
        var counts = new int[blocks][];
        for (int b = 0; b < blocks; b++)
        {
            counts[b] = new int[FinalRanking.DigitCountLength];
            int start = RadixSort.BlockStart(m, blocks, b), end = RadixSort.BlockStart(m, blocks, b + 1);
            for (int s = start; s < end; s += 2048)
            {
                int e = Math.Min(end, s + 2048);
                if (!FinalRanking.CountDigits(totals.AsSpan(s, e - s), s, words.AsSpan(s, e - s), counts[b]))
                {
                    return null;
                }
            }
        }

        return counts;
    }

    /// <summary>Whole totals: heavy (sums of six places, many ties), wide (up to 2^31 − 1), equal, or distinct.</summary>
    private static double[] Totals(int m, string shape, int seed)
    {
        var random = new Random(seed);
        return shape switch
        {
            "heavy" => [.. Enumerable.Range(0, m).Select(_ => (double)Enumerable.Range(0, 6).Sum(_ => random.Next(1, Math.Max(2, m / 4))))],
            "wide" => [.. Enumerable.Range(0, m).Select(_ => random.Next(8) == 0 ? int.MaxValue : (double)random.Next())],
            "equal" => [.. Enumerable.Repeat(12.0, m)],
            _ => [.. Enumerable.Range(0, m).Select(r => (double)(m - r) * 3)],
        };
    }

    private static void AssertMatchesOracle(double[] totals, double[] places, int[] order)
    {
        double[] sorted = [.. totals.Order()];
        for (int r = 0; r < totals.Length; r++)
        {
            // 1 + the number of smaller totals: the first position of the total in sorted order.
            int smaller = LowerBound(sorted, totals[r]);
            Assert.Equal(1.0 + smaller, places[r]);
        }

        int[] expected = [.. Enumerable.Range(0, totals.Length).OrderBy(r => totals[r]).ThenBy(r => r)];
        Assert.Equal(expected, order);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
