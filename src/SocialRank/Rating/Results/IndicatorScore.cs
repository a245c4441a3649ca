namespace SocialRank.Rating;

/// <summary>A page's result on one indicator.</summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Value">The page's value; NaN when missing.</param>
/// <param name="ComparedValue">The value as the page was compared and is shown: <paramref name="Value"/> rounded to the
/// indicator's precision (for a ratio of whole counts, the exact ratio rounded), or <paramref name="Value"/> itself when the
/// indicator compares exactly; NaN when missing. Zones by value use it too.</param>
/// <param name="Place">The page's place on the indicator (its penalty before weighting); missing values rank last.</param>
/// <param name="Weight">The indicator's weight.</param>
/// <param name="Penalty">The weighted penalty: <paramref name="Weight"/> × <paramref name="Place"/>.</param>
public readonly record struct IndicatorScore(string Indicator, double Value, double ComparedValue, double Place, double Weight, double Penalty)
{
    /// <summary>Gets a value indicating whether the page's value is missing.</summary>
    public bool IsMissing => double.IsNaN(Value);
}
