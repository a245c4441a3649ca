namespace SocialRank.Rating;

/// <summary>What decided a page's final place among the pages with the same total (see <see cref="Decision"/>).</summary>
public enum DecisionKind
{
    /// <summary>No other page has the page's total: the total alone decided its place.</summary>
    Total,

    /// <summary>
    /// Other pages have the same total, and a tie-breaker indicator gave the page a place of its own (the better place on
    /// it won); <see cref="Decision.IndicatorName"/> and <see cref="Decision.IndicatorIndex"/> say which.
    /// </summary>
    TieBreaker,

    /// <summary>The page still shares its total with other pages after every tie-breaker, so it shares their final place.</summary>
    Shared,

    /// <summary>
    /// The page still shares its total with other pages after every tie-breaker, and the final tie method is
    /// <see cref="Ranking.TieMethod.Ordinal"/>, so input order decided.
    /// </summary>
    InputOrder,
}
