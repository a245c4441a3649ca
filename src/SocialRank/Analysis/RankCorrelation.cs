using SocialRank.Internal;
using SocialRank.Ranking;

namespace SocialRank.Analysis;

/// <summary>
/// Rank agreement statistics with ties: Kendall's τ-b and Spearman's ρ of two columns, Kendall's W of several. Values are
/// compared exactly (places or raw values alike: only their order matters); ties are grouped by <see cref="Ranker"/>, the
/// library's one ranking rule. Thread-safe; the statistics agree with scipy (<c>kendalltau</c>, <c>spearmanr</c>) to
/// about 1e-12.
/// </summary>
public static class RankCorrelation
{
    private static readonly RankOptions DenseOptions = new() { Ties = TieMethod.Dense };
    private static readonly RankOptions AverageOptions = new() { Ties = TieMethod.Average };
    private static readonly RankOptions MinOptions = new() { Ties = TieMethod.Min };
    private static readonly RankOptions MaxOptions = new() { Ties = TieMethod.Max };

    /// <summary>
    /// Returns Kendall's τ-b of two columns: (concordant − discordant pairs) / √((n₀ − n₁)(n₀ − n₂)), where n₀ = n(n − 1)/2
    /// and n₁, n₂ count the pairs tied in <paramref name="x"/> and in <paramref name="y"/> (Knight's O(n log n) algorithm).
    /// </summary>
    /// <param name="x">The first column; NaN is not allowed.</param>
    /// <param name="y">The second column, as long as <paramref name="x"/>; NaN is not allowed.</param>
    /// <returns>τ-b, from −1 to 1; NaN when either column is constant or has fewer than two values (as scipy).</returns>
    /// <exception cref="ArgumentException">The columns differ in length or hold NaN.</exception>
    public static double KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
        => KendallTauB(x, y, new RankWorkspace());

