using System.Runtime.CompilerServices;
using System.Numerics;

namespace SocialRank.Rating;

/// <summary>
/// Tells quickly whether two pages share an id, so that the full duplicate report (which sorts every id hash) runs only
/// when one does.
/// </summary>
/// <remarks>
/// The (hash, page) pairs are split by the hash's top bits into partitions of about 2,048 (one sequential pass, like a
/// radix pass), then each partition goes through a small open-addressing table that stays in the cache; only pages with
/// equal hashes compare their ids. Linear in the number of pages, where a sort of the hashes is not, and without a
/// cache miss per page at ten million pages.
/// </remarks>
internal static class IdHashSet
{
    /// <summary>
    /// Returns whether two pages with an id share it. <paramref name="hashes"/> holds each page's id hash and
    /// <paramref name="indices"/> its index, or -1 for a page without an id; <paramref name="scratch"/> has room for one
    /// 64-bit word per page; <paramref name="idAt"/> gives the id of the page at an index (read only for equal hashes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool AnyDuplicate(Func<int, string> idAt, ReadOnlySpan<int> hashes, ReadOnlySpan<int> indices, Span<ulong> scratch)
    {
        unchecked
        {
            int n = hashes.Length;
            if (n <= StackPages)
            {
                // Short lists (most ratings): one table on the stack, nothing allocated.
                int count = 0;
                for (int i = 0; i < n; i++)
                {
                    if (indices[i] >= 0)
                    {
                        scratch[count++] = ((ulong)(uint)hashes[i] << 32) | (uint)i;
                    }
                }

                Span<int> table = stackalloc int[4 * StackPages];
                return AnyDuplicate(idAt, scratch[..count], table[..TableSize(count)]);
            }

            int bits = Math.Clamp(BitOperations.Log2((uint)n / 2048), 1, 12);
            int shift = 32 - bits;
            int buckets = 1 << bits;
            var starts = new int[buckets + 1];
            for (int i = 0; i < n; i++)
            {
                if (indices[i] >= 0)
                {
                    starts[Bucket((uint)hashes[i], shift) + 1]++;
                }
            }

            for (int b = 1; b <= buckets; b++)
            {
                starts[b] += starts[b - 1];
            }

            int[] next = starts[..^1];
            for (int i = 0; i < n; i++)
            {
                if (indices[i] >= 0)
                {
                    uint h = (uint)hashes[i];
                    scratch[next[Bucket(h, shift)]++] = ((ulong)h << 32) | (uint)i;
                }
            }

            int[] slots = [];
            for (int b = 0; b < buckets; b++)
            {
                Span<ulong> partition = scratch[starts[b]..starts[b + 1]];
                int size = TableSize(partition.Length);
                if (slots.Length < size)
                {
                    slots = new int[size];
                }

                if (AnyDuplicate(idAt, partition, slots.AsSpan(0, size)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The most pages checked with a table on the stack, without partitions.</summary>
    private const int StackPages = 512;

    private static int Bucket(uint hash, int shift) => (int)(hash >> shift);

    /// <summary>A power of two at least four times <paramref name="count"/> (tables at most a quarter full), at least 4.</summary>
    private static int TableSize(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, 4 * count));

    /// <summary>Whether two of one partition's (hash, page) pairs are pages with the same id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AnyDuplicate(Func<int, string> idAt, ReadOnlySpan<ulong> pairs, Span<int> table)
    {
        unchecked
        {
            if (pairs.Length < 2)
            {
                return false;
            }

            table.Clear();
            int mask = table.Length - 1;
            int shift = 32 - BitOperations.Log2((uint)table.Length);
            for (int e = 0; e < pairs.Length; e++)
            {
                uint hash = (uint)(pairs[e] >> 32);
                int slot = (int)((hash * 2654435769u) >> shift);
                for (; table[slot] != 0; slot = (slot + 1) & mask)
                {
                    ulong other = pairs[table[slot] - 1];
                    if ((uint)(other >> 32) == hash
                        && string.Equals(idAt((int)(uint)other), idAt((int)(uint)pairs[e]), StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                table[slot] = e + 1;
            }

            return false;
        }
    }
}
