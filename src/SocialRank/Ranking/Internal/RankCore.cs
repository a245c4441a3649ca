using System.Runtime.CompilerServices;
using System.Diagnostics;

namespace SocialRank.Ranking;

/// <summary>Which sorting strategy <see cref="RankCore"/> uses; every path gives the same places.</summary>
internal enum RankPath
{
    /// <summary>
    /// Chosen by data and size: with a precision and at least <see cref="RankCore.ComparisonCrossover"/> values,
    /// <see cref="PrecisionCounting"/> then <see cref="PrecisionRadix"/> (also for that many integers compared exactly,
    /// ranked as whole numbers); else <see cref="Counting"/> when it applies,
    /// else <see cref="Comparison"/> below <see cref="RankCore.ComparisonCrossover"/> values and <see cref="Radix"/> from
    /// there on (<see cref="Buckets"/> when the keys are too wide to share a word with the index).
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

    /// <summary>
    /// The final ranking's sort (<see cref="FinalRanking.TrySortWhole"/>): when every counted value is a whole number and
    /// they span fewer than 2^32 integers, (value − smallest, index) words sorted by the one radix sort with 12-bit digits,
    /// as the evaluator sorts its totals; <see cref="Radix"/> otherwise. Never chosen automatically.
    /// </summary>
    Final = 6,

    /// <summary>
    /// The bit keys' (cut key, index) words counted into a few thousand buckets of the keys' range, and each bucket
    /// sorted on its own in the cache, by counting into about one sub-bucket a word. Chosen instead of <see cref="Radix"/> when the keys' differing bits and the index do
    /// not fit in one word (doubles of many magnitudes, such as ratios compared exactly).
    /// </summary>
    Buckets = 7,
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
/// The sorting strategies give identical places: a comparison sort for short columns, a counting sort when all
/// counted values are integers after scaling by 10^k (k ≤ 15) and span no more buckets than there are values
/// (integer counts, percentages with two decimals, columns rounded to a precision), and otherwise an LSD radix sort
/// over the bits in which the keys differ, at most 11 bits a digit, or, for keys too wide to share a word with the
/// index, a counting sort into a few thousand buckets of the key range with each bucket sorted on its own in the cache. When a precision d is set, the radix sort takes
/// the integer round(v × 10^d) as the key instead of the bits of the double (one multiplication and rounding a value,
/// and only about log2 of the integers' span varies), unless those integers fit in 32 bits and all but a few (at
/// most an eighth) lie within as many buckets from the smallest as there are values (up to 2^19): then they are
/// counted, and the few above that window, a heavy tail such as the largest follower counts, are sorted apart. The
/// differing bits of the key and the index are packed into one word, which halves the memory traffic and makes even
/// the comparison sort stable; when they do not fit in 64 bits together, only the key's top bits are packed and the
/// words whose cut keys tie are told apart by their whole keys afterwards.
/// </para>
/// <para>
/// The class is split by strategy: this file chooses the path (<see cref="RankPath"/>, each forceable in tests);
/// <c>RankCore.Keys.cs</c> makes the bit and precision keys, <c>RankCore.Counting.cs</c> the counting path,
/// <c>RankCore.PrecisionCounting.cs</c> the precision-counting path, <c>RankCore.Radix.cs</c> the comparison and radix
/// paths (with <see cref="RadixSort"/>, the one radix sort), and <c>RankCore.Places.cs</c> the places of tie groups, of
/// the missing values and percentiles, which every path calls. <see cref="FinalRanking"/> (final places and order of the
/// totals) uses the same sort and places.
/// </para>
/// </remarks>
internal static partial class RankCore
{
    /// <summary>Bits per radix digit: 2048 buckets, whose counters stay in the L1 cache.</summary>
    internal const int DigitBits = 11;

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

    /// <summary>Whole numbers: what an integer column compared exactly is ranked at (see <see cref="AllIntegers"/>).</summary>
    private static Precision WholeNumbers => Precision.Decimals(0);

    /// <summary>Integers up to this magnitude are exact in a double with room to spare.</summary>
    private const double MaxExactInteger = 4503599627370496.0; // 2^52

    /// <summary>Ranks with the strategy chosen by size and data.</summary>
    internal static void Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace)
        => Rank(values, places, options, workspace, RankPath.Auto);

