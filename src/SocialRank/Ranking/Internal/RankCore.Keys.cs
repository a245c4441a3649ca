using System.Runtime.CompilerServices;
namespace SocialRank.Ranking;

/// <summary>The keys: order-preserving bit keys of the doubles, and the integer keys round(v × 10^precision).</summary>
internal static partial class RankCore
{
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
    /// Writes the bit key and index of each counted value to the workspace, in input order; returns their number, and
    /// in <paramref name="varying"/> the bits in which some key differs from the first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryCollectPrecisionKeys(ReadOnlySpan<double> values, in Plan plan, RankWorkspace workspace, out int counted, out ulong varying, out ulong low, out ulong span)
    {
        const double Limit = 1125899906842624.0; // 2^50
        Span<ulong> keys = workspace.Keys(values.Length);
        Span<int> indices = workspace.Indices(values.Length);
        double scale = plan.PrecisionScale;
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

            ulong key = plan.IntegerKey(r);
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
}
