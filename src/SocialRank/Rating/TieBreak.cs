namespace SocialRank.Rating;

/// <summary>
/// The values of <see cref="RatingRow{TPage}.DecidedBy"/> other than an indicator's name: what decided a page's final
/// place when its total is shared with other pages.
/// </summary>
public static class TieBreak
{
    /// <summary>The page still shares its total with other pages after every tie-breaker, so it shares their final place.</summary>
    public const string SharedPlace = "shared";

    /// <summary>
    /// The page still shares its total with other pages after every tie-breaker, and the final tie method is
    /// <see cref="Ranking.TieMethod.Ordinal"/>, so input order decided.
    /// </summary>
    public const string InputOrder = "input order";
}
