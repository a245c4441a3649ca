using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>
/// Final places and the final order of a rating's totals, next to the column ranker and built from its parts (the one
/// radix sort, <see cref="RadixSort"/>, and the places of <see cref="RankCore"/>): the final order lists the rows by
/// place, equal places in input order.
/// </summary>
/// <remarks>
/// <para>When every total is a whole number (whole weights), (total, row) words sorted by total give both at once: the
/// sorted rows are the final order, and a row's min-tie place is 1 + the position of the first row with its total.
/// On long tables (<see cref="CountedMinRows"/> rows or more) the evaluator counts the totals' digits while it sums them
/// (<see cref="CountDigits"/>, block by block) and <see cref="RankCounted"/> sorts with the passes split among threads;
/// on short ones <see cref="TryRankWhole"/> does it on one thread. Otherwise the places come from the column ranker
/// (with the evaluator's tie-breakers, which compose ranker calls) and <see cref="Order"/> sorts the rows by place.</para>
/// <para>Every result is the same on any number of threads: blocks are fixed ranges of positions and the sort is stable.</para>
/// </remarks>
internal static class FinalRanking
{
    /// <summary>The shortest table whose totals are counted while they are summed and ranked by <see cref="RankCounted"/>.</summary>
    internal const int CountedMinRows = 1 << 14;

    /// <summary>Bits of the row (or index) in the low half of a (key, row) word.</summary>
    internal const int RowBits = 32;

    /// <summary>The widest radix digit of a total or a place: 4,096 counters.</summary>
    private const int DigitBits = 12;

    /// <summary>The longest table whose order is found by counting (its counters, 4 bytes a row, stay in the cache).</summary>
    private const int CountingOrderLimit = 1 << 16;

    /// <summary>2^52: whole numbers up to here are exact in a double with room to spare.</summary>
    private const double WholeLimit = 4503599627370496.0;

    /// <summary>2^32: the most distinct keys a (key, row) word holds.</summary>
    private const double KeyLimit = 4294967296.0;

    /// <summary>The most counters a sort takes on the stack (16 KiB) rather than from the workspace.</summary>
    private const int StackHistogramLength = 1 << DigitBits;

    private static readonly RankOptions OrdinalAscending = new() { Ties = TieMethod.Ordinal };

    /// <summary>Gets the counters one block of <see cref="CountDigits"/> needs.</summary>
    internal static int DigitCountLength => CountedDigits.HistogramLength;

    /// <summary>The digits of counted totals (0 to 2^31 − 1) in (total, row) words: three 12-bit digits from bit 32.</summary>
    private static RadixDigits CountedDigits => new(RowBits, 3 * DigitBits, DigitBits);

    /// <summary>
    /// Writes the (total, row) word of each total, the first being row <paramref name="firstRow"/>, to
    /// <paramref name="words"/> and counts the words' digits into <paramref name="counts"/> (of
    /// <see cref="DigitCountLength"/> counters); false when a total is not a whole number from 0 to 2^31 − 1.
    /// </summary>
    /// <remarks>Called from the loop that sums the totals, on each block of rows while it is in the cache.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool CountDigits(ReadOnlySpan<double> totals, int firstRow, Span<ulong> words, Span<int> counts)
    {
        Debug.Assert(words.Length == totals.Length && counts.Length >= DigitCountLength, "room for the words and the counts");
        RadixDigits digits = CountedDigits;
        ref int count0 = ref MemoryMarshal.GetReference(counts);
        unchecked
        {
            for (int i = 0; i < totals.Length; i++)
            {
                double total = totals[i];
                if (!(total >= 0 && total <= int.MaxValue && total == Math.Floor(total)))
                {
                    return false;
                }

                ulong word = ((ulong)(uint)total << RowBits) | (uint)(firstRow + i);
                words[i] = word;
                digits.Count(ref count0, word);
            }
        }

        return true;
    }

