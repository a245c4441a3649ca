using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SocialRank.Ranking;

/// <summary>Which sorting strategy <see cref="RankCore"/> uses; every path gives the same places.</summary>
internal enum RankPath
{
    /// <summary>
    /// Chosen by data and size: with a precision and at least <see cref="RankCore.ComparisonCrossover"/> values,
    /// <see cref="PrecisionCounting"/> then <see cref="PrecisionRadix"/>; else <see cref="Counting"/> when it applies,
    /// else <see cref="Comparison"/> below <see cref="RankCore.ComparisonCrossover"/> values and <see cref="Radix"/> from
    /// there on.
    /// </summary>
    Auto = 0,

    /// <summary>A comparison sort of the order-preserving bit keys.</summary>
    Comparison = 1,

    /// <summary>An LSD radix sort of the order-preserving bit keys.</summary>
    Radix = 2,

    /// <summary>
    /// A counting sort when every value is an integer after scaling by one power of ten and those integers span no
    /// more buckets than there are values; <see cref="Radix"/> otherwise.
    /// </summary>
    Counting = 3,

    /// <summary>
    /// The integers round(v × 10^precision) as keys when <see cref="RankOptions.Precision"/> is set and each of them is
    /// at most 2^50 in magnitude (then they order and tie exactly as the rounded values do): counted when they span no
    /// more buckets than there are values (up to 2^19), else sorted by an LSD radix sort; <see cref="Radix"/> otherwise.
    /// </summary>
    PrecisionRadix = 4,

    /// <summary>
    /// The integers round(v × 10^precision) as 32-bit keys, counted over a window of buckets from the smallest key (at
    /// most as many buckets as there are values, up to 2^19); the few keys above the window (a heavy tail) are sorted
    /// apart and placed before or after the window. <see cref="PrecisionRadix"/> when no precision is set, a key is
    /// beyond the 32-bit range, or (chosen automatically) more than an eighth of the values lie above the window.
    /// </summary>
    PrecisionCounting = 5,
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
/// Four sorting strategies give identical places: a comparison sort for short columns, a counting sort when all
/// counted values are integers after scaling by 10^k (k ≤ 15) and span no more buckets than there are values
/// (integer counts, percentages with two decimals, columns rounded to a precision), and otherwise an LSD radix sort
/// over the bits in which the keys differ, at most 11 bits a digit. When a precision d is set, the radix sort takes
/// the integer round(v × 10^d) as the key instead of the bits of the double (one multiplication and rounding a value,
/// and only about log2 of the integers' span varies), unless those integers fit in 32 bits and all but a few (at
/// most an eighth) lie within as many buckets from the smallest as there are values (up to 2^19): then they are
/// counted, and the few above that window, a heavy tail such as the largest follower counts, are sorted apart. When
/// the differing bits and the index fit in 64 bits together, the key and the index are packed into one word, which
/// halves the memory traffic and makes even the comparison sort stable.
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
    /// Columns shorter than this that the counting sort does not apply to use the comparison sort; longer ones the
    /// radix sort.
    /// </summary>
    /// <remarks>
    /// Chosen by measurement with <c>RankCrossoverBenchmarks</c> (benchmarks/SocialRank.Benchmarks/Ranking; report in
    /// benchmarks/results/ranking/), which times the comparison and the radix path with min ties on doubles with
    /// random full-width keys (the radix path's worst case: six 11-bit passes) and on heavy-tailed integer counts,
    /// for 64 to 2048 values. For counts the two paths were even from 512 to 1024 values; for doubles the
    /// comparison path was about 2.3 times as fast at 512 values and still faster at 1024, while the radix path was
    /// faster at 2048 for both (0.73 and 0.59 of the comparison path's time). So the radix path starts at 2048.
    /// </remarks>
    internal const int ComparisonCrossover = 2048;

    /// <summary>The largest power of ten the counting path scales values by.</summary>
    private const int MaxCountingExponent = 15;

