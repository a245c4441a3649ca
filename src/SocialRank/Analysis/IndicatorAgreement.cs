namespace SocialRank.Analysis;

/// <summary>How one indicator's places agree with the final places of a rating.</summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="KendallTauB">Kendall's τ-b of the indicator's places and the final places (1: the indicator alone orders the pages as the rating does).</param>
/// <param name="Spearman">Spearman's ρ of the indicator's places and the final places.</param>
public sealed record IndicatorAgreement(string Indicator, double KendallTauB, double Spearman);
