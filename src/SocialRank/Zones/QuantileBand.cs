namespace SocialRank.Zones;

/// <summary>
/// A share of the rated pages, counted from the best, that falls in one zone of a <see cref="QuantileZoneScheme"/>: the
/// pages whose position from the best, as a share of the pages, is at most <see cref="UpTo"/> (and above the band
/// before), e.g. <c>new QuantileBand(0.1, top)</c> for the top 10 %.
/// </summary>
/// <param name="UpTo">How far down the band reaches, as a share of the pages: above 0, at most 1, and above the band before it.</param>
/// <param name="Zone">The zone of pages in the band.</param>
public sealed record QuantileBand(double UpTo, Zone Zone);
