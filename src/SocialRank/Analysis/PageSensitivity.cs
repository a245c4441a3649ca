namespace SocialRank.Analysis;

/// <summary>The sensitivity of one rated page's final place to each input.</summary>
/// <param name="Id">The page's id.</param>
/// <param name="NominalPlace">Its final place in the nominal rating.</param>
/// <param name="Inputs">Its indices, one per input, in the perturbation's order.</param>
public sealed record PageSensitivity(string Id, double NominalPlace, IReadOnlyList<SensitivityIndex> Inputs);
