namespace SocialRank.Analysis;

/// <summary>What removing one page does to the order of the others (rank reversal: rank sums are not independent of irrelevant alternatives).</summary>
/// <param name="Removed">The removed page's id.</param>
/// <param name="FlippedPairs">The number of pairs of other pages whose strict order reverses.</param>
/// <param name="Examples">Up to <see cref="Audits.MaxReversalExamples"/> of those pairs, in nominal order of the upper page.</param>
public sealed record PageRemoval(string Removed, int FlippedPairs, IReadOnlyList<FlippedPair> Examples);