    /// <summary>
    /// Min-tie final places and the final order from the words and digit counts of <see cref="CountDigits"/>: one count
    /// array per block of rows (block b: rows <see cref="RadixSort.BlockStart"/>(b) to (b + 1)), sorted and placed on up to
    /// <paramref name="degree"/> threads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RankCounted(ulong[] words, int m, double[] places, int[] order, int[][] counts, RankWorkspace workspace, int degree)
    {
        int blocks = counts.Length;
        ulong[] sorted = RadixSort.SortBlocks(words, workspace.KeysBufferArray(m), m, CountedDigits, counts, degree);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree) };
        RadixSort.For(blocks, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int b) =>
        {
            int start = RadixSort.BlockStart(m, blocks, b), end = RadixSort.BlockStart(m, blocks, b + 1);
            if (start == end)
            {
                return;
            }

            // The group of the block's first word may begin in an earlier block: its min-tie place is 1 + the position of
            // the group's first word (RankCore.GroupPlace with min ties).
            ulong key = sorted[start] >> RowBits;
            int groupStart = start;
            while (groupStart > 0 && (sorted[groupStart - 1] >> RowBits) == key)
            {
                groupStart--;
            }

            double place = RankCore.GroupPlace(TieMethod.Min, groupStart, groupStart + 1, 0, 0);
            for (int i = start; i < end; i++)
            {
                ulong word = sorted[i];
                if ((word >> RowBits) != key)
                {
                    key = word >> RowBits;
                    place = RankCore.GroupPlace(TieMethod.Min, i, i + 1, 0, 0);
                }

                int row = unchecked((int)(uint)word);
                places[row] = place;
                order[i] = row;
            }
        });

        Debug.Assert(IsPermutation(order.AsSpan(0, m), workspace), "the order holds every row once");
    }

    /// <summary>
    /// Min-tie final places and the final order on one thread, when every total is a whole number and they span fewer
    /// than 2^32 integers; false otherwise (a total not whole, or missing), with <paramref name="places"/> and
    /// <paramref name="order"/> to be written by the caller.
    /// </summary>
    internal static bool TryRankWhole(ReadOnlySpan<double> totals, Span<double> places, Span<int> order, RankWorkspace workspace)
    {
        if (!TrySortWhole(totals, workspace, descending: false, out Span<ulong> sorted, out int missing, allowMissing: false))
        {
            return false;
        }

        Debug.Assert(missing == 0, "no total is missing");
        RankCore.AssignPacked(places, sorted, RowBits, TieMethod.Min, 0, 0);
        RowsOf(sorted, order);
        return true;
    }

    /// <summary>
    /// Sorts the counted (non-NaN) values as (value − smallest, index) words, complemented (largest − value) when
    /// <paramref name="descending"/>, by the one radix sort with 12-bit digits: equal values stay in input order. False,
    /// having sorted nothing, when a counted value is not a whole number of magnitude at most 2^52, the values span 2^32
    /// integers or more, or (unless <paramref name="allowMissing"/>) a value is NaN.
    /// </summary>
    /// <param name="values">The values (at most the workspace's capacity).</param>
    /// <param name="workspace">The workspace whose key buffers hold the words.</param>
    /// <param name="descending">Whether larger values come first.</param>
    /// <param name="sorted">The sorted words, one per counted value, the index in the low <see cref="RowBits"/> bits.</param>
    /// <param name="missing">The number of NaN values.</param>
    /// <param name="allowMissing">Whether NaN values are set aside (else they fail the sort).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TrySortWhole(ReadOnlySpan<double> values, RankWorkspace workspace, bool descending, out Span<ulong> sorted, out int missing, bool allowMissing = true)
    {
        int n = values.Length;
        workspace.EnsureCapacity(n);
        sorted = default;
        missing = 0;
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsNaN(v))
            {
                if (!allowMissing)
                {
                    return false;
                }

                missing++;
                continue;
            }

            if (!(Math.Abs(v) <= WholeLimit && v == Math.Floor(v)))
            {
                return false;
            }

            low = Math.Min(low, v);
            high = Math.Max(high, v);
        }

        int counted = n - missing;
        Span<ulong> words = workspace.Keys(counted);
        if (counted == 0)
        {
            sorted = words;
            return true;
        }

        // Both are whole and at most 2^52 in magnitude: the difference is exact.
        if (!(high - low < KeyLimit))
        {
            return false;
        }

        unchecked
        {
            long lowest = (long)low, highest = (long)high;
            ulong span = (ulong)(highest - lowest);
            var digits = new RadixDigits(RowBits, Math.Max(1, 64 - BitOperations.LeadingZeroCount(span)), DigitBits);

            // Short tables' totals span few digits: their counters go on the stack, so a short rating allocates none.
            Span<int> histogram = digits.ClearedHistogram(digits.HistogramLength <= StackHistogramLength ? stackalloc int[digits.HistogramLength] : workspace.Histograms);
            ref int count0 = ref MemoryMarshal.GetReference(histogram);
            int j = 0;
            for (int i = 0; i < n; i++)
            {
                double v = values[i];
                if (double.IsNaN(v))
                {
                    continue;
                }

                long t = (long)v; // −0.0 gives 0, tied with 0.0
                ulong key = (ulong)(descending ? highest - t : t - lowest);
                Debug.Assert(key <= span, "every key lies within the span");
                ulong word = (key << RowBits) | (uint)i;
                words[j++] = word;
                digits.Count(ref count0, word);
            }

            sorted = RadixSort.Sort(words, workspace.KeysBuffer(counted), digits, histogram);
        }

        return true;
    }

    /// <summary>
    /// Writes the rows in place order, equal places in input order. When the places are whole numbers from 1 to m (every
    /// tie method but average) they are sorted as (place, row) words, by counting on short tables and by the radix sort on
    /// long ones (sequential passes that stay in the cache where counting would miss it on every row); otherwise the
    /// places are ranked with ordinal ties.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Order(ReadOnlySpan<double> places, Span<int> order, RankWorkspace workspace)
    {
        int m = places.Length;
        Debug.Assert(order.Length == m, "one row of the order per place");
        foreach (double place in places)
        {
            if (!(place >= 1 && place <= m && place == Math.Floor(place)))
            {
                double[] positions = new double[m];
                RankCore.Rank(places, positions, OrdinalAscending, workspace);
                for (int r = 0; r < m; r++)
                {
                    order[(int)positions[r] - 1] = r;
                }

                return;
            }
        }

        workspace.EnsureCapacity(m);
        if (m <= CountingOrderLimit)
        {
            CountingOrder(places, workspace.Indices(m), order);
        }
        else
        {
            RadixOrder(places, order, workspace);
        }

        Debug.Assert(IsPermutation(order, workspace), "the order holds every row once");
    }

    /// <summary>Counts the members of every group: <paramref name="sizes"/>[g] is the number of rows in dense group g (1 to m).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CountGroups(ReadOnlySpan<double> groups, Span<int> sizes)
    {
        sizes.Clear();
        foreach (double g in groups)
        {
            Debug.Assert(g >= 1 && g < sizes.Length && g == Math.Floor(g), "a dense group from 1 to m");
            sizes[(int)g]++;
        }
    }

    /// <summary>Orders rows by their whole places from 1 to m with a counting sort (stable: input order within a place).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountingOrder(ReadOnlySpan<double> places, Span<int> next, Span<int> order)
    {
        next.Clear();
        foreach (double place in places)
        {
            next[(int)place - 1]++;
        }

        int start = 0;
        for (int p = 0; p < next.Length; p++)
        {
            int count = next[p];
            next[p] = start;
            start += count;
        }

        Debug.Assert(start == places.Length, "the counts sum to the number of rows");
        for (int r = 0; r < places.Length; r++)
        {
            order[next[(int)places[r] - 1]++] = r;
        }
    }

    /// <summary>Orders rows by their whole places from 1 to m with the radix sort of (place − 1, row) words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RadixOrder(ReadOnlySpan<double> places, Span<int> order, RankWorkspace workspace)
    {
        unchecked
        {
            int m = places.Length;
            Span<ulong> words = workspace.Keys(m);
            var digits = new RadixDigits(RowBits, Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)(m - 1))), DigitBits);
            Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
            ref int count0 = ref MemoryMarshal.GetReference(histogram);
            for (int r = 0; r < m; r++)
            {
                ulong word = ((ulong)(uint)((int)places[r] - 1) << RowBits) | (uint)r;
                words[r] = word;
                digits.Count(ref count0, word);
            }

            RowsOf(RadixSort.Sort(words, workspace.KeysBuffer(m), digits, histogram), order);
        }
    }

    /// <summary>Writes the rows (the low <see cref="RowBits"/> bits) of sorted words, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowsOf(ReadOnlySpan<ulong> sorted, Span<int> order)
    {
        for (int i = 0; i < sorted.Length; i++)
        {
            order[i] = unchecked((int)(uint)sorted[i]);
        }
    }

    /// <summary>Whether <paramref name="order"/> holds every row from 0 to its length − 1 once (for <see cref="Debug.Assert(bool, string)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPermutation(ReadOnlySpan<int> order, RankWorkspace workspace)
    {
        Span<int> seen = workspace.IndicesBuffer(order.Length);
        seen.Clear();
        foreach (int row in order)
        {
            if ((uint)row >= (uint)order.Length || seen[row]++ != 0)
            {
                return false;
            }
        }

        return true;
    }
}
