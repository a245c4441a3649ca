using System.Numerics;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>Which sorting strategy <see cref="RankCore"/> uses; every path gives the same places.</summary>
internal enum RankPath
{
    /// <summary>Chosen by size and data: comparison below <see cref="RankCore.ComparisonCrossover"/>, else counting if it applies, else radix.</summary>
    Auto = 0,

    /// <summary>A comparison sort of order-preserving keys.</summary>
    Comparison = 1,

    /// <summary>An LSD radix sort of order-preserving keys.</summary>
    Radix = 2,

    /// <summary>A counting sort of values that are integers after scaling by a power of ten; radix when it does not apply.</summary>
    Counting = 3,
}

/// <summary>The ranking algorithm over validated arguments.</summary>
/// <remarks>
/// <para>
/// Every value is turned into a 64-bit key whose unsigned order is the value's order (see <see cref="OrderedKey"/>),
/// after rounding to the precision if one is set and complemented when ranking descending, so that both
/// directions sort the same way and ties keep their input order. NaN is set aside first. The counted values are
/// then sorted stably by key, and only the boundaries of equal-key groups matter: each place is a closed form of the
/// group's first and last position (no accumulation in floating point).
/// </para>
/// <para>
/// Three sorting strategies give identical places: a comparison sort for short columns, a counting sort when all
/// counted values are integers after scaling by 10^k (k ≤ 15) and span few enough buckets (integer counts,
/// percentages with two decimals, any column with a precision), and otherwise an LSD radix sort over the bits in
/// which the keys differ, 11 bits a digit. When the differing bits and the index fit in 64 bits together, the key
/// and the index are packed into one word, which halves the memory traffic and makes even the comparison sort stable.
/// </para>
/// </remarks>
internal static class RankCore
{
    /// <summary>Bits per radix digit: 2048 buckets, whose counters stay in the L1 cache.</summary>
    internal const int DigitBits = 11;

    /// <summary>The most radix passes a 64-bit key needs with <see cref="DigitBits"/>-bit digits.</summary>
    internal const int MaxPasses = (64 + DigitBits - 1) / DigitBits;

    /// <summary>The room the histograms of all passes take, in counters.</summary>
    internal const int HistogramLength = MaxPasses << DigitBits;

    /// <summary>
    /// Columns shorter than this use the comparison sort; longer ones the counting or the radix sort.
    /// </summary>
    /// <remarks>
    /// Chosen by measurement with <c>RankCrossoverBenchmarks</c> (benchmarks/SocialRank.Benchmarks/Ranking), which
    /// times the comparison and the radix path on random doubles with full-width keys (the radix path's worst case)
    /// and on integer counts, for 32 to 4096 values. The radix path first matched the comparison path between 128
    /// and 256 values for full-width doubles and below 128 for integer counts; 256 is the smaller of the two sizes at
    /// which the radix path was at least as fast in both cases. Results are in benchmarks/results/ranking/.
    /// </remarks>
    internal const int ComparisonCrossover = 256;

    /// <summary>The largest power of ten the counting path scales values by.</summary>
    private const int MaxCountingExponent = 15;

    /// <summary>The most buckets the counting path uses (it never uses more than there are values).</summary>
    /// <remarks>Above about a million buckets the counters no longer fit the cache and the radix path is faster.</remarks>
    private const int MaxCountingRange = 1 << 20;

    /// <summary>Integers up to this magnitude are exact in a double with room to spare.</summary>
    private const double MaxExactInteger = 4503599627370496.0; // 2^52