    /// <summary>Returns Kendall's τ-b (see <see cref="KendallTauB(ReadOnlySpan{double}, ReadOnlySpan{double})"/>) with reusable scratch memory.</summary>
    /// <param name="x">The first column; NaN is not allowed.</param>
    /// <param name="y">The second column, as long as <paramref name="x"/>; NaN is not allowed.</param>
    /// <param name="workspace">Scratch memory for the ranking; one per thread.</param>
    /// <returns>τ-b, from −1 to 1; NaN when either column is constant or has fewer than two values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or hold NaN.</exception>
    public static double KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y, RankWorkspace workspace)
    {
        // Dense ranks 1..n of both columns, so that a pair sorts as one whole number: (x rank, y rank).
        if (!TryRankPair(x, y, DenseOptions, workspace, out double[] rx, out double[] ry))
        {
            return double.NaN;
        }

        int n = rx.Length;
        long scale = n + 1L;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((long)rx[i] * scale) + (long)ry[i];
        }

        Array.Sort(keys);
        long tot = (long)n * (n - 1) / 2;
        long xTies = 0, jointTies = 0;
        int[] ys = new int[n];
        for (int i = 0, groupX = 0, groupJoint = 0; i < n; i++)
        {
            ys[i] = (int)(keys[i] % scale);
            if (i > 0 && keys[i] / scale == keys[i - 1] / scale)
            {
                xTies += ++groupX;
                groupJoint = keys[i] == keys[i - 1] ? groupJoint + 1 : 0;
                jointTies += groupJoint;
            }
            else
            {
                groupX = 0;
                groupJoint = 0;
            }
        }

        // Discordant pairs: the inversions of y in (x, y) order (pairs tied in x are in y order, so they add none).
        long discordant = CountInversions(ys, new int[n]);
        int[] groupSizes = new int[n + 1];
        long yTies = 0;
        foreach (double r in ry)
        {
            yTies += groupSizes[(int)r]++;
        }

        long concordantMinusDiscordant = tot - xTies - yTies + jointTies - (2 * discordant);
        double denominator = Math.Sqrt((double)(tot - xTies)) * Math.Sqrt((double)(tot - yTies));
        // The quotient of a square root can round past ±1 (an edition compared with itself gave 1.0000000000000002).
        return denominator == 0 ? double.NaN : Math.Clamp(concordantMinusDiscordant / denominator, -1, 1);
    }

    /// <summary>
    /// Returns Spearman's ρ of two columns: Pearson's correlation of their ranks, tied values taking the average of their
    /// places.
    /// </summary>
    /// <param name="x">The first column; NaN is not allowed.</param>
    /// <param name="y">The second column, as long as <paramref name="x"/>; NaN is not allowed.</param>
    /// <returns>ρ, from −1 to 1; NaN when either column is constant or has fewer than two values (as scipy).</returns>
    /// <exception cref="ArgumentException">The columns differ in length or hold NaN.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Spearman(x, y, new RankWorkspace());

    /// <summary>Returns Spearman's ρ (see <see cref="Spearman(ReadOnlySpan{double}, ReadOnlySpan{double})"/>) with reusable scratch memory.</summary>
    /// <param name="x">The first column; NaN is not allowed.</param>
    /// <param name="y">The second column, as long as <paramref name="x"/>; NaN is not allowed.</param>
    /// <param name="workspace">Scratch memory for the ranking; one per thread.</param>
    /// <returns>ρ, from −1 to 1; NaN when either column is constant or has fewer than two values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or hold NaN.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y, RankWorkspace workspace)
    {
        return TryRankPair(x, y, AverageOptions, workspace, out double[] rx, out double[] ry) ? Pearson(rx, ry) : double.NaN;
    }

    /// <summary>
    /// Returns Kendall's coefficient of concordance W of <paramref name="columns"/> (m raters, each ranking the same n
    /// items), with the tie correction: each column is ranked with average ties, R_i is item i's rank sum,
    /// S = Σ (R_i − mean R)², T_j = Σ (t³ − t) over column j's tie groups, and W = 12 S / (m²(n³ − n) − m Σ T_j).
    /// </summary>
    /// <param name="columns">The columns, all of the same length; NaN is not allowed.</param>
    /// <returns>W, from 0 (no agreement) to 1 (every column orders the items alike); NaN when undefined (fewer than two
    /// items, or every column constant).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or a column is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or hold NaN.</exception>
    public static double KendallW(IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        int m = columns.Count;
        if (m == 0)
        {
            return double.NaN;
        }

        int n = Throw.IfNull(columns[0], nameof(columns)).Length;
        var workspace = new RankWorkspace();
        double[] sums = new double[n], low = new double[n], high = new double[n];
        double ties = 0;
        for (int j = 0; j < m; j++)
        {
            double[] column = Throw.IfNull(columns[j], nameof(columns));
            if (column.Length != n)
            {
                Throw.ConcordanceColumns(nameof(columns), j, column.Length, n);
            }

            CheckNoMissing(column, nameof(columns));

            // A tie group of t values covers places min .. max = min + t − 1; each value's average place is their mean,
            // and each of the t values adds t² − 1 to Σ (t³ − t).
            Ranker.Rank(column, low, MinOptions, workspace);
            Ranker.Rank(column, high, MaxOptions, workspace);
            for (int i = 0; i < n; i++)
            {
                sums[i] += (low[i] + high[i]) / 2;
                double t = high[i] - low[i] + 1;
                ties += (t * t) - 1;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        double mean = m * (n + 1.0) / 2;
        double s = 0;
        foreach (double r in sums)
        {
            s += (r - mean) * (r - mean);
        }

        double nn = n;
        double denominator = ((double)m * m * ((nn * nn * nn) - nn)) - (m * ties);
        return denominator <= 0 ? double.NaN : 12 * s / denominator;
    }

    /// <summary>Pearson's correlation of two columns of equal length (NaN when either is constant).</summary>
    internal static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            return double.NaN;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Checks a pair of columns and ranks both; <see langword="false"/> (nothing ranked) when they have fewer than two values.</summary>
    private static bool TryRankPair(ReadOnlySpan<double> x, ReadOnlySpan<double> y, RankOptions options, RankWorkspace workspace, out double[] rx, out double[] ry)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        CheckPair(x, y);
        if (x.Length < 2)
        {
            rx = ry = [];
            return false;
        }

        rx = new double[x.Length];
        ry = new double[y.Length];
        Ranker.Rank(x, rx, options, workspace);
        Ranker.Rank(y, ry, options, workspace);
        return true;
    }

    private static void CheckPair(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            Throw.LengthMismatch(nameof(x), x.Length, nameof(y), y.Length);
        }

        CheckNoMissing(x, nameof(x));
        CheckNoMissing(y, nameof(y));
    }

    private static void CheckNoMissing(ReadOnlySpan<double> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                Throw.MissingInCorrelation(paramName, i);
            }
        }
    }

    /// <summary>Counts the pairs i &lt; j with values[i] &gt; values[j] by a bottom-up merge sort (sorting <paramref name="values"/>).</summary>
    private static long CountInversions(int[] values, int[] buffer)
    {
        long inversions = 0;
        int n = values.Length;
        int[] from = values, to = buffer;
        for (int width = 1; width < n; width *= 2)
        {
            for (int start = 0; start < n; start += 2 * width)
            {
                int mid = Math.Min(start + width, n), end = Math.Min(start + (2 * width), n);
                int a = start, b = mid, o = start;
                while (a < mid && b < end)
                {
                    if (from[b] < from[a])
                    {
                        inversions += mid - a;
                        to[o++] = from[b++];
                    }
                    else
                    {
                        to[o++] = from[a++];
                    }
                }

                while (a < mid)
                {
                    to[o++] = from[a++];
                }

                while (b < end)
                {
                    to[o++] = from[b++];
                }
            }

            (from, to) = (to, from);
        }

        return inversions;
    }
}
