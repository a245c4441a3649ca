namespace SocialRank.Analysis;

/// <summary>How one run's final places agree with the nominal final places.</summary>
/// <param name="Run">The run's 0-based index.</param>
/// <param name="Spearman">Spearman's ρ of the run's and the nominal final places (NaN when either is constant).</param>
/// <param name="KendallTauB">Kendall's τ-b of the run's and the nominal final places (NaN when either is constant).</param>
public readonly record struct RunAgreement(int Run, double Spearman, double KendallTauB);