    /// <summary>Ranks with the strategy chosen by size and data.</summary>
    internal static void Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace)
        => Rank(values, places, options, workspace, RankPath.Auto);

    /// <summary>Ranks with the given strategy; returns the strategy that ranked (counting falls back to radix).</summary>
    internal static RankPath Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace, RankPath path)
    {
        int n = values.Length;
        if (n == 0)
        {
            return path == RankPath.Auto ? RankPath.Comparison : path;
        }

        workspace.EnsureCapacity(n);
        var plan = new Plan(options);
        if (path == RankPath.Auto)
        {
            path = n < ComparisonCrossover ? RankPath.Comparison : RankPath.Counting;
        }

        int counted = 0;
        int groups = 0;
        if (path == RankPath.Counting && !TryRankByCounting(values, places, plan, workspace, out counted, out groups))
        {
            path = RankPath.Radix;
        }

        if (path != RankPath.Counting)
        {
            RankBySorting(values, places, plan, workspace, path == RankPath.Radix, out counted, out groups);
        }

        PlaceMissingAndScale(values, places, plan, counted, groups);
        return path;
    }

    /// <summary>
    /// Maps a non-NaN double to an unsigned key whose order is the value's order; −0.0 and 0.0 map to the same key,
    /// and so does each infinity with itself.
    /// </summary>
    internal static ulong OrderedKey(double value)
    {
        // Adding +0.0 turns −0.0 into +0.0 and leaves every other value as it is.
        ulong bits = unchecked((ulong)BitConverter.DoubleToInt64Bits(value + 0.0));

        // Negative values: flip all bits (larger magnitude sorts first); non-negative: set the sign bit.
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>
    /// Rounds to the precision whose power of ten is <paramref name="scale"/>: <c>Math.Round(v × scale, ToEven) / scale</c>,
    /// numpy's rule; a value whose scaled form is not finite is returned as it is.
    /// </summary>
    internal static double RoundTo(double value, double scale)
    {
        double scaled = value * scale;
        return double.IsFinite(scaled) ? Math.Round(scaled, MidpointRounding.ToEven) / scale : value;
    }

    /// <summary>10 to the power <paramref name="decimals"/>, exact for 0 to 22.</summary>
    internal static double Pow10(int decimals)
    {
        double p = 1;
        for (int i = 0; i < decimals; i++)
        {
            p *= 10;
        }

        return p;
    }

    private static void RankBySorting(ReadOnlySpan<double> values, Span<double> places, in Plan plan, RankWorkspace workspace, bool radix, out int counted, out int groups)
    {
        int n = values.Length;
        Span<ulong> keys = workspace.Keys(n);
        Span<int> indices = workspace.Indices(n);

        // Counted values go to the front in input order; NaN is only counted as missing.
        counted = 0;
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            keys[counted] = plan.Key(v);
            indices[counted] = i;
            counted++;
        }

        groups = 0;
        if (counted == 0)
        {
            return;
        }

        int missing = n - counted;
        int offset = plan.Offset(missing);
        int denseOffset = plan.DenseOffset(missing);
        keys = keys[..counted];
        indices = indices[..counted];

        // Only the bits in which keys differ need sorting.
        ulong first = keys[0];
        ulong varying = 0;
        foreach (ulong key in keys)
        {
            varying |= key ^ first;
        }

        if (varying == 0)
        {
            groups = 1;
            AssignGroup(places, indices, plan.Ties, 0, counted, offset, denseOffset + 1);
            return;
        }

        int low = BitOperations.TrailingZeroCount(varying);
        int width = 64 - BitOperations.LeadingZeroCount(varying) - low;
        ulong keyMask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        int indexBits = 32 - BitOperations.LeadingZeroCount((uint)(counted - 1));
        if (width + indexBits <= 64)
        {
            // Pack the differing key bits above the position: equal keys then order by position, so any sort is stable.
            for (int j = 0; j < keys.Length; j++)
            {
                keys[j] = (((keys[j] >> low) & keyMask) << indexBits) | (uint)j;
            }

            Span<ulong> sorted = keys;
            if (radix)
            {
                sorted = RadixSort(keys, workspace.KeysBuffer(counted), indexBits, width, workspace.Histograms);
            }
            else
            {
                keys.Sort();
            }

            groups = AssignPacked(places, sorted, indices, indexBits, plan.Ties, offset, denseOffset);
        }
        else
        {
            for (int j = 0; j < keys.Length; j++)
            {
                keys[j] = (keys[j] >> low) & keyMask;
            }

            Span<ulong> sortedKeys = keys;
            Span<int> sortedIndices = indices;
            if (radix)
            {
                RadixSort(ref sortedKeys, ref sortedIndices, workspace.KeysBuffer(counted), workspace.IndicesBuffer(counted), width, workspace.Histograms);
            }
            else
            {
                ComparisonSortStable(keys, indices);
            }

            groups = AssignPairs(places, sortedKeys, sortedIndices, plan.Ties, offset, denseOffset);
        }
    }

    /// <summary>Sorts by key, keeping input order among equal keys (the indices are ascending on entry).</summary>
    private static void ComparisonSortStable(Span<ulong> keys, Span<int> indices)
    {
        keys.Sort(indices);
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                indices[start..end].Sort();
            }

            start = end;
        }
    }

    /// <summary>
    /// Sorts packed words by the <paramref name="width"/> bits above <paramref name="lowBit"/>, stably (LSD, 11-bit
    /// digits at most, all histograms in one pass, a pass skipped when every word has the same digit).
    /// </summary>
    /// <returns>The span that holds the sorted words: <paramref name="items"/> or <paramref name="buffer"/>.</returns>
    private static Span<ulong> RadixSort(Span<ulong> items, Span<ulong> buffer, int lowBit, int width, Span<int> histograms)
    {
        unchecked
        {
            int count = items.Length;
            int passes = (width + DigitBits - 1) / DigitBits;
            int digitBits = (width + passes - 1) / passes;
            int radix = 1 << digitBits;
            ulong digitMask = (ulong)radix - 1;
            Span<int> histogram = histograms[..(passes * radix)];
            histogram.Clear();
            foreach (ulong item in items)
            {
                ulong rest = item >> lowBit;
                for (int p = 0; p < passes; p++)
                {
                    histogram[(p << digitBits) + (int)(rest & digitMask)]++;
                    rest >>= digitBits;
                }
            }

            Span<ulong> from = items;
            Span<ulong> to = buffer;
            for (int p = 0; p < passes; p++)
            {
                int shift = lowBit + (p * digitBits);
                Span<int> offsets = histogram.Slice(p * radix, radix);
                if (!ToOffsets(offsets, (int)((from[0] >> shift) & digitMask), count))
                {
                    continue;
                }

                foreach (ulong item in from)
                {
                    to[offsets[(int)((item >> shift) & digitMask)]++] = item;
                }

                Span<ulong> swap = from;
                from = to;
                to = swap;
            }

            return from;
        }
    }

    /// <summary>Sorts keys of <paramref name="width"/> bits with their indices, stably, like the packed radix sort.</summary>
    private static void RadixSort(ref Span<ulong> keys, ref Span<int> indices, Span<ulong> keyBuffer, Span<int> indexBuffer, int width, Span<int> histograms)
    {
        unchecked
        {
            int count = keys.Length;
            int passes = (width + DigitBits - 1) / DigitBits;
            int digitBits = (width + passes - 1) / passes;
            int radix = 1 << digitBits;
            ulong digitMask = (ulong)radix - 1;
            Span<int> histogram = histograms[..(passes * radix)];
            histogram.Clear();
            foreach (ulong key in keys)
            {
                ulong rest = key;
                for (int p = 0; p < passes; p++)
                {
                    histogram[(p << digitBits) + (int)(rest & digitMask)]++;
                    rest >>= digitBits;
                }
            }

            Span<ulong> fromKeys = keys;
            Span<int> fromIndices = indices;
            Span<ulong> toKeys = keyBuffer;
            Span<int> toIndices = indexBuffer;
            for (int p = 0; p < passes; p++)
            {
                int shift = p * digitBits;
                Span<int> offsets = histogram.Slice(p * radix, radix);
                if (!ToOffsets(offsets, (int)((fromKeys[0] >> shift) & digitMask), count))
                {
                    continue;
                }

                for (int j = 0; j < fromKeys.Length; j++)
                {
                    ulong key = fromKeys[j];
                    int target = offsets[(int)((key >> shift) & digitMask)]++;
                    toKeys[target] = key;
                    toIndices[target] = fromIndices[j];
                }

                Span<ulong> swapKeys = fromKeys;
                fromKeys = toKeys;
                toKeys = swapKeys;
                Span<int> swapIndices = fromIndices;
                fromIndices = toIndices;
                toIndices = swapIndices;
            }

            keys = fromKeys;
            indices = fromIndices;
        }
    }

    /// <summary>Turns a digit's counts into start offsets; false when one digit holds all words (the pass is skipped).</summary>
    private static bool ToOffsets(Span<int> counts, int someDigit, int count)
    {
        if (counts[someDigit] == count)
        {
            return false;
        }

        int sum = 0;
        for (int b = 0; b < counts.Length; b++)
        {
            int c = counts[b];
            counts[b] = sum;
            sum += c;
        }

        return true;
    }

    private static int AssignPacked(Span<double> places, ReadOnlySpan<ulong> sorted, ReadOnlySpan<int> indices, int indexBits, TieMethod ties, int offset, int denseOffset)
    {
        ulong positionMask = (1UL << indexBits) - 1;
        int count = sorted.Length;
        int groups = 0;
        for (int start = 0; start < count;)
        {
            ulong key = sorted[start] >> indexBits;
            int end = start + 1;
            while (end < count && (sorted[end] >> indexBits) == key)
            {
                end++;
            }

            groups++;
            if (ties == TieMethod.Ordinal)
            {
                for (int j = start; j < end; j++)
                {
                    places[indices[(int)(sorted[j] & positionMask)]] = offset + j + 1;
                }
            }
            else
            {
                double place = GroupPlace(ties, start, end, offset, denseOffset + groups);
                for (int j = start; j < end; j++)
                {
                    places[indices[(int)(sorted[j] & positionMask)]] = place;
                }
            }

            start = end;
        }

        return groups;
    }

    private static int AssignPairs(Span<double> places, ReadOnlySpan<ulong> sortedKeys, ReadOnlySpan<int> sortedIndices, TieMethod ties, int offset, int denseOffset)
    {
        int count = sortedKeys.Length;
        int groups = 0;
        for (int start = 0; start < count;)
        {
            ulong key = sortedKeys[start];
            int end = start + 1;
            while (end < count && sortedKeys[end] == key)
            {
                end++;
            }

            groups++;
            AssignGroup(places, sortedIndices, ties, start, end, offset, denseOffset + groups);
            start = end;
        }

        return groups;
    }

    /// <summary>Gives the places of the tie group at sorted positions [start, end) to the indices stored there.</summary>
    private static void AssignGroup(Span<double> places, ReadOnlySpan<int> sortedIndices, TieMethod ties, int start, int end, int offset, int densePlace)
    {
        if (ties == TieMethod.Ordinal)
        {
            for (int j = start; j < end; j++)
            {
                places[sortedIndices[j]] = offset + j + 1;
            }

            return;
        }

        double place = GroupPlace(ties, start, end, offset, densePlace);
        for (int j = start; j < end; j++)
        {
            places[sortedIndices[j]] = place;
        }
    }

    /// <summary>
    /// The shared place of a tie group covering sorted positions [start, end), in closed form; the average
    /// (start + 1 + end) / 2 is a half-integer, exact in a double, equal to pandas' sum of ranks over the count.
    /// </summary>
    private static double GroupPlace(TieMethod ties, int start, int end, int offset, int densePlace) => ties switch
    {
        TieMethod.Min => offset + start + 1,
        TieMethod.Max => offset + end,
        TieMethod.Average => offset + (((double)start + 1 + end) / 2),
        _ => densePlace,
    };

    /// <summary>
    /// Ranks by counting when every counted value is an integer after scaling by one power of ten and the integers
    /// span at most as many buckets as there are values; false, with nothing written, when that does not hold.
    /// </summary>
    private static bool TryRankByCounting(ReadOnlySpan<double> values, Span<double> places, in Plan plan, RankWorkspace workspace, out int counted, out int groups)
    {
        int n = values.Length;
        counted = 0;
        groups = 0;
        int limit = Math.Min(n, MaxCountingRange);

        // Pass 1: the smallest power of ten that makes every value an integer, and the integers' range.
        int exponent = 0;
        double scale = 1;
        double low = 0;
        double high = 0;
        bool any = false;
        int missing = 0;
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                missing++;
                continue;
            }

            v = plan.Round(v);
            double r = Math.Round(v * scale);
            while (!IsScaledInteger(v, r, scale, exponent))
            {
                if (exponent == MaxCountingExponent)
                {
                    return false;
                }

                exponent++;
                scale *= 10;
                low *= 10;
                high *= 10;
                if (high - low >= limit || Math.Abs(low) > MaxExactInteger || Math.Abs(high) > MaxExactInteger)
                {
                    return false;
                }

                r = Math.Round(v * scale);
            }

            if (!any)
            {
                low = r;
                high = r;
                any = true;
            }
            else if (r < low)
            {
                low = r;
            }
            else if (r > high)
            {
                high = r;
            }

            if (high - low >= limit)
            {
                return false;
            }
        }

        counted = n - missing;
        if (counted == 0)
        {
            return true;
        }

        // Pass 2: each value's bucket (complemented when descending) and the bucket counts.
        int range = (int)(high - low) + 1;
        Span<int> bucketOf = workspace.Indices(n);
        Span<int> counts = workspace.IndicesBuffer(range);
        counts.Clear();
        bool descending = plan.Descending;
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                bucketOf[i] = -1;
                continue;
            }

            v = plan.Round(v);
            double r = Math.Round(v * scale);
            if (!IsScaledInteger(v, r, scale, exponent) || !(r >= low && r <= high))
            {
                return false;
            }

            int b = (int)(r - low);
            if (descending)
            {
                b = range - 1 - b;
            }

            bucketOf[i] = b;
            counts[b]++;
        }

        // Pass 3: each bucket's place (or, for ordinal, the place before its first value).
        int offset = plan.Offset(missing);
        int denseOffset = plan.DenseOffset(missing);
        TieMethod ties = plan.Ties;
        Span<double> placeOf = MemoryMarshal.Cast<ulong, double>(workspace.KeysBuffer(range));
        int position = 0;
        for (int b = 0; b < range; b++)
        {
            int c = counts[b];
            if (c == 0)
            {
                continue;
            }

            groups++;
            if (ties == TieMethod.Ordinal)
            {
                counts[b] = offset + position;
            }
            else
            {
                placeOf[b] = GroupPlace(ties, position, position + c, offset, denseOffset + groups);
            }

            position += c;
        }

        // Pass 4: places in input order, so ordinal ties follow input order.
        if (ties == TieMethod.Ordinal)
        {
            for (int i = 0; i < n; i++)
            {
                int b = bucketOf[i];
                if (b >= 0)
                {
                    places[i] = ++counts[b];
                }
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                int b = bucketOf[i];
                if (b >= 0)
                {
                    places[i] = placeOf[b];
                }
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="r"/> = round(v × scale) is an exact integer code for v: scaling back gives v itself.</summary>
    private static bool IsScaledInteger(double v, double r, double scale, int exponent)
        => Math.Abs(r) <= MaxExactInteger && (exponent == 0 ? r == v : r / scale == v);

    /// <summary>Places missing values and, with <see cref="RankOptions.Percentile"/>, turns places into fractions.</summary>
    private static void PlaceMissingAndScale(ReadOnlySpan<double> values, Span<double> places, in Plan plan, int counted, int groups)
    {
        int n = values.Length;
        int missing = n - counted;
        if (missing > 0)
        {
            bool keep = plan.Missing == MissingPlacement.Keep;
            bool top = plan.Missing == MissingPlacement.Top;
            int start = top ? 0 : counted;
            int densePlace = top ? 1 : groups + 1;
            int seen = 0;
            double shared = keep ? double.NaN : GroupPlace(plan.Ties, start, start + missing, 0, densePlace);
            for (int i = 0; i < n; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    continue;
                }

                places[i] = keep || plan.Ties != TieMethod.Ordinal ? shared : start + seen + 1;
                seen++;
            }
        }

        if (plan.Percentile)
        {
            // pandas divides by the number of values that got a place; for dense, by the number of distinct places.
            bool missingPlaced = missing > 0 && plan.Missing != MissingPlacement.Keep;
            double denominator = plan.Ties == TieMethod.Dense
                ? groups + (missingPlaced ? 1 : 0)
                : counted + (missingPlaced ? missing : 0);
            for (int i = 0; i < n; i++)
            {
                places[i] /= denominator;
            }
        }
    }

    /// <summary>The options, unpacked for the hot loops.</summary>
    private readonly struct Plan
    {
        public Plan(RankOptions options)
        {
            Ties = options.Ties;
            Descending = options.Direction == RankDirection.Descending;
            Missing = options.Missing;
            Percentile = options.Percentile;
            PrecisionScale = options.Precision is int d ? Pow10(d) : 0;
        }

        public TieMethod Ties { get; }

        public bool Descending { get; }

        public MissingPlacement Missing { get; }

        public bool Percentile { get; }

        /// <summary>10^precision, or 0 for exact comparison.</summary>
        public double PrecisionScale { get; }

        public double Round(double value) => PrecisionScale == 0 ? value : RoundTo(value, PrecisionScale);

        public ulong Key(double value)
        {
            ulong key = OrderedKey(Round(value));
            return Descending ? ~key : key;
        }

        /// <summary>How many places the missing values take before the counted ones.</summary>
        public int Offset(int missing) => Missing == MissingPlacement.Top ? missing : 0;

        /// <summary>How many dense places the missing values take before the counted ones.</summary>
        public int DenseOffset(int missing) => Missing == MissingPlacement.Top && missing > 0 ? 1 : 0;
    }
}
