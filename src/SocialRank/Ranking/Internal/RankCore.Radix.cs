using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>The comparison and radix strategies: the collected bit or precision keys sorted stably, then placed by group.</summary>
internal static partial class RankCore
{
    /// <summary>
    /// The most buckets <see cref="TrySortByBuckets"/> uses are 2^this: the scatter writes to that many places at once,
    /// few enough for the caches and the TLB to keep up (with one bucket a value, the old layout, every word written was a
    /// miss: twice the time at a million values and more at ten million).
    /// </summary>
    private const int MaxBucketBits = 12;

    /// <summary>
    /// <see cref="TrySortByBuckets"/> uses about one bucket for every 2^this keys (up to <see cref="MaxBucketBits"/>), so
    /// a bucket's words (a few KB) are sorted in the L1 or L2 cache.
    /// </summary>
    private const int BucketSizeBits = 8;

    /// <summary>
    /// Sorts the collected keys stably and gives every counted value its place; returns the number of distinct keys.
    /// </summary>
    /// <remarks>
    /// The bits in which the keys differ are packed above the value's index into one word, so equal keys order by index
    /// (input order), any sort of the words is stable, and the index needs no lookup afterwards. When those bits and the
    /// index do not fit in 64 bits together (doubles of many magnitudes: about 58 differing bits), only the key's top
    /// bits are packed (44 beside the index of a million values), and words whose cut keys tie are told apart
    /// afterwards by the bits they leave out: carried beside the words by the bucket sort, made again from the values
    /// for the tied words only after the radix and comparison sorts (<see cref="AssignCut"/>). Distinct doubles rarely
    /// share their top 40 bits, so this costs little, where sorting the whole keys with their indices (12 bytes a word,
    /// six radix passes instead of four) cost about twice the time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SortAndAssign(ReadOnlySpan<double> values, Span<double> places, in Plan plan, int missing, int counted, ulong varying, bool precisionKeys, RankWorkspace workspace, RankPath sort)
    {
        Debug.Assert(sort is RankPath.Comparison or RankPath.Radix or RankPath.Buckets, "a sort of the keys");
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
        int width = KeyWidth(varying);
        int indexBits = IndexBits(n);
        int keyBits = Math.Min(width, 64 - indexBits);
        int shift = low + width - keyBits;
        ulong keyMask = keyBits == 64 ? ulong.MaxValue : (1UL << keyBits) - 1;
        Span<ulong> sorted = keys;
        Span<ulong> spare = workspace.KeysBuffer(counted);
        Span<uint> lowBits = keyBits < width ? workspace.LowBits(counted) : default;
        if (sort == RankPath.Buckets && TrySortByBuckets(keys, indices, spare, lowBits, low, shift, keyMask, indexBits, workspace.IndicesBuffer(counted)))
        {
            return AssignPacked(places, spare, indexBits, plan.Ties, offset, denseOffset, lowBits, keys);
        }

        if (sort is RankPath.Radix or RankPath.Buckets)
        {
            var digits = new RadixDigits(indexBits, keyBits, DigitBits);
            Span<int> histogram = digits.ClearedHistogram(workspace.Histograms);
            ref int counts = ref MemoryMarshal.GetReference(histogram);
            for (int j = 0; j < keys.Length; j++)
            {
                ulong item = (((keys[j] >> shift) & keyMask) << indexBits) | unchecked((uint)indices[j]);
                keys[j] = item;
                digits.Count(ref counts, item);
            }

            sorted = RadixSort.Sort(keys, spare, digits, histogram);
            if (Unsafe.AreSame(ref MemoryMarshal.GetReference(sorted), ref MemoryMarshal.GetReference(spare)))
            {
                spare = keys;
            }
        }
        else
        {
            for (int j = 0; j < keys.Length; j++)
            {
                keys[j] = (((keys[j] >> shift) & keyMask) << indexBits) | unchecked((uint)indices[j]);
            }

            keys.Sort();
        }

        Debug.Assert(sorted.Length == counted, "every counted value is sorted");
        return keyBits == width
            ? AssignPacked(places, sorted, indexBits, plan.Ties, offset, denseOffset)
            : AssignCut(values, places, sorted, indexBits, plan, precisionKeys, low, shift, lowBits, spare, offset, denseOffset);
    }

