using SocialRank.Internal;
using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>
/// Audits of a rating's logic on small sets (METHOD section 7): dominance (a dominated page must never be placed above its
/// dominator) and rank reversal (removing a page must not, but with rank sums can, reverse the order of two others).
/// </summary>
public static class Audits
{
    /// <summary>The most rated pages the dominance audit takes (it compares every pair): 5,000.</summary>
    public const int MaxDominancePages = 5000;

    /// <summary>The most rated pages the reversal audit takes (it rates the pages again once per page): 500.</summary>
    public const int MaxReversalPages = 500;

    /// <summary>The most flipped pairs a <see cref="PageRemoval"/> lists: 10.</summary>
    public const int MaxReversalExamples = 10;

    /// <summary>
    /// Returns every pair of rated pages where one dominates the other on the indicators' places (as ranked: direction,
    /// precision and missing values included), in nominal final order of the dominator.
    /// </summary>
    /// <param name="result">The rating.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The pairs; <see cref="DominancePair.IsViolated"/> marks a dominated page placed above its dominator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">More than <see cref="MaxDominancePages"/> pages are rated.</exception>
    public static IReadOnlyList<DominancePair> Dominance<TPage>(RatingResult<TPage> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        RatingColumns columns = result.Columns;
        int m = columns.Count, k = columns.Names.Length;
        if (m > MaxDominancePages)
        {
            Throw.TooManyPagesForAudit(m, MaxDominancePages, "dominance audit");
        }

        ReadOnlySpan<int> order = columns.Order;
        ReadOnlySpan<double> final = columns.FinalPlaces;
        string[] ids = Ids(result);
        var pairs = new List<DominancePair>();
        for (int i = 0; i < m; i++)
        {
            int a = order[i];
            for (int b = 0; b < m; b++)
            {
                if (a != b && Dominates(columns.PlaceColumns, k, a, b))
                {
                    pairs.Add(new DominancePair(ids[a], ids[b], final[a], final[b]));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Removes each rated page in turn, rates the others again with the same method, and counts the pairs of other pages
    /// whose strict order reverses.
    /// </summary>
    /// <param name="result">The rating.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>One entry per rated page, in nominal final order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">More than <see cref="MaxReversalPages"/> pages are rated.</exception>
    public static IReadOnlyList<PageRemoval> Reversals<TPage>(RatingResult<TPage> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        RatingColumns columns = result.Columns;
        int m = columns.Count;
        if (m > MaxReversalPages)
        {
            Throw.TooManyPagesForAudit(m, MaxReversalPages, "reversal audit");
        }

        string[] ids = Ids(result);
        ReadOnlySpan<int> order = columns.Order;
        double[] final = columns.FinalPlaces.ToArray();
        var removals = new PageRemoval[m];
        double[] without = new double[m];
        for (int i = 0; i < m; i++)
        {
            int removed = order[i];
            int input = columns.InputIndex(removed);
            TPage[] others = [.. result.Pages.Where((_, p) => p != input)];
            RatingResult<TPage> again = result.Method.Evaluate(others, EvaluationOptions.Sequential);
            for (int r = 0; r < m; r++)
            {
                without[r] = r == removed ? double.NaN : again.Row(ids[r]).FinalPlace;
            }

            int flips = 0;
            var examples = new List<FlippedPair>();
            for (int x = 0; x < m; x++)
            {
                int a = order[x];
                for (int y = x + 1; y < m; y++)
                {
                    int b = order[y];
                    if (a != removed && b != removed && final[a] < final[b] && without[a] > without[b])
                    {
                        flips++;
                        if (examples.Count < MaxReversalExamples)
                        {
                            examples.Add(new FlippedPair(ids[a], ids[b]));
                        }
                    }
                }
            }

            removals[i] = new PageRemoval(ids[removed], flips, examples);
        }

        return removals;
    }

    private static bool Dominates(double[][] places, int k, int a, int b)
    {
        bool better = false;
        for (int j = 0; j < k; j++)
        {
            double pa = places[j][a], pb = places[j][b];
            if (pa > pb)
            {
                return false;
            }

            better |= pa < pb;
        }

        return better;
    }

    private static string[] Ids<TPage>(RatingResult<TPage> result)
    {
        RatingColumns columns = result.Columns;
        var ids = new string[columns.Count];
        for (int r = 0; r < ids.Length; r++)
        {
            ids[r] = result.Method.IdOf(result.Pages[columns.InputIndex(r)]);
        }

        return ids;
    }
}
