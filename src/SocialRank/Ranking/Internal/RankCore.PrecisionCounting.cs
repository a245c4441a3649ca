using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SocialRank.Ranking;

/// <summary>The precision-counting path: 32-bit keys round(v × 10^precision) counted over a window, a heavy tail sorted apart.</summary>
internal static partial class RankCore
{
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            Debug.Assert(Sum(counts) + aboveCount == counted, "every counted value is in the window or above it");

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
            var missingPlaces = new MissingPlaces(plan, counted, missing, groups);
            ref double place0 = ref MemoryMarshal.GetReference(placeOf);
            if (ties == TieMethod.Ordinal)
            {
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
                        places[i] = missingPlaces.Next();
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
                        places[i] = missingPlaces.Next();
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
