namespace SocialRank.Analysis;

/// <summary>The change of a page's place on one indicator between two editions.</summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="PlaceThen">The place on it in the earlier edition.</param>
/// <param name="PlaceNow">The place on it in the later edition.</param>
/// <param name="PenaltyChange">The weighted penalty then minus now: positive when the indicator moved the page up (the
/// changes of all indicators add up to the change of the total, with the opposite sign).</param>
public sealed record IndicatorChange(string Indicator, double PlaceThen, double PlaceNow, double PenaltyChange);
