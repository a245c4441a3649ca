using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SocialRank.Ranking;

namespace SocialRank.Rating;

/// <summary>
/// The totals, final places and final order of long tables: the totals are summed and counted by radix digit in the same
/// pass, and the (total, row) words are sorted by a radix sort whose passes split the rows among the threads.
/// </summary>
internal static partial class RatingEvaluator
{
    /// <summary>The shortest table whose totals are counted while they are summed and sorted by <see cref="SortWholeTotals"/>.</summary>
    internal const int WholeTotalsMinRows = 1 << 14;

    /// <summary>Bits of a digit of a total: 4,096 counters a digit.</summary>
    private const int TotalDigitBits = 12;

    /// <summary>Digits of a total: 36 bits, room for any whole total up to 2^31 − 1.</summary>
    private const int TotalDigits = 3;

    private const int TotalRadix = 1 << TotalDigitBits;

    /// <summary>
    /// Writes the weighted totals of every row and, when <paramref name="count"/> is set, counts each total's radix digits
    /// per block of rows; returns the counts (one array per block, digit by digit) or <see langword="null"/> when not
    /// counted or some total is not a whole number from 0 to 2^31 − 1.
    /// </summary>
    /// <remarks>The blocks are fixed contiguous ranges, one per thread, so the counts do not depend on scheduling.</remarks>
    private static int[][]? SumTotals(double[] weights, double[][] places, double[] totals, int m, int degree, bool count)
    {
        int blocks = count ? Math.Max(1, Math.Min(degree, m / TotalsParallelBlock)) : Math.Max(1, (m + TotalsParallelBlock - 1) / TotalsParallelBlock);
        int[]?[] histograms = new int[]?[blocks];
        void Block(int b)
        {
            int start = (int)((long)m * b / blocks), end = (int)((long)m * (b + 1) / blocks);
            int[]? histogram = count ? new int[TotalDigits * TotalRadix] : null;
            for (int s = start; s < end; s += TotalsCacheBlock)
            {
                int e = Math.Min(end, s + TotalsCacheBlock);
                AddPlaces(weights, places, totals, s, e);
                if (histogram is not null && !CountTotalDigits(totals.AsSpan(s, e - s), histogram))
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

    /// <summary>Counts the digits of each total; false when one is not a whole number from 0 to 2^31 − 1.</summary>
    private static bool CountTotalDigits(ReadOnlySpan<double> totals, int[] histogram)
    {
        unchecked
        {
            ref int counts = ref MemoryMarshal.GetArrayDataReference(histogram);
            foreach (double total in totals)
            {
                if (!(total >= 0 && total <= int.MaxValue && total == Math.Floor(total)))
                {
                    return false;
                }

                uint t = (uint)total;
                Unsafe.Add(ref counts, (int)(t & (TotalRadix - 1)))++;
                Unsafe.Add(ref counts, TotalRadix + (int)((t >> TotalDigitBits) & (TotalRadix - 1)))++;
                Unsafe.Add(ref counts, (2 * TotalRadix) + (int)(t >> (2 * TotalDigitBits)))++;
            }

            return true;
        }
    }

    /// <summary>
    /// Min-tie final places and the final order (rows by total, equal totals in input order) from whole totals, given
    /// the digit counts of <see cref="SumTotals"/>: an LSD radix sort of (total, row) words, skipping digits every total
    /// shares, each pass split into the same blocks of positions (the first into the blocks that were counted).
    /// </summary>
    /// <remarks>
    /// A block scatters its words, in order, to offsets after those of every smaller digit and of the same digit in
    /// earlier blocks, so every pass is stable and the result is the same on any number of threads.
    /// </remarks>
    private static void SortWholeTotals(RatingColumns columns, double[] final, int[][] histograms, RankWorkspace workspace, int degree)
    {
        int m = columns.Count;
        double[] totals = columns.Totals;
        int[] order = GC.AllocateUninitializedArray<int>(m);
        int blocks = histograms.Length;
        ulong[] from = workspace.KeysArray(m);
        ulong[] to = workspace.KeysBufferArray(m);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree) };
        bool first = true;
        for (int digit = 0; digit < TotalDigits; digit++)
        {
            int shift = 32 + (digit * TotalDigitBits);
            if (!first)
            {
                // Later passes count the digit again, over the blocks of the words' current positions.
                For(blocks, options, b =>
                {
                    int[] histogram = histograms[b];
                    Array.Clear(histogram, digit * TotalRadix, TotalRadix);
                    ref int counts = ref histogram[digit * TotalRadix];
                    foreach (ulong word in from.AsSpan(BlockStart(m, blocks, b), BlockStart(m, blocks, b + 1) - BlockStart(m, blocks, b)))
                    {
                        Unsafe.Add(ref counts, (int)((word >> shift) & (TotalRadix - 1)))++;
                    }
                });
            }

            if (!ToBlockOffsets(histograms, digit, m))
            {
                continue;
            }

            bool fromTotals = first;
            ulong[] source = from, target = to;
            For(blocks, options, b =>
            {
                int start = BlockStart(m, blocks, b), end = BlockStart(m, blocks, b + 1);
                ref int offsets = ref histograms[b][digit * TotalRadix];
                ref ulong dest = ref MemoryMarshal.GetArrayDataReference(target);
                unchecked
                {
                    if (fromTotals)
                    {
                        for (int r = start; r < end; r++)
                        {
                            uint t = (uint)totals[r];
                            ulong word = ((ulong)t << 32) | (uint)r;
                            Unsafe.Add(ref dest, Unsafe.Add(ref offsets, (int)((word >> shift) & (TotalRadix - 1)))++) = word;
                        }
                    }
                    else
                    {
                        for (int i = start; i < end; i++)
                        {
                            ulong word = source[i];
                            Unsafe.Add(ref dest, Unsafe.Add(ref offsets, (int)((word >> shift) & (TotalRadix - 1)))++) = word;
                        }
                    }
                }
            });
            (from, to) = (to, from);
            first = false;
        }

        if (first)
        {
            // Every total is the same: one shared first place, rows in input order.
            Array.Fill(final, 1.0);
            for (int r = 0; r < m; r++)
            {
                order[r] = r;
            }
        }
        else
        {
            ulong[] sorted = from;
            For(blocks, options, b =>
            {
                int start = BlockStart(m, blocks, b), end = BlockStart(m, blocks, b + 1);
                if (start == end)
                {
                    return;
                }

                // The place of a total is 1 + the position of the first word with it, which may lie in an earlier block.
                ulong key = sorted[start] >> 32;
                int groupStart = start;
                while (groupStart > 0 && (sorted[groupStart - 1] >> 32) == key)
                {
                    groupStart--;
                }

                double place = groupStart + 1;
                for (int i = start; i < end; i++)
                {
                    ulong word = sorted[i];
                    if ((word >> 32) != key)
                    {
                        key = word >> 32;
                        place = i + 1;
                    }

                    int row = unchecked((int)(uint)word);
                    final[row] = place;
                    order[i] = row;
                }
            });
        }

        columns.Final = final;
        columns.OrderArray = order;
    }

    /// <summary>
    /// Turns a digit's counts per block into each block's start offsets; false when one digit value holds every word
    /// (the pass changes nothing).
    /// </summary>
    private static bool ToBlockOffsets(int[][] histograms, int digit, int m)
    {
        int at = digit * TotalRadix;
        for (int v = 0; v < TotalRadix; v++)
        {
            int count = 0;
            foreach (int[] histogram in histograms)
            {
                count += histogram[at + v];
            }

            if (count == m)
            {
                return false;
            }

            if (count != 0)
            {
                break;
            }
        }

        int sum = 0;
        for (int v = 0; v < TotalRadix; v++)
        {
            foreach (int[] histogram in histograms)
            {
                int c = histogram[at + v];
                histogram[at + v] = sum;
                sum += c;
            }
        }

        return true;
    }

    /// <summary>The first row of block <paramref name="b"/> of <paramref name="blocks"/> equal blocks of <paramref name="m"/> rows.</summary>
    private static int BlockStart(int m, int blocks, int b) => (int)((long)m * b / blocks);

    /// <summary>Runs <paramref name="body"/> for every block: in turn when there is one block or one thread, else in parallel.</summary>
    private static void For(int blocks, ParallelOptions options, Action<int> body)
    {
        if (blocks == 1 || options.MaxDegreeOfParallelism == 1)
        {
            for (int b = 0; b < blocks; b++)
            {
                body(b);
            }
        }
        else
        {
            Parallel.For(0, blocks, options, body);
        }
    }
}
