namespace SocialRank.Analysis;

/// <summary>The result of <see cref="EditionComparison.Compare{TPage}"/>.</summary>
/// <param name="Pages">Every page: those rated now in the later edition's final order, then those excluded now, then those that left.</param>
/// <param name="CommonPages">How many pages are rated in both editions.</param>
/// <param name="KendallTauB">Kendall's τ-b of the final places over the pages rated in both; NaN with fewer than 2.</param>
/// <param name="Spearman">Spearman's ρ of the same; NaN with fewer than 2.</param>
/// <param name="Movers">The biggest movers (largest |change|, then by place now), as many as <see cref="EditionOptions.Movers"/>.</param>
/// <param name="MethodDifference">How the two methods differ, when they were allowed to; <see langword="null"/> when they are the same.</param>
public sealed record EditionComparisonResult(IReadOnlyList<PageChange> Pages, int CommonPages, double KendallTauB, double Spearman,
    IReadOnlyList<PageChange> Movers, string? MethodDifference);
