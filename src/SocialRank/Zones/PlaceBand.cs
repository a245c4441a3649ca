namespace SocialRank.Zones;

/// <summary>A run of consecutive final places that falls in one zone, e.g. "the next 7 places are the white zone".</summary>
/// <param name="Count">How many places the band covers, at least 1.</param>
/// <param name="Zone">The zone of pages placed in the band.</param>
public sealed record PlaceBand(int Count, Zone Zone);
