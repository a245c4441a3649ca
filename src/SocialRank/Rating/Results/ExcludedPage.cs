namespace SocialRank.Rating;

/// <summary>A page left out of a rating, with the reason.</summary>
/// <param name="Page">The page.</param>
/// <param name="Id">The page's id.</param>
/// <param name="InputIndex">The page's 0-based position in the input.</param>
/// <param name="Reason">Why the page was left out, e.g. <c>registered as a personal account</c> or <c>engaged users is missing</c>.</param>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed record ExcludedPage<TPage>(TPage Page, string Id, int InputIndex, string Reason);
