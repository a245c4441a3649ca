using System.Runtime.CompilerServices;
using SocialRank.Ranking;

namespace SocialRank.Rating;

/// <summary>
/// The weighted totals: summed block by block, on long tables in parallel, and, for <see cref="FinalRanking.RankCounted"/>,
/// handed to the ranking kernel's digit counting while each block is in the cache.
/// </summary>
internal static partial class RatingEvaluator
{
    /// <summary>Rows whose totals one parallel task sums.</summary>
    private const int TotalsParallelBlock = 16_384;

    /// <summary>Rows summed together: a block of totals stays in the L1 cache while every place column is added to it.</summary>
    private const int TotalsCacheBlock = 2048;

    /// <summary>
    /// Writes the weighted totals of every row and, when <paramref name="words"/> is given, has the kernel write each
    /// total's (total, row) word there and count its digits per block of rows (<see cref="FinalRanking.CountDigits"/>);
    /// returns the counts (one array per block) or <see langword="null"/> when not counted or some total is not a whole
    /// number from 0 to 2^31 − 1.
    /// </summary>
    /// <remarks>The blocks are fixed contiguous ranges, one per thread, so the counts do not depend on scheduling.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[][]? SumTotals(double[] weights, double[][] places, double[] totals, int m, int degree, ulong[]? words)
    {
        bool count = words is not null;
        int blocks = count ? Math.Max(1, Math.Min(degree, m / TotalsParallelBlock)) : Math.Max(1, (m + TotalsParallelBlock - 1) / TotalsParallelBlock);
        int[]?[] histograms = new int[]?[blocks];
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Block(int b)
        {
            int start = (int)((long)m * b / blocks), end = (int)((long)m * (b + 1) / blocks);
            int[]? histogram = count ? new int[FinalRanking.DigitCountLength] : null;
            for (int s = start; s < end; s += TotalsCacheBlock)
            {
                int e = Math.Min(end, s + TotalsCacheBlock);
                AddPlaces(weights, places, totals, s, e);
                if (histogram is not null && !FinalRanking.CountDigits(totals.AsSpan(s, e - s), s, words.AsSpan(s, e - s), histogram))
                {
                    histogram = null;
                }
            }

            histograms[b] = histogram;
        }

        if (degree > 1 && blocks > 1)
        {
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = degree }, Block);
        }
        else
        {
            // Not through For: calling the local function directly allocates no delegate (short tables count bytes).
            for (int b = 0; b < blocks; b++)
            {
                Block(b);
            }
        }

        if (!count || !Array.TrueForAll(histograms, h => h is not null))
        {
            return null;
        }

        return Array.ConvertAll(histograms, h => h!);
    }

    /// <summary>
    /// Writes the weighted totals of rows <paramref name="start"/> to <paramref name="end"/>: for each row, weight × place
    /// summed over the indicators in order (the same sum, in the same order, whatever the blocks and threads).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddPlaces(double[] weights, double[][] places, double[] totals, int start, int end)
    {
        for (int s = start; s < end; s += TotalsCacheBlock)
        {
            Span<double> block = totals.AsSpan(s, Math.Min(end, s + TotalsCacheBlock) - s);
            if (places.Length == 0)
            {
                block.Clear();
                continue;
            }

            double w0 = weights[0];
            ReadOnlySpan<double> p0 = places[0].AsSpan(s, block.Length);
            for (int r = 0; r < block.Length; r++)
            {
                block[r] = w0 * p0[r];
            }

            for (int j = 1; j < places.Length; j++)
            {
                double w = weights[j];
                ReadOnlySpan<double> p = places[j].AsSpan(s, block.Length);
                for (int r = 0; r < block.Length; r++)
                {
                    block[r] += w * p[r];
                }
            }
        }
    }
}
