using SocialRank.Indicators;

namespace SocialRank.Rating;

/// <summary>An indicator of a rating method with its weight: a page's weighted penalty on it is weight × place.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Weight">The weight, a finite number &gt;= 0 (validated when the method is built).</param>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed record WeightedIndicator<TPage>(Indicator<TPage> Indicator, double Weight);
