namespace SocialRank.Ranking;

/// <summary>The ranking algorithm over validated arguments.</summary>
internal static class RankCore
{
    internal static void Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace)
    {
        int n = values.Length;
        if (n == 0)
        {
            return;
        }

        workspace.EnsureCapacity(n);
        Span<ulong> keys = workspace.Keys(n);
        Span<int> indices = workspace.Indices(n);
        bool descending = options.Direction == RankDirection.Descending;
        double scale = options.Precision is int d ? Pow10(d) : 0;

        // Counted values go to the front of keys/indices in input order; missing ones are counted only.
        int counted = 0;
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            if (scale != 0)
            {
                v = RoundTo(v, scale);
            }

            ulong key = OrderedKey(v);
            keys[counted] = descending ? ~key : key;
            indices[counted] = i;
            counted++;
        }

        int missing = n - counted;
        SortStable(keys[..counted], indices[..counted], workspace);

        // Places of counted values start after the missing ones when those go on top.
        bool top = options.Missing == MissingPlacement.Top;
        bool keep = options.Missing == MissingPlacement.Keep;
        int offset = top && missing > 0 ? missing : 0;
        int denseOffset = top && missing > 0 ? 1 : 0;
        int groups = 0;
        TieMethod ties = options.Ties;
        for (int start = 0; start < counted;)
        {
            int end = start + 1;
            while (end < counted && keys[end] == keys[start])
            {
                end++;
            }

            groups++;
            for (int j = start; j < end; j++)
            {
                places[indices[j]] = ties switch
                {
                    TieMethod.Min => offset + start + 1,
                    TieMethod.Max => offset + end,
                    TieMethod.Average => offset + ((start + 1 + (double)end) / 2),
                    TieMethod.Dense => denseOffset + groups,
                    _ => offset + j + 1,
                };
            }

            start = end;
        }

        if (missing > 0)
        {
            PlaceMissing(values, places, ties, keep ? -1 : top ? 0 : counted, missing, top ? 1 : groups + 1);
        }

        if (options.Percentile)
        {
            double denominator = ties == TieMethod.Dense
                ? groups + (keep || missing == 0 ? 0 : 1)
                : keep ? counted : n;
            for (int i = 0; i < n; i++)
            {
                places[i] /= denominator;
            }
        }
    }

    private static void PlaceMissing(ReadOnlySpan<double> values, Span<double> places, TieMethod ties, int start, int missing, int densePlace)
    {
        int seen = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                continue;
            }

            places[i] = start < 0 ? double.NaN : ties switch
            {
                TieMethod.Min => start + 1,
                TieMethod.Max => start + missing,
                TieMethod.Average => start + ((1 + (double)missing) / 2),
                TieMethod.Dense => densePlace,
                _ => start + seen + 1,
            };
            seen++;
        }
    }

    /// <summary>Sorts by key, keeping input order among equal keys (the indices are ascending on entry).</summary>
    private static void SortStable(Span<ulong> keys, Span<int> indices, RankWorkspace workspace)
    {
        _ = workspace;
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
    /// Maps a non-NaN double to an unsigned key whose order is the value's order; −0.0 and 0.0 map to the same key.
    /// </summary>
    internal static ulong OrderedKey(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value + 0.0);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    internal static double RoundTo(double value, double scale)
    {
        double scaled = value * scale;
        return double.IsFinite(scaled) ? Math.Round(scaled, MidpointRounding.ToEven) / scale : value;
    }

    internal static double Pow10(int decimals)
    {
        double p = 1;
        for (int i = 0; i < decimals; i++)
        {
            p *= 10;
        }

        return p;
    }
}
