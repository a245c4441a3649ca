namespace SocialRank.Analysis;

/// <summary>Two pages whose order flips when a third page is removed from the rating.</summary>
/// <param name="Above">The page placed above the other in the full rating (and below it without the removed page).</param>
/// <param name="Below">The page placed below <paramref name="Above"/> in the full rating.</param>
public sealed record FlippedPair(string Above, string Below);
