using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;
using SocialRank.Ranking;

namespace SocialRank.Engagement;

/// <summary>
/// The engagement-rate family (METHOD section 2) as higher-is-better indicators over <see cref="PageStats"/>, each with
/// precision 2 and missing values ranked last. An undefined rate (no posts, no followers, no reach or views, no per-post
/// data for a mean) is missing.
/// </summary>
public static class EngagementIndicators
{
    /// <summary>The name of ER by followers, pooled (the article's indicator 6).</summary>
    public const string ByFollowersName = "ER";

    /// <summary>The name of ER by reach, pooled.</summary>
    public const string ByReachName = "ERR";

    /// <summary>The name of ER by views, pooled.</summary>
    public const string ByViewsName = "ERV";

    /// <summary>The name of daily ER.</summary>
    public const string DailyName = "ERday";

    /// <summary>The suffix added to a name when the rate is the mean of per-post rates.</summary>
    public const string MeanSuffix = " (mean of posts)";

    /// <summary>Returns ER by followers: pooled over the page's totals, or the mean of per-post rates from <see cref="PageStats.PostDetails"/>.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The indicator, named <c>ER</c> or <c>ER (mean of posts)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public static Indicator<PageStats> ByFollowers(InteractionKinds kinds, ErAggregation aggregation) => Build(
        ByFollowersName, aggregation,
        PageStatsValues.Interactions(kinds).DividedBy(PageStatsValues.Posts).PercentOf(PageStatsValues.Followers),
        p => p.PostDetails is { } posts ? EngagementRate.PercentOrNaN(EngagementRate.ByFollowers(posts, p.Followers ?? double.NaN, kinds, ErAggregation.MeanOfPosts)) : double.NaN);

    /// <summary>Returns ER by reach (ERR): pooled over the page's totals, or the mean of per-post rates.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The indicator, named <c>ERR</c> or <c>ERR (mean of posts)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public static Indicator<PageStats> ByReach(InteractionKinds kinds, ErAggregation aggregation) => Build(
        ByReachName, aggregation,
        PageStatsValues.Interactions(kinds).PercentOf(PageStatsValues.Reach),
        p => p.PostDetails is { } posts ? EngagementRate.PercentOrNaN(EngagementRate.ByReach(posts, kinds, ErAggregation.MeanOfPosts)) : double.NaN);

    /// <summary>Returns ER by views (ERV): pooled over the page's totals, or the mean of per-post rates.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The indicator, named <c>ERV</c> or <c>ERV (mean of posts)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public static Indicator<PageStats> ByViews(InteractionKinds kinds, ErAggregation aggregation) => Build(
        ByViewsName, aggregation,
        PageStatsValues.Interactions(kinds).PercentOf(PageStatsValues.Views),
        p => p.PostDetails is { } posts ? EngagementRate.PercentOrNaN(EngagementRate.ByViews(posts, kinds, ErAggregation.MeanOfPosts)) : double.NaN);

    /// <summary>Returns daily ER (ERday): (interactions / days) × 100 / followers.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="days">The length of the period in days, above 0.</param>
    /// <returns>The indicator, named <c>ERday</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not a finite number above 0.</exception>
    public static Indicator<PageStats> Daily(InteractionKinds kinds, double days)
    {
        if (!double.IsFinite(days) || days <= 0)
        {
            Throw.BadDays(days, nameof(days));
        }

        return new Indicator<PageStats>(
            DailyName,
            PageStatsValues.Interactions(kinds).DividedBy(new PageValue<PageStats>("days", _ => days)).PercentOf(PageStatsValues.Followers).Named(DailyName),
            Better.Higher) { Precision = Precision.Decimals(2) };
    }

    private static Indicator<PageStats> Build(string name, ErAggregation aggregation, PageValue<PageStats> pooled, Func<PageStats, double> mean)
    {
        EngagementRate.CheckAggregation(aggregation);
        string full = aggregation == ErAggregation.Pooled ? name : name + MeanSuffix;
        // Pooled rates are composed values (one exact numerator over one denominator); the mean of per-post rates is read whole.
        PageValue<PageStats> value = aggregation == ErAggregation.Pooled ? pooled.Named(full) : new PageValue<PageStats>(full, mean);
        return new Indicator<PageStats>(full, value, Better.Higher) { Precision = Precision.Decimals(2) };
    }
}
