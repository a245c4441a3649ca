namespace SocialRank.Pages;

/// <summary>The pages of one period, their posts counted and summed (see <see cref="PostAggregation"/>). Immutable.</summary>
public sealed class PeriodPages
{
    internal PeriodPages(ReportingPeriod period, IReadOnlyList<PageStats> pages)
    {
        Period = period;
        Pages = pages;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets one page per page given, in the order given, with the period's posts counted and summed.</summary>
    public IReadOnlyList<PageStats> Pages { get; }
}