    /// <summary>Ranks with the given strategy; returns the strategy that ranked (counting falls back to radix).</summary>
    internal static RankPath Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace, RankPath path)
        => Rank(values, places, new Plan(options, options.Precision), workspace, path);

    /// <summary>Ranks by the unpacked options with the given strategy; returns the strategy that ranked.</summary>
    private static RankPath Rank(ReadOnlySpan<double> values, Span<double> places, in Plan plan, RankWorkspace workspace, RankPath path)
    {
        int n = values.Length;
        if (n == 0)
        {
            return path == RankPath.Auto ? RankPath.Counting : path;
        }

        workspace.EnsureCapacity(n);
        bool chosen = path == RankPath.Auto;
        if (path == RankPath.Auto && plan.PrecisionScale == 0 && n >= ComparisonCrossover && AllIntegers(values))
        {
            // Compared exactly, integers of at most 2^50 rank as they do rounded to 0 places (rounding keeps them), so
            // they take the precision paths, which count them instead of sorting the bits of the doubles.
            return Rank(values, places, plan.WithPrecision(WholeNumbers), workspace, RankPath.Auto);
        }

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
                Debug.Assert(PlacesInRange(places, plan, n - counted), "every place lies from 1 to the number of values (or is a kept NaN)");
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
                    : SortAndAssign(values, places, plan, n - counted, counted, precisionVarying, precisionKeys: true, workspace, RankPath.Radix);
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

        if (path == RankPath.Final)
        {
            if (FinalRanking.TrySortWhole(values, workspace, plan.Descending, out Span<ulong> sorted, out int missing))
            {
                counted = n - missing;
                groups = AssignPacked(places, sorted, FinalRanking.RowBits, plan.Ties, plan.Offset(missing), plan.DenseOffset(missing));
            }
            else
            {
                path = RankPath.Radix;
            }
        }

        if (path is RankPath.Comparison or RankPath.Radix or RankPath.Buckets)
        {
            counted = CollectBitKeys(values, plan, workspace, out ulong varying);
            if (chosen && path == RankPath.Radix && KeysAreCut(varying, n))
            {
                path = RankPath.Buckets;
            }

            groups = SortAndAssign(values, places, plan, n - counted, counted, varying, precisionKeys: false, workspace, path);
        }

        PlaceMissing(values, places, plan, counted, groups);
        ScaleToPercentile(places, plan, n - counted, groups);
        Debug.Assert(PlacesInRange(places, plan, n - counted), "every place lies from 1 to the number of values (or is a kept NaN)");
        return path;
    }

    /// <summary>Whether every value is NaN or an integer of at most 2^50 in magnitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllIntegers(ReadOnlySpan<double> values)
    {
        const double Limit = 1125899906842624.0; // 2^50
        foreach (double v in values)
        {
            if (!double.IsNaN(v) && !(Math.Abs(v) <= Limit && Math.Floor(v) == v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sum of <paramref name="counts"/> (for <see cref="Debug.Assert(bool, string)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Sum(ReadOnlySpan<int> counts)
    {
        long sum = 0;
        foreach (int c in counts)
        {
            sum += c;
        }

        return sum;
    }

    /// <summary>The options, unpacked for the hot loops.</summary>
    private readonly struct Plan
    {
        public Plan(RankOptions options, Precision precision)
            : this(options.Ties, options.Direction == RankDirection.Descending, options.Missing, options.Percentile, precision)
        {
        }

        private Plan(TieMethod ties, bool descending, MissingPlacement missing, bool percentile, Precision precision)
        {
            Ties = ties;
            Descending = descending;
            Missing = missing;
            Percentile = percentile;
            Precision = precision;
            PrecisionScale = precision.Scale;
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

        /// <summary>The same options at another precision.</summary>
        public Plan WithPrecision(Precision precision) => new(Ties, Descending, Missing, Percentile, precision);

        /// <summary>The bit key of a value: <see cref="OrderedKey"/> of the rounded value, complemented when descending.</summary>
        public ulong Key(double value)
        {
            ulong key = OrderedKey(Round(value));
            return Descending ? ~key : key;
        }

        /// <summary>The precision key of a value: <see cref="IntegerKey"/> of round(v × 10^precision).</summary>
        public ulong PrecisionKey(double value) => IntegerKey(Precision.RoundToInteger(value));

        /// <summary>
        /// The key of an integer-valued double: two's complement with the sign bit flipped, which orders as unsigned
        /// (flipping the other bits instead reverses that, when descending).
        /// </summary>
        public ulong IntegerKey(double integer)
            => unchecked((ulong)(long)integer ^ (Descending ? 0x7FFF_FFFF_FFFF_FFFFUL : 0x8000_0000_0000_0000UL));

        /// <summary>How many places the missing values take before the counted ones.</summary>
        public int Offset(int missing) => Missing == MissingPlacement.Top ? missing : 0;

        /// <summary>How many dense places the missing values take before the counted ones.</summary>
        public int DenseOffset(int missing) => Missing == MissingPlacement.Top && missing > 0 ? 1 : 0;
    }
}