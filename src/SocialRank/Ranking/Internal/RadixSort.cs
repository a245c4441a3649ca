using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialRank.Ranking;

/// <summary>
/// How the key bits of packed words split into radix digits: the key is the <see cref="Width"/> bits from
/// <see cref="LowBit"/> up (what lies below, such as an index, rides along), in as few passes as digits of at most the
/// given width allow, the digits as even as possible.
/// </summary>
internal readonly struct RadixDigits
{
    /// <summary>Initializes the digits of a <paramref name="width"/>-bit key from bit <paramref name="lowBit"/> up.</summary>
    /// <param name="lowBit">The lowest key bit of a word.</param>
    /// <param name="width">The key's width in bits, 1 or more (it may reach past bit 63: the missing bits are zero).</param>
    /// <param name="maxDigitBits">The widest digit (its counters should stay in the L1 cache).</param>
    public RadixDigits(int lowBit, int width, int maxDigitBits)
    {
        Debug.Assert(lowBit is >= 0 and < 64 && width >= 1 && maxDigitBits is >= 1 and <= 16, "digits of a key inside a word");
        LowBit = lowBit;
        Width = width;
        Passes = (width + maxDigitBits - 1) / maxDigitBits;
        Bits = (width + Passes - 1) / Passes;
        Mask = (1UL << Bits) - 1;
        Debug.Assert(lowBit + ((Passes - 1) * Bits) < 64, "every pass shifts by less than 64");
    }

    /// <summary>Gets the lowest key bit of a word.</summary>
    public int LowBit { get; }

    /// <summary>Gets the key's width in bits.</summary>
    public int Width { get; }

    /// <summary>Gets the number of passes (digits).</summary>
    public int Passes { get; }

    /// <summary>Gets the bits of a digit.</summary>
    public int Bits { get; }

    /// <summary>Gets the mask of a digit.</summary>
    public ulong Mask { get; }

    /// <summary>Gets the counters of every pass's histogram together.</summary>
    public int HistogramLength => Passes << Bits;

    /// <summary>The shift of pass <paramref name="pass"/>'s digit.</summary>
    public int Shift(int pass) => LowBit + (pass * Bits);

    /// <summary>The key bits of <paramref name="word"/>, the order the sort gives.</summary>
    public ulong Key(ulong word) => Width + LowBit >= 64 ? word >> LowBit : (word >> LowBit) & ((1UL << Width) - 1);

    /// <summary>Clears and returns the room of every pass's histogram.</summary>
    public Span<int> ClearedHistogram(Span<int> room)
    {
        Span<int> histogram = room[..HistogramLength];
        histogram.Clear();
        return histogram;
    }

    /// <summary>Counts every digit of <paramref name="word"/>'s key in its pass's histogram (pass p at p × 2^<see cref="Bits"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(ref int histogram, ulong word)
    {
        unchecked
        {
            ulong key = word >> LowBit;
            for (int p = 0; p < Passes; p++)
            {
                Unsafe.Add(ref histogram, (p << Bits) + (int)(key & Mask))++;
                key >>= Bits;
            }
        }
    }
}

/// <summary>
/// The one LSD radix sort of the ranking kernel: packed 64-bit words sorted stably by their key bits (a bit range, see
/// <see cref="RadixDigits"/>), the bits below riding along, with digits of a width the caller chooses. The column ranker
/// packs (key, index) words, the final ranking (total, row) and (place, row) words.
/// </summary>
/// <remarks>
/// <para>Every pass scatters with <see cref="Scatter"/> to offsets found by one rule (prefix sums of the digit's counts;
/// a pass is skipped when one digit holds every word, so it would move nothing). <see cref="Sort"/>
/// runs the passes on one thread from a histogram of every digit counted up front (counted by the caller while it
/// packs the words, which saves a pass); <see cref="SortBlocks"/> runs the same passes split into blocks of positions
/// among threads, each block scattering after every smaller digit and the same digit of earlier blocks, so it is stable
/// and gives the same words on any number of threads.</para>
/// <para>Keys too wide to share a word with their index (more than 64 − log2(n) differing bits, such as doubles of
/// many magnitudes) are cut to their top bits by the caller, which tells apart the words whose cut keys tie
/// (<c>RankCore.AssignCut</c>); so every sort here moves single words.</para>
/// </remarks>
internal static class RadixSort
{
    /// <summary>The room every histogram of a sort needs at most, in counters: six 11-bit or three 12-bit digits.</summary>
    internal const int HistogramLength = 6 << 11;

