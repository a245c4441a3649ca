using System.Runtime.CompilerServices;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>The counting path: values that are integers after scaling by one power of ten, counted by bucket.</summary>
internal static partial class RankCore
{
    /// <summary>
    /// Gives every counted value its place by counting the collected keys, which lie from <paramref name="low"/> to
    /// <paramref name="low"/> + <paramref name="range"/> − 1 (range at most the number of values); returns the number of
    /// distinct keys. Ordinal places follow the collected order, which is input order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountKeys(Span<double> places, in Plan plan, int missing, int counted, ulong low, int range, RankWorkspace workspace)
    {
        Span<ulong> keys = workspace.Keys(counted);
        Span<int> indices = workspace.Indices(counted);
        Span<int> counts = workspace.IndicesBuffer(range);
        counts.Clear();
        foreach (ulong key in keys)
        {
            Debug.Assert(key - low < (ulong)range, "every key lies in the counted range");
            counts[unchecked((int)(key - low))]++; // below range: see the caller
        }

        Debug.Assert(Sum(counts) == counted, "the counts sum to the number of counted values");

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
    /// Ranks by counting sort over the integer codes (their range is small enough, see the caller); false, with
    /// nothing written to <paramref name="places"/>, when a value turns out not to be exactly its code scaled back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        Debug.Assert(Sum(counts) == counted, "the counts sum to the number of counted values");

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
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                double r = Precision.NearestInteger(v * scale);
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
                        r = Precision.NearestInteger(v * scale);
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
            double r = Precision.NearestInteger(value * Scale);
            if ((index < VerifiedFrom && !IsScaledInteger(value, r, Scale, Exponent)) || !(r >= Low && r <= High))
            {
                code = 0;
                return false;
            }

            code = r - Low;
            return true;
        }
    }
}
