using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Analysis;

/// <summary>
/// The leave-one-indicator-out table (METHOD section 7): the final places with each indicator removed in turn, and each
/// page's shift. Removing an indicator sets its weight to 0 and takes it out of the tie-breakers (it still decides which
/// pages are excluded); the other indicators' places stay as the nominal rating ranked them, and the totals are re-ranked
/// by the evaluation's own rule. Immutable.
/// </summary>
public sealed class LeaveOneOut
{
    private LeaveOneOut(string[] indicators, LeaveOneOutPage[] pages)
    {
        Indicators = indicators;
        Pages = pages;
    }

    /// <summary>Gets the indicators removed, in the method's order (the order of <see cref="LeaveOneOutPage.Places"/>).</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>Gets every rated page's places without each indicator, in nominal final order.</summary>
    public IReadOnlyList<LeaveOneOutPage> Pages { get; }

    /// <summary>Returns the leave-one-indicator-out table of <paramref name="nominal"/>.</summary>
    /// <param name="nominal">The rating to take indicators out of.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nominal"/> is <see langword="null"/>.</exception>
    public static LeaveOneOut Of<TPage>(RatingResult<TPage> nominal)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        RatingMethod<TPage> method = nominal.Method;
        RatingColumns columns = nominal.Columns;
        int m = columns.Count, k = columns.Names.Length;
        var places = new double[k][];
        var workspace = new RankWorkspace();
        double[] totals = new double[m];
        for (int j = 0; j < k; j++)
        {
            double[] weights = [.. method.Weights];
            weights[j] = 0;
            int[] tieBreakers = [.. method.TieBreakerIndices.Where(t => t != j)];
            places[j] = new double[m];
            RatingEvaluator.Rerank(weights, columns.PlaceColumns, tieBreakers, method.FinalRankOptions, m, totals, places[j], null, workspace);
        }

        ReadOnlySpan<int> order = columns.Order;
        ReadOnlySpan<double> final = columns.FinalPlaces;
        var pages = new LeaveOneOutPage[m];
        for (int i = 0; i < m; i++)
        {
            int row = order[i];
            TPage page = nominal.Pages[columns.InputIndex(row)];
            pages[i] = new LeaveOneOutPage(method.IdOf(page), method.NameOf(page), final[row], [.. places.Select(p => p[row])]);
        }

        return new LeaveOneOut([.. columns.Names], pages);
    }
}