    /// <summary>The number of bits from the lowest to the highest bit set in <paramref name="varying"/>.</summary>
    private static int KeyWidth(ulong varying) => 64 - BitOperations.LeadingZeroCount(varying) - BitOperations.TrailingZeroCount(varying);

    /// <summary>The bits an index below <paramref name="n"/> takes in a packed word.</summary>
    private static int IndexBits(int n) => 32 - BitOperations.LeadingZeroCount((uint)(n - 1));

    /// <summary>Whether keys that differ in <paramref name="varying"/> are cut to share a word with an index below <paramref name="n"/>.</summary>
    private static bool KeysAreCut(ulong varying, int n) => varying != 0 && KeyWidth(varying) + IndexBits(n) > 64;

    /// <summary>
    /// Sorts the (cut key, index) words of the keys by a counting sort into buckets (about one for every 2^<see
    /// cref="BucketSizeBits"/> keys, at most 2^<see cref="MaxBucketBits"/>), then each bucket on its own in the cache
    /// (<see cref="SortBucket"/>): two passes over the keys and one over each bucket, where the radix sort takes four
    /// passes. The buckets split evenly the range of keys from the 1st to the 99th percentile of a sample (keys outside
    /// it share the first and the last bucket), so a few outliers, such as zeros among ratios, do not crowd the rest
    /// together. False, with nothing sorted, when one bucket would hold more than an eighth of the keys (mostly ties or a
    /// lopsided sample): the radix sort is faster then.
    /// </summary>
    /// <param name="keys">The bit keys, in input order; once scattered, their room holds a bucket's words while it is sorted.</param>
    /// <param name="indices">The index of each key; once scattered, their room holds a bucket's low bits while it is sorted.</param>
    /// <param name="target">Room for the words; on return, the sorted words.</param>
    /// <param name="lowBits">
    /// Empty when the words hold whole keys; else room for the key bits each word leaves out (from bit
    /// <paramref name="low"/> to <paramref name="shift"/>), which on return are in the words' order.
    /// </param>
    /// <param name="low">The lowest bit in which keys differ.</param>
    /// <param name="shift">The lowest key bit kept in a word.</param>
    /// <param name="keyMask">The mask of the kept key bits, after the shift.</param>
    /// <param name="indexBits">The bits of a word that hold the index.</param>
    /// <param name="counts">Room for the counters, at least as many as there are keys (the buckets' and a bucket's sub-buckets').</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TrySortByBuckets(Span<ulong> keys, Span<int> indices, Span<ulong> target, Span<uint> lowBits, int low, int shift, ulong keyMask, int indexBits, Span<int> counts)
    {
        unchecked
        {
            // The window from a sample of up to 1024 keys spread over the column.
            int count = keys.Length;
            Span<ulong> sample = stackalloc ulong[Math.Min(1024, count)];
            for (int i = 0; i < sample.Length; i++)
            {
                sample[i] = keys[(int)((long)i * count / sample.Length)];
            }

            sample.Sort();
            ulong lo = sample[sample.Length / 100];
            ulong hi = sample[sample.Length - 1 - (sample.Length / 100)];

            // Bucket of a key: its distance above lo, from bit `bucketShift` up, at most the last bucket; the buckets
            // are in key order, so the words of each bucket sorted in turn are all the words sorted.
            int bucketBits = Math.Clamp(31 - BitOperations.LeadingZeroCount((uint)count) - BucketSizeBits, 1, MaxBucketBits);
            int bucketShift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(hi - lo) - bucketBits);
            int buckets = (int)((hi - lo) >> bucketShift) + 1;
            ulong last = (ulong)(buckets - 1);
            Debug.Assert(buckets <= counts.Length, "a counter for every bucket");
            Span<int> next = counts[..buckets];
            next.Clear();
            foreach (ulong key in keys)
            {
                next[(int)Math.Min((Math.Max(key, lo) - lo) >> bucketShift, last)]++;
            }

            int most = count < 64 ? count : count / 8;
            for (int b = 0, sum = 0; b < buckets; b++)
            {
                int inBucket = next[b];
                if (inBucket > most)
                {
                    return false;
                }

                next[b] = sum;
                sum += inBucket;
            }

            bool cut = !lowBits.IsEmpty;
            ulong lowMask = (1UL << (shift - low)) - 1;
            for (int j = 0; j < count; j++)
            {
                ulong key = keys[j];
                int at = next[(int)Math.Min((Math.Max(key, lo) - lo) >> bucketShift, last)]++;
                target[at] = (((key >> shift) & keyMask) << indexBits) | (uint)indices[j];
                if (cut)
                {
                    lowBits[at] = (uint)((key >> low) & lowMask);
                }
            }

            // The keys and indices are read: their room holds a bucket's words while it is sorted.
            Span<ulong> scratchWords = keys;
            Span<uint> scratchLow = MemoryMarshal.Cast<int, uint>(indices);

            // Each counter now holds the end of its bucket.
            Span<ulong> sorted = target[..count];
            for (int b = 0, start = 0; b < buckets; b++)
            {
                int end = next[b];
                if (end - start > 1)
                {
                    if (end - start > 16 && buckets + (2 * (end - start)) <= counts.Length)
                    {
                        SortBucket(sorted[start..end], cut ? lowBits[start..end] : default, indexBits, scratchWords, scratchLow, counts[buckets..]);
                    }
                    else if (cut)
                    {
                        SortWords(sorted[start..end], lowBits[start..end]);
                    }
                    else
                    {
                        SortWords(sorted[start..end]);
                    }
                }

                start = end;
            }

            Debug.Assert(IsAscending(sorted), "the words are sorted");
            return true;
        }
    }

    /// <summary>
    /// Sorts one bucket's words in the cache: counted by their cut keys into about one sub-bucket a word, from the
    /// bucket's smallest cut key up, then each sub-bucket sorted on its own (<see cref="SortWords(Span{ulong})"/>); the low
    /// bits move with their words. The counting is stable, so words of one cut key stay in index order.
    /// </summary>
    /// <param name="words">The bucket's (cut key, index) words, in index order.</param>
    /// <param name="lowBits">Empty when the words hold whole keys; else the key bits each word leaves out.</param>
    /// <param name="indexBits">The bits of a word that hold the index.</param>
    /// <param name="scratchWords">Room for as many words as the bucket has.</param>
    /// <param name="scratchLow">Room for as many low bits as the bucket has.</param>
    /// <param name="counters">Room for twice as many counters as the bucket has words.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortBucket(Span<ulong> words, Span<uint> lowBits, int indexBits, Span<ulong> scratchWords, Span<uint> scratchLow, Span<int> counters)
    {
        unchecked
        {
            int c = words.Length;
            ulong min = ulong.MaxValue, max = 0;
            foreach (ulong w in words)
            {
                ulong k = w >> indexBits;
                min = Math.Min(min, k);
                max = Math.Max(max, k);
            }

            if (min == max)
            {
                // One cut key: the words are in index order already (the scatter is stable).
                return;
            }

            int subBits = 32 - BitOperations.LeadingZeroCount((uint)(c - 1));
            int rangeBits = 64 - BitOperations.LeadingZeroCount(max - min);
            int s = Math.Max(0, rangeBits - subBits);
            int m = (int)((max - min) >> s) + 1;
            Span<int> next = counters[..m];
            next.Clear();
            foreach (ulong w in words)
            {
                next[(int)(((w >> indexBits) - min) >> s)]++;
            }

            for (int b = 0, sum = 0; b < m; b++)
            {
                int inSub = next[b];
                next[b] = sum;
                sum += inSub;
            }

            bool cut = !lowBits.IsEmpty;
            Span<ulong> outWords = scratchWords[..c];
            Span<uint> outLow = cut ? scratchLow[..c] : default;
            for (int j = 0; j < c; j++)
            {
                ulong w = words[j];
                int at = next[(int)(((w >> indexBits) - min) >> s)]++;
                outWords[at] = w;
                if (cut)
                {
                    outLow[at] = lowBits[j];
                }
            }

            for (int b = 0, start = 0; b < m; b++)
            {
                int end = next[b];
                if (end - start > 1)
                {
                    if (cut)
                    {
                        SortWords(outWords[start..end], outLow[start..end]);
                    }
                    else
                    {
                        SortWords(outWords[start..end]);
                    }
                }

                start = end;
            }

            outWords.CopyTo(words);
            if (cut)
            {
                outLow.CopyTo(lowBits);
            }
        }
    }

    /// <summary>Sorts a bucket's words: by insertion when there are few (most buckets hold one or two), else by <see cref="MemoryExtensions.Sort{T}(Span{T})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortWords(Span<ulong> words)
    {
        if (words.Length > 16)
        {
            words.Sort();
            return;
        }

        for (int i = 1; i < words.Length; i++)
        {
            ulong word = words[i];
            int j = i - 1;
            while (j >= 0 && words[j] > word)
            {
                words[j + 1] = words[j];
                j--;
            }

            words[j + 1] = word;
        }
    }

    /// <summary>Sorts a bucket's words and moves each word's low key bits with it (see <see cref="SortWords(Span{ulong})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortWords(Span<ulong> words, Span<uint> lowBits)
    {
        if (words.Length > 16)
        {
            words.Sort(lowBits);
            return;
        }

        for (int i = 1; i < words.Length; i++)
        {
            ulong word = words[i];
            uint bits = lowBits[i];
            int j = i - 1;
            while (j >= 0 && words[j] > word)
            {
                words[j + 1] = words[j];
                lowBits[j + 1] = lowBits[j];
                j--;
            }

            words[j + 1] = word;
            lowBits[j + 1] = bits;
        }
    }

    /// <summary>Whether <paramref name="words"/> are in ascending order (for <see cref="Debug.Assert(bool, string)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAscending(ReadOnlySpan<ulong> words)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (words[i - 1] > words[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Places words sorted by the top bits of their keys when the bits they leave out did not travel with them (the radix
    /// and comparison sorts): for every run of words whose cut keys tie, those bits are made again from the values'
    /// whole keys (<see cref="Plan.Key"/> or <see cref="Plan.PrecisionKey"/>), then <see cref="AssignPacked"/> places
    /// them. Returns the number of distinct whole keys.
    /// </summary>
    /// <param name="values">The values ranked.</param>
    /// <param name="places">The places, by index.</param>
    /// <param name="sorted">The (cut key, index) words, sorted.</param>
    /// <param name="indexBits">The bits of a word that hold the index.</param>
    /// <param name="plan">The options.</param>
    /// <param name="precisionKeys">Whether the keys are precision keys rather than bit keys.</param>
    /// <param name="low">The lowest bit in which keys differ.</param>
    /// <param name="shift">The lowest key bit kept in a word.</param>
    /// <param name="lowBits">Room for the left-out bits, as many as there are words.</param>
    /// <param name="spare">Room for the (low bits, index) words of the longest run.</param>
    /// <param name="offset">The places the missing values take before the counted ones.</param>
    /// <param name="denseOffset">The dense places the missing values take before the counted ones.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AssignCut(ReadOnlySpan<double> values, Span<double> places, ReadOnlySpan<ulong> sorted, int indexBits, in Plan plan, bool precisionKeys, int low, int shift, Span<uint> lowBits, Span<ulong> spare, int offset, int denseOffset)
    {
        unchecked
        {
            ulong indexMask = (1UL << indexBits) - 1;
            ulong lowMask = (1UL << (shift - low)) - 1;
            int count = sorted.Length;
            for (int start = 0; start < count;)
            {
                ulong cut = sorted[start] >> indexBits;
                int end = start + 1;
                while (end < count && (sorted[end] >> indexBits) == cut)
                {
                    end++;
                }

                if (end - start > 1)
                {
                    for (int k = start; k < end; k++)
                    {
                        double v = values[(int)(sorted[k] & indexMask)];
                        lowBits[k] = (uint)(((precisionKeys ? plan.PrecisionKey(v) : plan.Key(v)) >> low) & lowMask);
                    }
                }

                start = end;
            }

            return AssignPacked(places, sorted, indexBits, plan.Ties, offset, denseOffset, lowBits, spare);
        }
    }
}
