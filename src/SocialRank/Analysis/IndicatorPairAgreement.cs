namespace SocialRank.Analysis;

/// <summary>How the places of two indicators of a rating agree with each other.</summary>
/// <param name="First">The first indicator's name (the earlier in the method).</param>
/// <param name="Second">The second indicator's name.</param>
/// <param name="KendallTauB">Kendall's τ-b of their places.</param>
/// <param name="Spearman">Spearman's ρ of their places.</param>
public sealed record IndicatorPairAgreement(string First, string Second, double KendallTauB, double Spearman);
