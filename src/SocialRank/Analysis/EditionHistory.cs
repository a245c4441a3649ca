namespace SocialRank.Analysis;

/// <summary>The result of <see cref="EditionComparison.History{TPage}"/>: every page's places across the editions, and each edition compared with the one before.</summary>
/// <param name="Editions">The number of editions.</param>
/// <param name="Pages">Every page that any edition rates or lists: those rated in the latest edition in its final order, then the others by their last place.</param>
/// <param name="Steps">Each edition compared with the one before (<see cref="EditionComparison.Compare{TPage}"/>): <see cref="Editions"/> − 1 of them.</param>
public sealed record EditionHistory(int Editions, IReadOnlyList<PageHistory> Pages, IReadOnlyList<EditionComparisonResult> Steps);