    /// <summary>
    /// Sorts <paramref name="items"/> stably by their key bits, given the counts of every digit (see
    /// <see cref="RadixDigits.Count"/>) in <paramref name="histogram"/>, which the sort overwrites.
    /// </summary>
    /// <returns>The span that holds the sorted words: <paramref name="items"/> or <paramref name="buffer"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Span<ulong> Sort(Span<ulong> items, Span<ulong> buffer, RadixDigits digits, scoped Span<int> histogram)
    {
        int count = items.Length;
        Debug.Assert(buffer.Length >= count && histogram.Length >= digits.HistogramLength, "room for the passes");
        Span<ulong> from = items;
        Span<ulong> to = buffer[..count];
        for (int p = 0; p < digits.Passes; p++)
        {
            int shift = digits.Shift(p);
            Span<int> offsets = histogram.Slice(p << digits.Bits, 1 << digits.Bits);
            if (count == 0 || !ToOffsets(offsets, (int)((from[0] >> shift) & digits.Mask), count))
            {
                continue;
            }

            Scatter(from, to, shift, digits.Mask, offsets);
            Span<ulong> swap = from;
            from = to;
            to = swap;
        }

        Debug.Assert(IsSorted(from, digits), "the words are sorted by their key bits");
        return from;
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> words of <paramref name="items"/> stably by their key bits, each pass split
    /// into <c>histograms.Length</c> equal blocks of positions run on up to <paramref name="degree"/> threads.
    /// <paramref name="histograms"/> holds each block's counts of every digit of the words as they are (block b holds
    /// positions <see cref="BlockStart"/>(b) to <see cref="BlockStart"/>(b + 1)); after the first pass that moves the
    /// words, each later pass counts its digit again over the blocks' new contents.
    /// </summary>
    /// <returns>The array that holds the sorted words: <paramref name="items"/> or <paramref name="buffer"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong[] SortBlocks(ulong[] items, ulong[] buffer, int count, RadixDigits digits, int[][] histograms, int degree)
    {
        Debug.Assert(items.Length >= count && buffer.Length >= count, "room for the passes");
        Debug.Assert(Array.TrueForAll(histograms, h => h.Length >= digits.HistogramLength), "room for every digit");
        int blocks = histograms.Length;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree) };
        ulong[] from = items, to = buffer;
        bool moved = false;
        for (int p = 0; p < digits.Passes; p++)
        {
            int shift = digits.Shift(p);
            int at = p << digits.Bits;
            int radix = 1 << digits.Bits;
            if (moved)
            {
                ulong[] source = from;
                For(blocks, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int b) =>
                {
                    Span<int> counts = histograms[b].AsSpan(at, radix);
                    counts.Clear();
                    ref int count0 = ref MemoryMarshal.GetReference(counts);
                    foreach (ulong word in source.AsSpan(BlockStart(count, blocks, b), BlockStart(count, blocks, b + 1) - BlockStart(count, blocks, b)))
                    {
                        Unsafe.Add(ref count0, (int)((word >> shift) & digits.Mask))++;
                    }
                });
            }

            if (!ToBlockOffsets(histograms, at, radix, count))
            {
                continue;
            }

            ulong[] read = from, write = to;
            For(blocks, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int b) =>
            {
                int start = BlockStart(count, blocks, b);
                Scatter(read.AsSpan(start, BlockStart(count, blocks, b + 1) - start), write.AsSpan(0, count), shift, digits.Mask, histograms[b].AsSpan(at, radix));
            });
            (from, to) = (to, from);
            moved = true;
        }

        Debug.Assert(IsSorted(from.AsSpan(0, count), digits), "the words are sorted by their key bits");
        return from;
    }

    /// <summary>The first position of block <paramref name="b"/> of <paramref name="blocks"/> equal blocks of <paramref name="count"/> positions.</summary>
    internal static int BlockStart(int count, int blocks, int b) => (int)((long)count * b / blocks);

    /// <summary>Runs <paramref name="body"/> for every block: in turn when there is one block or one thread, else in parallel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void For(int blocks, ParallelOptions options, Action<int> body)
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

    /// <summary>One pass: moves each word, in order, to the next offset of its digit (the offsets advance).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scatter(ReadOnlySpan<ulong> from, Span<ulong> to, int shift, ulong mask, Span<int> offsets)
    {
        unchecked
        {
            // Every target is below to.Length: the offsets are prefix sums of these very words' digits.
            ref int offset = ref MemoryMarshal.GetReference(offsets);
            ref ulong target = ref MemoryMarshal.GetReference(to);
            foreach (ulong item in from)
            {
                Unsafe.Add(ref target, Unsafe.Add(ref offset, (int)((item >> shift) & mask))++) = item;
            }
        }
    }

    /// <summary>Turns a digit's counts into start offsets; false when one digit holds all words (the pass is skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        Debug.Assert(sum == count, "the digit's counts sum to the number of words");
        return true;
    }

    /// <summary>
    /// Turns a digit's counts per block (at <paramref name="at"/> in each histogram) into each block's start offsets: after
    /// every smaller digit and the same digit in earlier blocks; false when one digit holds every word (the pass is skipped).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ToBlockOffsets(int[][] histograms, int at, int radix, int count)
    {
        for (int v = 0; v < radix; v++)
        {
            int total = 0;
            foreach (int[] histogram in histograms)
            {
                total += histogram[at + v];
            }

            if (total == count)
            {
                return false;
            }

            if (total != 0)
            {
                break;
            }
        }

        int sum = 0;
        for (int v = 0; v < radix; v++)
        {
            foreach (int[] histogram in histograms)
            {
                int c = histogram[at + v];
                histogram[at + v] = sum;
                sum += c;
            }
        }

        Debug.Assert(sum == count, "the digit's counts sum to the number of words");
        return true;
    }

    /// <summary>Whether the words are in ascending order of their key bits (for <see cref="Debug.Assert(bool)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSorted(ReadOnlySpan<ulong> words, in RadixDigits digits)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (digits.Key(words[i - 1]) > digits.Key(words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
