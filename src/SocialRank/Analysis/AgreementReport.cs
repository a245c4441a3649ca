using SocialRank.Internal;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Analysis;

/// <summary>
/// How the indicators of a rating agree (METHOD section 7): Kendall's W across the indicators' places, each indicator's
/// τ-b and ρ against the final places, every pair of indicators, and the pairs so alike that one of them is close to
/// redundant (the article's followers and followers % of population, when the regions' populations are similar).
/// Immutable.
/// </summary>
/// <remarks>The statistics are those of <see cref="RankCorrelation"/>, on the places the method gave (its tie method
/// included), over the rated pages.</remarks>
public sealed class AgreementReport
{
    /// <summary>The default <see cref="RedundancyThreshold"/>: 0.9.</summary>
    public const double DefaultRedundancyThreshold = 0.9;

    private AgreementReport(double w, IndicatorAgreement[] indicators, IndicatorPairAgreement[] pairs, double threshold)
    {
        KendallW = w;
        Indicators = indicators;
        Pairs = pairs;
        RedundancyThreshold = threshold;
        Redundant = [.. pairs.Where(p => p.Spearman >= threshold)];
    }

    /// <summary>Gets Kendall's W (with the tie correction) of the indicators' places: 1 when every indicator orders the pages alike, near 0 when they are unrelated.</summary>
    public double KendallW { get; }

    /// <summary>Gets each indicator's agreement with the final places, in the method's order.</summary>
    public IReadOnlyList<IndicatorAgreement> Indicators { get; }

    /// <summary>Gets the agreement of every pair of indicators, in the method's order (first indicator, then second).</summary>
    public IReadOnlyList<IndicatorPairAgreement> Pairs { get; }

    /// <summary>Gets the Spearman's ρ at or above which two indicators are reported as <see cref="Redundant"/>.</summary>
    /// <value>The default value is <see cref="DefaultRedundancyThreshold"/>.</value>
    public double RedundancyThreshold { get; }

    /// <summary>Gets the pairs of indicators whose Spearman's ρ is at least <see cref="RedundancyThreshold"/>: one of each pair adds little that the other does not already count.</summary>
    public IReadOnlyList<IndicatorPairAgreement> Redundant { get; }

    /// <summary>Returns the agreement of the indicators of <paramref name="result"/>, with the default redundancy threshold.</summary>
    /// <param name="result">A rating result.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static AgreementReport Of<TPage>(RatingResult<TPage> result) => Of(result, DefaultRedundancyThreshold);

    /// <summary>Returns the agreement of the indicators of <paramref name="result"/>.</summary>
    /// <param name="result">A rating result.</param>
    /// <param name="redundancyThreshold">The Spearman's ρ, from 0 to 1, at or above which a pair is redundant.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="redundancyThreshold"/> is not from 0 to 1.</exception>
    public static AgreementReport Of<TPage>(RatingResult<TPage> result, double redundancyThreshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!(redundancyThreshold is >= 0 and <= 1))
        {
            Throw.ProbabilityOutOfRange(redundancyThreshold, "The redundancy threshold", nameof(redundancyThreshold));
        }

        RatingColumns columns = result.Columns;
        int k = columns.Names.Length;
        var places = new double[k][];
        for (int j = 0; j < k; j++)
        {
            places[j] = columns.Places(j).ToArray();
        }

        var workspace = new RankWorkspace();
        ReadOnlySpan<double> final = columns.FinalPlaces;
        var indicators = new IndicatorAgreement[k];
        for (int j = 0; j < k; j++)
        {
            indicators[j] = new IndicatorAgreement(
                columns.Names[j], RankCorrelation.KendallTauB(places[j], final, workspace), RankCorrelation.Spearman(places[j], final, workspace));
        }

        var pairs = new IndicatorPairAgreement[k * (k - 1) / 2];
        for (int a = 0, p = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                pairs[p++] = new IndicatorPairAgreement(
                    columns.Names[a], columns.Names[b],
                    RankCorrelation.KendallTauB(places[a], places[b], workspace), RankCorrelation.Spearman(places[a], places[b], workspace));
            }
        }

        return new AgreementReport(RankCorrelation.KendallW(places), indicators, pairs, redundancyThreshold);
    }
}
