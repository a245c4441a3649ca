using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>The result of <see cref="SensitivityAnalysis.Run{TPage}(RatingMethod{TPage}, IReadOnlyList{TPage}, Perturbation, SensitivityOptions)"/>.</summary>
/// <param name="Inputs">For the rating as a whole (the mean absolute shift of the places from the nominal ones), one index per input.</param>
/// <param name="Pages">For each rated page, in input order, the indices of its final place.</param>
/// <param name="Samples">The number of rows of each sample.</param>
public sealed record SensitivityResult(IReadOnlyList<SensitivityIndex> Inputs, IReadOnlyList<PageSensitivity> Pages, int Samples);
