using System.Runtime.CompilerServices;
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
        columns.Decided = FinalPlaces(columns.Totals, columns.PlaceColumns, columns.Count, method.TieBreakerIndices, method.FinalRankOptions, final, workspace);
        return final;
    }

    /// <summary>
    /// Re-rates rows whose indicator places are already ranked, as <see cref="Evaluate"/> does after its places: the
    /// weighted totals (<paramref name="weights"/> × <paramref name="places"/>, summed in the same order), then the final
    /// places by the same rule (tie-breakers, then <paramref name="finalOptions"/>), and, when <paramref name="order"/> is
    /// given, the rows in final order. The analysis' runs that change only weights, tie-breakers or which place columns
    /// count call this, so that a re-rating is the rating's own rule, not a copy of it.
    /// </summary>
    internal static void Rerank(
        double[] weights, double[][] places, int[] tieBreakers, RankOptions finalOptions, int m, double[] totals, double[] final, int[]? order, RankWorkspace workspace)
    {
        AddPlaces(weights, places, totals, 0, m);
        bool minTiesOnly = tieBreakers.Length == 0 && finalOptions.Ties == TieMethod.Min;
        if (order is not null && minTiesOnly && FinalRanking.TryRankWhole(totals.AsSpan(0, m), final.AsSpan(0, m), order.AsSpan(0, m), workspace))
        {
            return;
        }

        FinalPlaces(totals, places, m, tieBreakers, finalOptions, final, workspace);
        if (order is not null)
        {
            FinalRanking.Order(final.AsSpan(0, m), order.AsSpan(0, m), workspace);
        }
    }

    /// <summary>
    /// Writes the final places of rows 0 to <paramref name="m"/> − 1 from their totals: lowest total first, then each
    /// tie-breaker's places in turn, then <paramref name="finalOptions"/>; returns what decided each row's place (see
    /// <see cref="RatingColumns.Decided"/>), or <see langword="null"/> without tie-breakers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static sbyte[]? FinalPlaces(
        double[] totalColumn, double[][] placeColumns, int m, int[] tieBreakers, RankOptions finalOptions, double[] final, RankWorkspace workspace)
    {
        ReadOnlySpan<double> totals = totalColumn.AsSpan(0, m);
        if (tieBreakers.Length == 0 || m == 0)
        {
            Ranker.Rank(totals, final.AsSpan(0, m), finalOptions, workspace);
            return null;
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
            Ranker.Rank(placeColumns[tieBreakers[t]].AsSpan(0, m), scratch, DenseAscending, workspace);
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

        Ranker.Rank(key, scratch, finalOptions, workspace);
        scratch.AsSpan().CopyTo(key);
        return decided;
    }
}
