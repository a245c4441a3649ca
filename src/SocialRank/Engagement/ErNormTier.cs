using SocialRank.Internal;

namespace SocialRank.Engagement;

/// <summary>
/// One tier of an <see cref="ErNormTable"/>: pages with at least <see cref="MinFollowers"/> and fewer than
/// <see cref="MaxFollowers"/> followers, and the normal range of their engagement rate.
/// </summary>
public sealed record ErNormTier
{
    /// <summary>Initializes a tier.</summary>
    /// <param name="minFollowers">The smallest follower count in the tier (included).</param>
    /// <param name="maxFollowers">The follower count where the tier ends (excluded), or <see langword="null"/> for no end.</param>
    /// <param name="low">The lowest normal rate (included), or <see langword="null"/> when any lower rate is normal ("up to 5 %").</param>
    /// <param name="high">The highest normal rate (included), or <see langword="null"/> when any higher rate is normal.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minFollowers"/> is negative or not finite, or <paramref name="maxFollowers"/> is not above it.</exception>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/>.</exception>
    public ErNormTier(double minFollowers, double? maxFollowers, EngagementRate? low, EngagementRate? high)
    {
        if (!double.IsFinite(minFollowers) || minFollowers < 0)
        {
            Throw.BadTierStart(minFollowers, nameof(minFollowers));
        }

        if (maxFollowers is double max && (double.IsNaN(max) || max <= minFollowers))
        {
            Throw.BadTierEnd(minFollowers, max, nameof(maxFollowers));
        }

        if (low is EngagementRate l && high is EngagementRate h && l > h)
        {
            Throw.TierRatesReversed(l.ToString(), h.ToString(), nameof(low));
        }

        MinFollowers = minFollowers + 0.0;
        MaxFollowers = maxFollowers;
        Low = low;
        High = high;
    }

    /// <summary>Gets the smallest follower count in the tier (included).</summary>
    public double MinFollowers { get; }

    /// <summary>Gets the follower count where the tier ends (excluded), or <see langword="null"/> for no end.</summary>
    public double? MaxFollowers { get; }

    /// <summary>Gets the lowest normal rate (included), or <see langword="null"/> for no lower limit.</summary>
    public EngagementRate? Low { get; }

    /// <summary>Gets the highest normal rate (included), or <see langword="null"/> for no upper limit.</summary>
    public EngagementRate? High { get; }

    /// <summary>Returns whether a page with <paramref name="followers"/> followers is in the tier.</summary>
    /// <param name="followers">The follower count.</param>
    /// <returns><see langword="true"/> when in the tier.</returns>
    public bool Contains(double followers) => followers >= MinFollowers && (MaxFollowers is not double max || followers < max);

    /// <summary>Classifies <paramref name="rate"/> against the tier's normal range.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns><see cref="ErNormClass.Below"/>, <see cref="ErNormClass.Within"/> or <see cref="ErNormClass.Above"/>.</returns>
    public ErNormClass Classify(EngagementRate rate)
        => Low is EngagementRate low && rate < low ? ErNormClass.Below
            : High is EngagementRate high && rate > high ? ErNormClass.Above
            : ErNormClass.Within;
}
