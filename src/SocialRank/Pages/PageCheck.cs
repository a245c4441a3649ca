namespace SocialRank.Pages;

/// <summary>Checks one page and adds every problem found to <paramref name="problems"/> (adds nothing when the page is fine).</summary>
/// <param name="page">The page to check.</param>
/// <param name="problems">Receives the problems.</param>
/// <typeparam name="TPage">The type of page.</typeparam>
public delegate void PageCheck<in TPage>(TPage page, ICollection<PageProblem> problems);
