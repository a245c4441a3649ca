namespace SocialRank.Analysis;

/// <summary>The sensitivity of an output to one input.</summary>
/// <param name="Input">The input: a step of the perturbation, as <see cref="Perturbation.ToString"/> names it.</param>
/// <param name="FirstOrder">The share of the output's variance the input explains on its own (about 0 to 1; sampling error can put it slightly outside); NaN when the output does not vary.</param>
/// <param name="TotalEffect">The share it explains with all its interactions with the other inputs (at least about the first order); NaN when the output does not vary.</param>
public sealed record SensitivityIndex(string Input, double FirstOrder, double TotalEffect);