    /// <summary>The most buckets the counting path uses (it never uses more than there are values).</summary>
    /// <remarks>
    /// Measured with a Stopwatch on 2^20 uniformly random integers (a rough measurement on a busy 2-core machine): the
    /// counting path took 0.4 to 0.5 of the radix path's time with 2^18 and 2^19 buckets, but about as long or longer
    /// with 2^20 buckets, when its counters no longer fit the cache and every value costs a cache miss.
    /// </remarks>
    private const int MaxCountingRange = 1 << 19;

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
            return path == RankPath.Auto ? RankPath.Counting : path;
        }

        workspace.EnsureCapacity(n);
        var plan = new Plan(options);
        int counted = 0;
        int groups = 0;
        bool precisionKeys = path == RankPath.Auto && plan.PrecisionScale != 0 && n >= ComparisonCrossover;
        if (path == RankPath.PrecisionCounting || precisionKeys)
        {
            // Forced, the path sorts any number of values above the window; chosen, it gives way once they are many.
            int mostAbove = path == RankPath.PrecisionCounting ? n : n / 8;
            if (TryRankPrecisionByCounting(values, places, plan, workspace, mostAbove, out counted, out groups))
            {
                ScaleToPercentile(places, plan, n - counted, groups);
                return RankPath.PrecisionCounting;
            }

            path = path == RankPath.PrecisionCounting ? RankPath.PrecisionRadix : path;
        }

        if (path == RankPath.PrecisionRadix || precisionKeys)
        {
            if (TryCollectPrecisionKeys(values, plan, workspace, out counted, out ulong precisionVarying, out ulong low, out ulong span))
            {
                // Keys that span no more buckets than there are values are counted, like the counting path does.
                groups = span < (ulong)Math.Min(n, MaxCountingRange)
                    ? CountKeys(places, plan, n - counted, counted, low, (int)span + 1, workspace)
                    : SortAndAssign(places, plan, n - counted, counted, precisionVarying, workspace, radix: true);
                path = RankPath.PrecisionRadix;
            }
            else if (path == RankPath.PrecisionRadix)
            {
                path = RankPath.Radix;
            }
        }

        if (path is RankPath.Auto or RankPath.Counting)
        {
            // Finding that counting does not apply costs little: the scan stops at the first value that is not a
            // multiple of a power of ten, or once the multiples span more buckets than there are values.
            var codes = ScaledIntegers.Find(values, plan, Math.Min(n, MaxCountingRange));
            if (codes.Apply && TryRankByCounting(values, places, plan, codes, workspace, out counted, out groups))
            {
                path = RankPath.Counting;
            }
            else
            {
                path = path == RankPath.Auto && n < ComparisonCrossover ? RankPath.Comparison : RankPath.Radix;
            }
        }

        if (path is RankPath.Comparison or RankPath.Radix)
        {
            counted = CollectBitKeys(values, plan, workspace, out ulong varying);
            groups = SortAndAssign(places, plan, n - counted, counted, varying, workspace, path == RankPath.Radix);
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

    /// <summary>
    /// Writes the bit key and index of each counted value to the workspace, in input order; returns their number, and
    /// in <paramref name="varying"/> the bits in which some key differs from the first.
    /// </summary>
    private static int CollectBitKeys(ReadOnlySpan<double> values, in Plan plan, RankWorkspace workspace, out ulong varying)
    {
        Span<ulong> keys = workspace.Keys(values.Length);
        Span<int> indices = workspace.Indices(values.Length);
        int counted = 0;
        ulong first = 0;
        varying = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            ulong key = plan.Key(v);
            if (counted == 0)
            {
                first = key;
            }

            varying |= key ^ first;
            keys[counted] = key;
            indices[counted] = i;
            counted++;
        }

        return counted;
    }

    /// <summary>
    /// Writes the key round(v × 10^precision) (as an order-preserving unsigned word, complemented when descending) and
    /// the index of each counted value to the workspace, in input order; false when no precision is set or a scaled
    /// value is not finite or above 2^50 in magnitude.
    /// </summary>
    /// <remarks>
    /// A value rounded to the precision is R / 10^d with R = round(v × 10^d). For |R| ≤ 2^50 consecutive integers give
    /// quotients 10^−d apart while a double near R / 10^d is spaced at most 10^−d / 4, so the correctly rounded
    /// quotients are distinct and in the order of R: equal keys are exactly equal rounded values.
    /// </remarks>
    private static bool TryCollectPrecisionKeys(ReadOnlySpan<double> values, in Plan plan, RankWorkspace workspace, out int counted, out ulong varying, out ulong low, out ulong span)
    {
        const double Limit = 1125899906842624.0; // 2^50
        Span<ulong> keys = workspace.Keys(values.Length);
        Span<int> indices = workspace.Indices(values.Length);
        double scale = plan.PrecisionScale;
        ulong flip = plan.Descending ? 0x7FFF_FFFF_FFFF_FFFFUL : 0x8000_0000_0000_0000UL;
        counted = 0;
        varying = 0;
        low = ulong.MaxValue;
        span = 0;
        if (scale == 0)
        {
            return false;
        }

        ulong first = 0;
        ulong high = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            double r = plan.Precision.RoundToInteger(v);
            if (!(Math.Abs(r) <= Limit))
            {
                return false;
            }

            // Two's complement with the sign bit flipped orders as unsigned; flipping the other bits instead reverses that.
            ulong key = unchecked((ulong)(long)r ^ flip);
            if (counted == 0)
            {
                first = key;
            }

            varying |= key ^ first;
            low = Math.Min(low, key);
            high = Math.Max(high, key);
            keys[counted] = key;
            indices[counted] = i;
            counted++;
        }

        span = counted == 0 ? 0 : high - low;
        return true;
    }

    /// <summary>
    /// Ranks by the integer keys round(v × 10^precision) when each fits in 32 bits: keys within a window of
    /// min(n, 2^19) buckets from the smallest are counted, keys above it (at most <paramref name="mostAbove"/> of them)
    /// are packed with their index and sorted apart; missing values are placed too. False, with nothing written to
    /// <paramref name="places"/>, when no precision is set, a key does not fit or too many keys lie above the window.
    /// </summary>
    /// <remarks>
    /// Every key above the window is larger than every key in it, so in sorted order the window's buckets and the sorted
    /// keys above it are two consecutive runs (the window first when ranking ascending, last when descending), and each
    /// run's places continue from the other's count of values and of groups. Equal keys fall in the same run. Ordinal
    /// places follow input order: the window and the missing values are placed in one pass in input order, and the
    /// packed words above the window order equal keys by index.
    /// </remarks>
    private static bool TryRankPrecisionByCounting(ReadOnlySpan<double> values, Span<double> places, in Plan plan, RankWorkspace workspace, int mostAbove, out int counted, out int groups)
    {
        int n = values.Length;
        counted = 0;
        groups = 0;
        double scale = plan.PrecisionScale;
        Span<int> codes = workspace.Indices(n);
        if (scale == 0 || !TryCodePrecisionKeys(values, plan.Precision, codes, out int low, out int high, out int missing))
        {
            return false;
        }

        counted = n - missing;
        unchecked
        {
            // Pass 2: bucket counts within the window; keys above it packed as (key − low, index), complemented when descending.
            int window = counted == 0 ? 0 : (int)Math.Min((long)high - low + 1, Math.Min(n, MaxCountingRange));
            bool descending = plan.Descending;
            Span<int> counts = workspace.IndicesBuffer(window);
            Span<ulong> above = workspace.Keys(n);
            counts.Clear();
            int aboveCount = 0;
            uint flip = descending ? uint.MaxValue : 0;
            ref int count0 = ref MemoryMarshal.GetReference(counts);
            for (int i = 0; i < n; i++)
            {
                // A missing value never falls in the window: MissingCode − low wraps to 2^31 − low (for low > 0) or does not
                // wrap, and the window holds at most high − low + 1 ≤ 2^31 − low buckets.
                int code = codes[i];
                uint d = (uint)(code - low);
                if (d < (uint)window)
                {
                    Unsafe.Add(ref count0, (int)d)++;
                }
                else if (code != MissingCode)
                {
                    if (aboveCount == mostAbove)
                    {
                        return false;
                    }

                    above[aboveCount++] = ((ulong)(d ^ flip) << 32) | (uint)i;
                }
            }

            // The two runs: places of the window's buckets, and of the sorted keys above it, each after the other run.
            int offset = plan.Offset(missing);
            int denseOffset = plan.DenseOffset(missing);
            TieMethod ties = plan.Ties;
            Span<ulong> sortedAbove = above[..aboveCount];
            sortedAbove.Sort();
            Span<double> placeOf = MemoryMarshal.Cast<ulong, double>(workspace.KeysBuffer(window));
            if (descending)
            {
                // Largest first: the keys above the window, then the window's buckets from the top.
                groups = AssignPacked(places, sortedAbove, 32, ties, offset, denseOffset);
                groups += PlaceWindow(counts, placeOf, ties, offset + aboveCount, denseOffset + groups, descending: true);
            }
            else
            {
                groups = PlaceWindow(counts, placeOf, ties, offset, denseOffset, descending: false);
                groups += AssignPacked(places, sortedAbove, 32, ties, offset + counted - aboveCount, denseOffset + groups);
            }

            // Pass 3, in input order: the window's places and the missing values' place.
            bool keep = plan.Missing == MissingPlacement.Keep;
            bool top = plan.Missing == MissingPlacement.Top;
            int missingStart = top ? 0 : counted;
            double missingPlace = keep ? double.NaN : GroupPlace(ties, missingStart, missingStart + missing, 0, top ? 1 : groups + 1);
            ref double place0 = ref MemoryMarshal.GetReference(placeOf);
            if (ties == TieMethod.Ordinal)
            {
                int seen = 0;
                for (int i = 0; i < n; i++)
                {
                    int code = codes[i];
                    uint d = (uint)(code - low);
                    if (d < (uint)window)
                    {
                        places[i] = ++counts[(int)d];
                    }
                    else if (code == MissingCode)
                    {
                        places[i] = keep ? double.NaN : missingStart + ++seen;
                    }
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    int code = codes[i];
                    uint d = (uint)(code - low);
                    if (d < (uint)window)
                    {
                        places[i] = Unsafe.Add(ref place0, (int)d);
                    }
                    else if (code == MissingCode)
                    {
                        places[i] = missingPlace;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The code of a missing value in <see cref="TryCodePrecisionKeys"/>: no key takes it.</summary>
    private const int MissingCode = int.MinValue;

    /// <summary>
    /// Pass 1 of <see cref="TryRankPrecisionByCounting"/>: writes round(v × scale) (half to even) for each value, or
    /// <see cref="MissingCode"/> for NaN, and finds the smallest and largest key and the number of NaN; false when a
    /// scaled value is not finite or beyond ±(2^31 − 1).
    /// </summary>
    /// <remarks>
    /// With AVX, four values at a time: the conversion instruction rounds half to even (the default rounding mode, which
    /// .NET keeps) and gives <see cref="MissingCode"/> for NaN, so it is exactly the scalar rule.
    /// </remarks>
    private static bool TryCodePrecisionKeys(ReadOnlySpan<double> values, Precision precision, Span<int> codes, out int low, out int high, out int missing)
    {
        const double Limit = int.MaxValue; // |round(x)| ≤ 2^31 − 1 when |x| ≤ 2^31 − 1
        double scale = precision.Scale;
        int n = values.Length;
        low = int.MaxValue;
        high = int.MinValue;
        missing = 0;
        int i = 0;
        unchecked
        {
            if (Avx.IsSupported && n >= 8)
            {
                Vector256<double> factor = Vector256.Create(scale);
                Vector256<double> limit = Vector256.Create(Limit);
                Vector128<int> lows = Vector128.Create(int.MaxValue), highs = Vector128.Create(int.MinValue);
                Vector128<int> missingCode = Vector128.Create(MissingCode);
                Vector256<double> one = Vector256.Create(1.0), half = Vector256.Create(0.5);
                Vector256<double> windowScale = Vector256.Create(Precision.MidpointWindow);
                ref double value0 = ref MemoryMarshal.GetReference(values);
                ref int code0 = ref MemoryMarshal.GetReference(codes);
                for (; i <= n - 4; i += 4)
                {
                    Vector256<double> x = Avx.Multiply(Vector256.LoadUnsafe(ref value0, (nuint)i), factor);
                    Vector256<double> isNaN = Avx.CompareNotEqual(x, x);
                    Vector256<double> inRange = Avx.CompareLessThanOrEqual(Vector256.Abs(x), limit);
                    if (!Avx.Or(isNaN, inRange).AsUInt64().Equals(Vector256<ulong>.AllBitsSet))
                    {
                        return false;
                    }

                    Vector128<int> code = Avx.ConvertToVector128Int32(x);
                    code.StoreUnsafe(ref code0, (nuint)i);

                    // A lane within the midpoint window of one half is rounded by the precision's rule, exactly.
                    Vector256<double> offset = Vector256.Abs(Avx.Subtract(x, Avx.RoundToNearestInteger(x)));
                    Vector256<double> window = Avx.Multiply(Avx.Max(Vector256.Abs(x), one), windowScale);
                    int nearMask = Avx.MoveMask(Avx.CompareGreaterThanOrEqual(Avx.Add(offset, window), half));
                    if (nearMask != 0)
                    {
                        for (int lane = 0; lane < 4; lane++)
                        {
                            if ((nearMask & (1 << lane)) != 0)
                            {
                                codes[i + lane] = (int)precision.RoundToInteger(values[i + lane]);
                            }
                        }

                        code = Vector128.LoadUnsafe(ref code0, (nuint)i);
                    }
                    int nanMask = Avx.MoveMask(isNaN);
                    if (nanMask != 0)
                    {
                        missing += BitOperations.PopCount((uint)nanMask);
                        lows = Vector128.Min(lows, Vector128.ConditionalSelect(Vector128.Equals(code, missingCode), Vector128.Create(int.MaxValue), code));
                    }
                    else
                    {
                        lows = Vector128.Min(lows, code);
                    }

                    highs = Vector128.Max(highs, code);
                }

                for (int lane = 0; lane < 4; lane++)
                {
                    low = Math.Min(low, lows.GetElement(lane));
                    high = Math.Max(high, highs.GetElement(lane));
                }
            }

            for (; i < n; i++)
            {
                double v = values[i];
                if (double.IsNaN(v))
                {
                    codes[i] = MissingCode;
                    missing++;
                    continue;
                }

                double r = precision.RoundToInteger(v);
                if (!(Math.Abs(r) <= Limit))
                {
                    return false;
                }

                int code = (int)r;
                codes[i] = code;
                low = Math.Min(low, code);
                high = Math.Max(high, code);
            }
        }

        return true;
    }

    /// <summary>
    /// Gives each bucket its place in <paramref name="placeOf"/> (for ordinal ties, the place before its first value, in
    /// <paramref name="counts"/>), without a branch per bucket: empty buckets get a place too, which no value reads.
    /// Buckets go from the top when <paramref name="descending"/>. Returns the number of non-empty buckets.
    /// </summary>
    private static int PlaceWindow(Span<int> counts, Span<double> placeOf, TieMethod ties, int offset, int denseOffset, bool descending)
    {
        int groups = 0;
        int position = 0;
        int window = counts.Length;
        for (int s = 0; s < window; s++)
        {
            int b = descending ? window - 1 - s : s;
            int c = counts[b];
            groups += c != 0 ? 1 : 0;
            switch (ties)
            {
                case TieMethod.Min:
                    placeOf[b] = offset + position + 1;
                    break;
                case TieMethod.Max:
                    placeOf[b] = offset + position + c;
                    break;
                case TieMethod.Average:
                    placeOf[b] = offset + (((double)position + 1 + position + c) / 2);
                    break;
                case TieMethod.Dense:
                    placeOf[b] = denseOffset + groups;
                    break;
                default:
                    counts[b] = offset + position;
                    break;
            }

            position += c;
        }

        return groups;
    }

    /// <summary>
    /// Gives every counted value its place by counting the collected keys, which lie from <paramref name="low"/> to
    /// <paramref name="low"/> + <paramref name="range"/> − 1 (range at most the number of values); returns the number of
    /// distinct keys. Ordinal places follow the collected order, which is input order.
    /// </summary>
    private static int CountKeys(Span<double> places, in Plan plan, int missing, int counted, ulong low, int range, RankWorkspace workspace)
    {
        Span<ulong> keys = workspace.Keys(counted);
        Span<int> indices = workspace.Indices(counted);
        Span<int> counts = workspace.IndicesBuffer(range);
        counts.Clear();
        foreach (ulong key in keys)
        {
            counts[unchecked((int)(key - low))]++; // below range: see the caller
        }

        int offset = plan.Offset(missing);
        int denseOffset = plan.DenseOffset(missing);
        TieMethod ties = plan.Ties;
        Span<double> placeOf = MemoryMarshal.Cast<ulong, double>(workspace.KeysBuffer(range));
        int groups = PlaceWindow(counts[..range], placeOf, ties, offset, denseOffset, descending: false);

        for (int j = 0; j < keys.Length; j++)
        {
            int b = unchecked((int)(keys[j] - low));
            places[indices[j]] = ties == TieMethod.Ordinal ? ++counts[b] : placeOf[b];
        }

        return groups;
    }

    /// <summary>
    /// Sorts the collected keys stably and gives every counted value its place; returns the number of distinct keys.
    /// </summary>
    private static int SortAndAssign(Span<double> places, in Plan plan, int missing, int counted, ulong varying, RankWorkspace workspace, bool radix)
    {
        if (counted == 0)
        {
            return 0;
        }

        int n = places.Length;
        int offset = plan.Offset(missing);
        int denseOffset = plan.DenseOffset(missing);
        Span<ulong> keys = workspace.Keys(counted);
        Span<int> indices = workspace.Indices(counted);

        // Only the bits in which keys differ need sorting.
        if (varying == 0)
        {
            AssignGroup(places, indices, plan.Ties, 0, counted, offset, denseOffset + 1);
            return 1;
        }

        int low = BitOperations.TrailingZeroCount(varying);
        int width = 64 - BitOperations.LeadingZeroCount(varying) - low;
        ulong keyMask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        int indexBits = 32 - BitOperations.LeadingZeroCount((uint)(n - 1));
        if (width + indexBits <= 64)
        {
            // Pack the differing key bits above the value's index: equal keys then order by index (input order),
            // so any sort of the packed words is stable, and the index needs no lookup afterwards.
            Span<ulong> sorted = keys;
            if (radix)
            {
                var digits = new RadixDigits(width);
                Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
                ref int counts = ref MemoryMarshal.GetReference(histogram);
                for (int j = 0; j < keys.Length; j++)
                {
                    ulong item = (((keys[j] >> low) & keyMask) << indexBits) | (uint)indices[j];
                    keys[j] = item;
                    digits.Count(ref counts, item >> indexBits);
                }

                sorted = RadixSort(keys, workspace.KeysBuffer(counted), indexBits, digits, histogram);
            }
            else
            {
                for (int j = 0; j < keys.Length; j++)
                {
                    keys[j] = (((keys[j] >> low) & keyMask) << indexBits) | (uint)indices[j];
                }

                keys.Sort();
            }

            return AssignPacked(places, sorted, indexBits, plan.Ties, offset, denseOffset);
        }

        Span<ulong> sortedKeys = keys;
        Span<int> sortedIndices = indices;
        if (radix)
        {
            var digits = new RadixDigits(width);
            Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
            ref int counts = ref MemoryMarshal.GetReference(histogram);
            for (int j = 0; j < keys.Length; j++)
            {
                ulong key = (keys[j] >> low) & keyMask;
                keys[j] = key;
                digits.Count(ref counts, key);
            }

            RadixSort(ref sortedKeys, ref sortedIndices, workspace.KeysBuffer(counted), workspace.IndicesBuffer(counted), digits, histogram);
        }
        else
        {
            for (int j = 0; j < keys.Length; j++)
            {
                keys[j] = (keys[j] >> low) & keyMask;
            }

            ComparisonSortStable(keys, indices);
        }

        return AssignPairs(places, sortedKeys, sortedIndices, plan.Ties, offset, denseOffset);
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
    /// Sorts packed words stably by their key bits above <paramref name="lowBit"/> (LSD), given every digit's counts;
    /// a pass is skipped when all words share its digit.
    /// </summary>
    /// <returns>The span that holds the sorted words: <paramref name="items"/> or <paramref name="buffer"/>.</returns>
    private static Span<ulong> RadixSort(Span<ulong> items, Span<ulong> buffer, int lowBit, RadixDigits digits, Span<int> histogram)
    {
        unchecked
        {
            int count = items.Length;
            Span<ulong> from = items;
            Span<ulong> to = buffer;
            for (int p = 0; p < digits.Passes; p++)
            {
                int shift = lowBit + (p * digits.Bits);
                Span<int> offsets = histogram.Slice(p << digits.Bits, 1 << digits.Bits);
                if (!ToOffsets(offsets, (int)((from[0] >> shift) & digits.Mask), count))
                {
                    continue;
                }

                // Every target is below count: the offsets are prefix sums of these very words' digits.
                ref int offset = ref MemoryMarshal.GetReference(offsets);
                ref ulong target = ref MemoryMarshal.GetReference(to);
                ulong mask = digits.Mask;
                foreach (ulong item in from)
                {
                    Unsafe.Add(ref target, Unsafe.Add(ref offset, (int)((item >> shift) & mask))++) = item;
                }

                Span<ulong> swap = from;
                from = to;
                to = swap;
            }

            return from;
        }
    }

    /// <summary>Sorts keys with their indices, stably, like the packed radix sort.</summary>
    private static void RadixSort(ref Span<ulong> keys, ref Span<int> indices, Span<ulong> keyBuffer, Span<int> indexBuffer, RadixDigits digits, Span<int> histogram)
    {
        unchecked
        {
            int count = keys.Length;
            Span<ulong> fromKeys = keys;
            Span<int> fromIndices = indices;
            Span<ulong> toKeys = keyBuffer;
            Span<int> toIndices = indexBuffer;
            for (int p = 0; p < digits.Passes; p++)
            {
                int shift = p * digits.Bits;
                Span<int> offsets = histogram.Slice(p << digits.Bits, 1 << digits.Bits);
                if (!ToOffsets(offsets, (int)((fromKeys[0] >> shift) & digits.Mask), count))
                {
                    continue;
                }

                ref int offset = ref MemoryMarshal.GetReference(offsets);
                ref ulong targetKey = ref MemoryMarshal.GetReference(toKeys);
                ref int targetIndex = ref MemoryMarshal.GetReference(toIndices);
                ulong mask = digits.Mask;
                for (int j = 0; j < fromKeys.Length; j++)
                {
                    ulong key = fromKeys[j];
                    int target = Unsafe.Add(ref offset, (int)((key >> shift) & mask))++;
                    Unsafe.Add(ref targetKey, target) = key;
                    Unsafe.Add(ref targetIndex, target) = fromIndices[j];
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

    private static int AssignPacked(Span<double> places, ReadOnlySpan<ulong> sorted, int indexBits, TieMethod ties, int offset, int denseOffset)
    {
        ulong indexMask = (1UL << indexBits) - 1;
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
                    places[(int)(sorted[j] & indexMask)] = offset + j + 1;
                }
            }
            else
            {
                double place = GroupPlace(ties, start, end, offset, denseOffset + groups);
                for (int j = start; j < end; j++)
                {
                    places[(int)(sorted[j] & indexMask)] = place;
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
    /// Ranks by counting sort over the integer codes (their range is small enough, see the caller); false, with
    /// nothing written to <paramref name="places"/>, when a value turns out not to be exactly its code scaled back.
    /// </summary>
    private static bool TryRankByCounting(ReadOnlySpan<double> values, Span<double> places, in Plan plan, in ScaledIntegers codes, RankWorkspace workspace, out int counted, out int groups)
    {
        int n = values.Length;
        counted = n - codes.Missing;
        groups = 0;
        if (counted == 0)
        {
            return true;
        }

        // Pass 1: each value's bucket (complemented when descending) and the bucket counts.
        int range = (int)codes.Range;
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

            if (!codes.TryCode(plan.Round(v), i, out double code))
            {
                return false;
            }

            int b = unchecked((int)code); // from 0 to range − 1
            if (descending)
            {
                b = range - 1 - b;
            }

            bucketOf[i] = b;
            counts[b]++;
        }

        // Pass 2: each bucket's place (or, for ordinal, the place before its first value).
        int offset = plan.Offset(codes.Missing);
        int denseOffset = plan.DenseOffset(codes.Missing);
        TieMethod ties = plan.Ties;
        Span<double> placeOf = MemoryMarshal.Cast<ulong, double>(workspace.KeysBuffer(range));
        groups = PlaceWindow(counts[..range], placeOf, ties, offset, denseOffset, descending: false);

        // Pass 3: places in input order, so ordinal ties follow input order.
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

        ScaleToPercentile(places, plan, missing, groups);
    }

    /// <summary>With <see cref="RankOptions.Percentile"/>, turns places into fractions; does nothing otherwise.</summary>
    private static void ScaleToPercentile(Span<double> places, in Plan plan, int missing, int groups)
    {
        if (plan.Percentile)
        {
            // pandas divides by the number of values that got a place; for dense, by the number of distinct places.
            int counted = places.Length - missing;
            bool missingPlaced = missing > 0 && plan.Missing != MissingPlacement.Keep;
            double denominator = plan.Ties == TieMethod.Dense
                ? groups + (missingPlaced ? 1 : 0)
                : counted + (missingPlaced ? missing : 0);
            for (int i = 0; i < places.Length; i++)
            {
                places[i] /= denominator;
            }
        }
    }

    /// <summary>
    /// Integer codes for a column whose counted values are all integers after scaling by one power of ten: a value v
    /// has the code round(v × 10^k) − <see cref="Low"/>, and v is exactly that integer scaled back, so codes order and
    /// tie exactly as the values do.
    /// </summary>
    private readonly struct ScaledIntegers
    {
        private ScaledIntegers(int exponent, double scale, double low, double high, int verifiedFrom, int missing)
        {
            Apply = true;
            Exponent = exponent;
            Scale = scale;
            Low = low;
            High = high;
            VerifiedFrom = verifiedFrom;
            Missing = missing;
        }

        /// <summary>Gets a value indicating whether every counted value has a code.</summary>
        public bool Apply { get; }

        /// <summary>Gets k, the power of ten.</summary>
        public int Exponent { get; }

        /// <summary>Gets 10^k.</summary>
        public double Scale { get; }

        /// <summary>Gets the smallest scaled integer.</summary>
        public double Low { get; }

        /// <summary>Gets the largest scaled integer.</summary>
        public double High { get; }

        /// <summary>Gets the number of codes from the smallest to the largest (up to 2^53).</summary>
        public double Range => High - Low + 1;

        /// <summary>Gets the first index checked at the final power of ten; earlier values are checked again when coded.</summary>
        public int VerifiedFrom { get; }

        /// <summary>Gets the number of NaN values.</summary>
        public int Missing { get; }

        /// <summary>
        /// Finds the smallest power of ten (up to 10^15) that makes every counted value (after rounding to the
        /// precision) an integer of magnitude at most 2^52 whose scaled-back form is the value itself, with at most
        /// <paramref name="maxRange"/> integers from the smallest to the largest; <see cref="Apply"/> is false (found
        /// early, as a rule) when there is none.
        /// </summary>
        public static ScaledIntegers Find(ReadOnlySpan<double> values, in Plan plan, int maxRange)
        {
            int exponent = 0;
            double scale = 1;
            double low = 0;
            double high = 0;
            bool any = false;
            int verifiedFrom = 0;
            int missing = 0;
            for (int i = 0; i < values.Length; i++)
            {
                double v = values[i];
                if (double.IsNaN(v))
                {
                    missing++;
                    continue;
                }

                v = plan.Round(v);
                double r = Math.Round(v * scale);
                if (!IsScaledInteger(v, r, scale, exponent))
                {
                    do
                    {
                        if (exponent == MaxCountingExponent)
                        {
                            return default;
                        }

                        exponent++;
                        scale *= 10;
                        low *= 10;
                        high *= 10;
                        r = Math.Round(v * scale);
                    }
                    while (!IsScaledInteger(v, r, scale, exponent));

                    if (Math.Abs(low) > MaxExactInteger || Math.Abs(high) > MaxExactInteger || high - low >= maxRange)
                    {
                        return default;
                    }

                    verifiedFrom = i;
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

                if (high - low >= maxRange)
                {
                    return default;
                }
            }

            return new ScaledIntegers(exponent, scale, low, high, verifiedFrom, missing);
        }

        /// <summary>The code of the (rounded) value at <paramref name="index"/>; false if it has none after all.</summary>
        public bool TryCode(double value, int index, out double code)
        {
            double r = Math.Round(value * Scale);
            if ((index < VerifiedFrom && !IsScaledInteger(value, r, Scale, Exponent)) || !(r >= Low && r <= High))
            {
                code = 0;
                return false;
            }

            code = r - Low;
            return true;
        }
    }

    /// <summary>How keys of a given width split into radix digits: as few passes as <see cref="DigitBits"/> allows, digits as even as possible.</summary>
    private readonly struct RadixDigits
    {
        public RadixDigits(int width)
        {
            Passes = (width + DigitBits - 1) / DigitBits;
            Bits = (width + Passes - 1) / Passes;
            Mask = (1UL << Bits) - 1;
        }

        public int Passes { get; }

        public int Bits { get; }

        public ulong Mask { get; }

        public Span<int> ClearedHistogram(Span<int> room)
        {
            Span<int> histogram = room[..(Passes << Bits)];
            histogram.Clear();
            return histogram;
        }

        /// <summary>Counts every digit of <paramref name="key"/> (its bits from 0 up) in its pass's histogram.</summary>
        public void Count(ref int histogram, ulong key)
        {
            unchecked
            {
                for (int p = 0; p < Passes; p++)
                {
                    Unsafe.Add(ref histogram, (p << Bits) + (int)(key & Mask))++;
                    key >>= Bits;
                }
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
            Precision = options.Precision;
            PrecisionScale = options.Precision.Scale;
        }

        public TieMethod Ties { get; }

        public bool Descending { get; }

        public MissingPlacement Missing { get; }

        public bool Percentile { get; }

        /// <summary>10^precision, or 0 for exact comparison.</summary>
        public double PrecisionScale { get; }

        /// <summary>The precision values are compared at.</summary>
        public Precision Precision { get; }

        public double Round(double value) => Precision.Round(value);

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
