using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SocialRank.Ranking;

/// <summary>Places: of tie groups in closed form, of bucket windows, of the missing values, and percentiles; every path calls these.</summary>
internal static partial class RankCore
{
    /// <summary>
    /// Gives each bucket its place in <paramref name="placeOf"/> (for ordinal ties, the place before its first value, in
    /// <paramref name="counts"/>), without a branch per bucket: empty buckets get a place too, which no value reads.
    /// Buckets go from the top when <paramref name="descending"/>. Returns the number of non-empty buckets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    /// Gives the counted values their places from (key, index) words sorted by key, the index in the low
    /// <paramref name="indexBits"/> bits; returns the number of distinct keys. When the words hold only the top bits of
    /// the keys (cut to make room for the index), <paramref name="lowBits"/> holds the bits each word leaves out, in the
    /// words' order (read only for runs of words whose cut keys tie): such a run is one group when those bits are equal
    /// too, else it is sorted by (low bits, index) and placed group by group.
    /// </summary>
    /// <param name="places">The places, by index.</param>
    /// <param name="sorted">The (key, index) words, sorted.</param>
    /// <param name="indexBits">The bits of a word that hold the index.</param>
    /// <param name="ties">How ties are placed.</param>
    /// <param name="offset">The places the missing values take before the counted ones.</param>
    /// <param name="denseOffset">The dense places the missing values take before the counted ones.</param>
    /// <param name="lowBits">Empty when the words hold whole keys; else the key bits each word leaves out.</param>
    /// <param name="spare">With <paramref name="lowBits"/>, room for the (low bits, index) words of the longest run.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int AssignPacked(Span<double> places, ReadOnlySpan<ulong> sorted, int indexBits, TieMethod ties, int offset, int denseOffset, ReadOnlySpan<uint> lowBits = default, Span<ulong> spare = default)
    {
        unchecked
        {
            ulong indexMask = (1UL << indexBits) - 1;
            bool cut = !lowBits.IsEmpty;
            int count = sorted.Length;
            int groups = 0;
            for (int start = 0; start < count;)
            {
                ulong key = sorted[start] >> indexBits;
                int end = start + 1;
                bool tied = true;
                while (end < count && (sorted[end] >> indexBits) == key)
                {
                    tied &= !cut || lowBits[end] == lowBits[start];
                    end++;
                }

                if (tied)
                {
                    groups++;
                    if (end - start == 1)
                    {
                        // A single value's place is the same by every tie method but dense.
                        places[(int)(sorted[start] & indexMask)] = ties == TieMethod.Dense ? denseOffset + groups : offset + start + 1;
                    }
                    else
                    {
                        double place = GroupPlace(ties, start, end, offset, denseOffset + groups);
                        for (int j = start; j < end; j++)
                        {
                            places[(int)(sorted[j] & indexMask)] = ties == TieMethod.Ordinal ? offset + j + 1 : place;
                        }
                    }

                    start = end;
                    continue;
                }

                // (low bits, index) words: sorted, they order the run by key and, among equal keys, by input order.
                Span<ulong> run = spare[..(end - start)];
                for (int k = 0; k < run.Length; k++)
                {
                    run[k] = ((ulong)lowBits[start + k] << 32) | (sorted[start + k] & indexMask);
                }

                SortWords(run);
                for (int s = 0; s < run.Length;)
                {
                    int e = s + 1;
                    while (e < run.Length && (run[e] >> 32) == (run[s] >> 32))
                    {
                        e++;
                    }

                    groups++;
                    double place = GroupPlace(ties, start + s, start + e, offset, denseOffset + groups);
                    for (int k = s; k < e; k++)
                    {
                        places[(int)(uint)run[k]] = ties == TieMethod.Ordinal ? offset + start + k + 1 : place;
                    }

                    s = e;
                }

                start = end;
            }

            return groups;
        }
    }

    /// <summary>Gives the places of the tie group at sorted positions [start, end) to the indices stored there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    internal static double GroupPlace(TieMethod ties, int start, int end, int offset, int densePlace) => ties switch
    {
        TieMethod.Min => offset + start + 1,
        TieMethod.Max => offset + end,
        TieMethod.Average => offset + (((double)start + 1 + end) / 2),
        _ => densePlace,
    };

    /// <summary>Gives every missing value (NaN) its place by <see cref="MissingPlaces"/>, in input order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PlaceMissing(ReadOnlySpan<double> values, Span<double> places, in Plan plan, int counted, int groups)
    {
        int missing = values.Length - counted;
        if (missing == 0)
        {
            return;
        }

        var missingPlaces = new MissingPlaces(plan, counted, missing, groups);
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                places[i] = missingPlaces.Next();
            }
        }

        Debug.Assert(missingPlaces.Seen == missing || !missingPlaces.InTurn, "every missing value was placed");
    }

    /// <summary>With <see cref="RankOptions.Percentile"/>, turns places into fractions; does nothing otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Whether every place lies from 1 to the number of values (in (0, 1] as a percentile), or is NaN for a missing value kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PlacesInRange(ReadOnlySpan<double> places, in Plan plan, int missing)
    {
        bool nanAllowed = missing > 0 && plan.Missing == MissingPlacement.Keep;
        foreach (double place in places)
        {
            bool inRange = plan.Percentile ? place > 0 && place <= 1 : place >= 1 && place <= places.Length;
            if (double.IsNaN(place) ? !nanAllowed : !inRange)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The places of the missing values (NaN), the one rule every path uses: kept without a place (NaN), or one tie group
    /// before (<see cref="MissingPlacement.Top"/>) or after every counted value whose members, with ordinal ties, take its
    /// places in input order. Ask <see cref="Next"/> once for each missing value, in input order.
    /// </summary>
    private struct MissingPlaces
    {
        private readonly double _shared;
        private readonly int _start;
        private int _seen;

        public MissingPlaces(in Plan plan, int counted, int missing, int groups)
        {
            bool keep = plan.Missing == MissingPlacement.Keep;
            bool top = plan.Missing == MissingPlacement.Top;
            _start = top ? 0 : counted;
            _shared = keep ? double.NaN : GroupPlace(plan.Ties, _start, _start + missing, 0, top ? 1 : groups + 1);
            InTurn = !keep && plan.Ties == TieMethod.Ordinal;
            _seen = 0;
        }

        /// <summary>Gets a value indicating whether each missing value takes the next place (ordinal ties, placed).</summary>
        public readonly bool InTurn { get; }

        /// <summary>Gets the number of places given in turn.</summary>
        public readonly int Seen => _seen;

        /// <summary>The place of the next missing value in input order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Next() => InTurn ? _start + ++_seen : _shared;
    }
}
