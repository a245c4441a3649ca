using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>The comparison and radix strategies: the collected bit or precision keys sorted stably, then placed by group.</summary>
internal static partial class RankCore
{
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
                var digits = new RadixDigits(indexBits, width, DigitBits);
                Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
                ref int counts = ref MemoryMarshal.GetReference(histogram);
                for (int j = 0; j < keys.Length; j++)
                {
                    ulong item = (((keys[j] >> low) & keyMask) << indexBits) | (uint)indices[j];
                    keys[j] = item;
                    digits.Count(ref counts, item);
                }

                sorted = RadixSort.Sort(keys, workspace.KeysBuffer(counted), digits, histogram);
            }
            else
            {
                for (int j = 0; j < keys.Length; j++)
                {
                    keys[j] = (((keys[j] >> low) & keyMask) << indexBits) | (uint)indices[j];
                }

                keys.Sort();
            }

            Debug.Assert(sorted.Length == counted, "every counted value is sorted");

            return AssignPacked(places, sorted, indexBits, plan.Ties, offset, denseOffset);
        }

        Span<ulong> sortedKeys = keys;
        Span<int> sortedIndices = indices;
        if (radix)
        {
            var digits = new RadixDigits(0, width, DigitBits);
            Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
            ref int counts = ref MemoryMarshal.GetReference(histogram);
            for (int j = 0; j < keys.Length; j++)
            {
                ulong key = (keys[j] >> low) & keyMask;
                keys[j] = key;
                digits.Count(ref counts, key);
            }

            RadixSort.SortPairs(ref sortedKeys, ref sortedIndices, workspace.KeysBuffer(counted), workspace.IndicesBuffer(counted), digits, histogram);
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
}
