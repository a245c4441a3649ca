using SocialRank.Internal;
using SocialRank.Ranking;

namespace SocialRank.Rating;

/// <summary>Final places with tie-breakers: the totals ranked into dense groups, each tie-breaker splitting the groups in turn, then the final tie method.</summary>
internal static partial class RatingEvaluator
{
    /// <summary>The most rated pages tie-breakers support: group × (m + 1) + place must stay exact in a double (below 2^53).</summary>
    internal const int MaxPagesWithTieBreakers = 90_000_000;

    private static readonly RankOptions DenseAscending = new() { Ties = TieMethod.Dense };

    private static double[] FinalPlaces<TPage>(RatingMethod<TPage> method, RatingColumns columns, double[] final, RankWorkspace workspace)
    {
        int m = columns.Count;
        ReadOnlySpan<double> totals = columns.Totals.AsSpan(0, m);
        RankOptions finalOptions = method.FinalRankOptions;
        int[] tieBreakers = method.TieBreakerIndices;
        if (tieBreakers.Length == 0 || m == 0)
        {
            Ranker.Rank(totals, final.AsSpan(0, m), finalOptions, workspace);
            return final;
        }

        if (m > MaxPagesWithTieBreakers)
        {
            Throw.TooManyPagesForTieBreakers(m, MaxPagesWithTieBreakers);
        }

        // key = dense group of (total, tie-breaker places so far); each stage splits groups by the next tie-breaker.
        double[] scratch = new double[m];
        Span<double> key = final.AsSpan(0, m);
        Ranker.Rank(totals, key, DenseAscending, workspace);
        var groupSizes = new int[m + 1];
        var decided = new sbyte[m];
        FinalRanking.CountGroups(key, groupSizes);
        for (int r = 0; r < m; r++)
        {
            decided[r] = groupSizes[(int)key[r]] > 1 ? RatingColumns.DecidedShared : RatingColumns.DecidedByTotal;
        }

        double groupScale = m + 1.0;
        for (int t = 0; t < tieBreakers.Length; t++)
        {
            Ranker.Rank(columns.PlaceColumns[tieBreakers[t]].AsSpan(0, m), scratch, DenseAscending, workspace);
            for (int r = 0; r < m; r++)
            {
                scratch[r] = (key[r] * groupScale) + scratch[r];
            }

            Ranker.Rank(scratch, key, DenseAscending, workspace);
            FinalRanking.CountGroups(key, groupSizes);
            for (int r = 0; r < m; r++)
            {
                if (decided[r] == RatingColumns.DecidedShared && groupSizes[(int)key[r]] == 1)
                {
                    decided[r] = (sbyte)t;
                }
            }
        }

        columns.Decided = decided;
        Ranker.Rank(key, scratch, finalOptions, workspace);
        scratch.AsSpan().CopyTo(key);
        return final;
    }
}
