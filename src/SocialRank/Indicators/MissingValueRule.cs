namespace SocialRank.Indicators;

/// <summary>What a rating does with a page whose value on an indicator is missing.</summary>
public enum MissingValueRule
{
    /// <summary>
    /// The page is ranked after every page with a value; all missing pages tie with each other, with the method's tie
    /// method applied (pandas <c>na_option="bottom"</c>). The default.
    /// </summary>
    RankLast = 0,

    /// <summary>The page is left out of the whole rating and reported as excluded, with the indicator named as the reason.</summary>
    Exclude = 1,

    /// <summary>Rating fails with an <c>InvalidPagesException</c> that names the page and the indicator.</summary>
    Fail = 2,
}
