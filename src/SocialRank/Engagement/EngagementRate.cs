using System.Globalization;
using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;

namespace SocialRank.Engagement;

/// <summary>
/// An engagement rate (ER): interactions relative to an audience, stored as a percentage. Also the formulas of the ER
/// family (METHOD section 2), which return <see langword="null"/> when the rate is undefined (no posts, no followers,
/// no reach, no views), never NaN, infinity or an exception.
/// </summary>
public readonly struct EngagementRate : IEquatable<EngagementRate>, IComparable<EngagementRate>
{
    private EngagementRate(double percent)
    {
        Percent = percent + 0.0;
    }

    /// <summary>Gets the rate in percent (4 means 4 %).</summary>
    public double Percent { get; }

    /// <summary>Gets the rate as a fraction (0.04 means 4 %).</summary>
    public double Fraction => Percent / 100.0;

    /// <summary>Returns the rate of <paramref name="percent"/> percent.</summary>
    /// <param name="percent">The rate in percent, finite and &gt;= 0.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative, NaN or infinite.</exception>
    public static EngagementRate FromPercent(double percent)
    {
        CheckRate(percent, nameof(percent));
        return new EngagementRate(percent);
    }

    /// <summary>Returns the rate given as a fraction (0.04 is 4 %).</summary>
    /// <param name="fraction">The rate as a fraction, finite and &gt;= 0.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative, NaN or infinite.</exception>
    public static EngagementRate FromFraction(double fraction)
    {
        CheckRate(fraction, nameof(fraction));
        return new EngagementRate(fraction * 100.0);
    }

    /// <summary>
    /// Returns the ER by followers the article uses (LiveDune, Popsters "ER post"), pooled over the period:
    /// (interactions / posts) × 100 / followers, computed as (interactions × 100) / (posts × followers) with one division, so
    /// that equal true rates give the same double (see <see cref="PageValue{TPage}"/>).
    /// </summary>
    /// <param name="interactions">The interactions of the period's posts, summed.</param>
    /// <param name="posts">The number of posts.</param>
    /// <param name="followers">The number of followers.</param>
    /// <returns>The rate; <see langword="null"/> when a count is NaN (missing), posts is 0 or followers is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or infinite.</exception>
    /// <example>The article's example: 10 posts with 100 likes and 20 comments, 300 followers: 12 interactions per post, ER = 4 %.</example>
    public static EngagementRate? ByFollowers(double interactions, double posts, double followers)
    {
        Check(interactions, nameof(interactions));
        Check(posts, nameof(posts));
        Check(followers, nameof(followers));
        return Make(interactions * 100.0 / (posts * followers));
    }

    /// <summary>Returns the ER by reach (ERR), pooled: interactions × 100 / reach.</summary>
    /// <param name="interactions">The interactions.</param>
    /// <param name="reach">The reach (unique accounts reached).</param>
    /// <returns>The rate; <see langword="null"/> when a count is NaN (missing) or reach is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or infinite.</exception>
    public static EngagementRate? ByReach(double interactions, double reach)
    {
        Check(interactions, nameof(interactions));
        Check(reach, nameof(reach));
        return Make(interactions * 100.0 / reach);
    }

    /// <summary>Returns the ER by views (ERV), pooled: interactions × 100 / views.</summary>
    /// <param name="interactions">The interactions.</param>
    /// <param name="views">The views.</param>
    /// <returns>The rate; <see langword="null"/> when a count is NaN (missing) or views is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or infinite.</exception>
    public static EngagementRate? ByViews(double interactions, double views)
    {
        Check(interactions, nameof(interactions));
        Check(views, nameof(views));
        return Make(interactions * 100.0 / views);
    }

    /// <summary>Returns the daily ER (ERday): (interactions / days) × 100 / followers, computed as (interactions × 100) / (days × followers).</summary>
    /// <param name="interactions">The interactions of the period.</param>
    /// <param name="days">The number of days in the period.</param>
    /// <param name="followers">The number of followers.</param>
    /// <returns>The rate; <see langword="null"/> when a count is NaN (missing), days is 0 or followers is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or infinite.</exception>
    public static EngagementRate? Daily(double interactions, double days, double followers)
    {
        Check(interactions, nameof(interactions));
        Check(days, nameof(days));
        Check(followers, nameof(followers));
        return Make(interactions * 100.0 / (days * followers));
    }

    /// <summary>Returns the ER by followers from per-post data: pooled, (Σ interactions / posts) × 100 / followers, or the mean of each post's interactions × 100 / followers (the same number up to rounding).</summary>
    /// <param name="posts">The period's posts.</param>
    /// <param name="followers">The number of followers.</param>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The rate; <see langword="null"/> when there are no posts, a post's interactions are unknown, or followers is 0 or NaN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> or a post's count is negative or infinite, or <paramref name="aggregation"/> is not defined.</exception>
    public static EngagementRate? ByFollowers(IReadOnlyList<PostStats> posts, double followers, InteractionKinds kinds, ErAggregation aggregation)
    {
        ArgumentNullException.ThrowIfNull(posts);
        Check(followers, nameof(followers));
        CheckAggregation(aggregation);
        double sum = 0, meanSum = 0;
        foreach (PostStats post in posts)
        {
            ArgumentNullException.ThrowIfNull(post, nameof(posts));
            double interactions = post.Interactions(kinds);
            Check(interactions, nameof(interactions), nameof(posts));
            sum += interactions;
            meanSum += interactions * 100.0 / followers;
        }

        // No posts give 0 / 0 either way: no rate.
        return Make(aggregation == ErAggregation.Pooled
            ? sum * 100.0 / (posts.Count * followers)
            : meanSum / posts.Count);
    }

    /// <summary>
    /// Returns the ER by reach (ERR) from per-post data: pooled, Σ interactions × 100 / Σ reach, or the mean of each post's
    /// interactions × 100 / reach. Posts whose reach is unknown are left out; for the mean, so are posts with reach 0.
    /// </summary>
    /// <param name="posts">The period's posts.</param>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The rate; <see langword="null"/> when no post has a usable reach or a counted post's interactions are unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A post's count is negative or infinite, or <paramref name="aggregation"/> is not defined.</exception>
    public static EngagementRate? ByReach(IReadOnlyList<PostStats> posts, InteractionKinds kinds, ErAggregation aggregation)
        => ByAudience(posts, kinds, aggregation, static p => p.Reach, "reach");

    /// <summary>
    /// Returns the ER by views (ERV) from per-post data: pooled, Σ interactions × 100 / Σ views, or the mean of each post's
    /// interactions × 100 / views. Posts whose views are unknown are left out; for the mean, so are posts with 0 views.
    /// </summary>
    /// <param name="posts">The period's posts.</param>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <param name="aggregation">Pooled or mean of per-post rates.</param>
    /// <returns>The rate; <see langword="null"/> when no post has usable views or a counted post's interactions are unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A post's count is negative or infinite, or <paramref name="aggregation"/> is not defined.</exception>
    public static EngagementRate? ByViews(IReadOnlyList<PostStats> posts, InteractionKinds kinds, ErAggregation aggregation)
        => ByAudience(posts, kinds, aggregation, static p => p.Views, "views");

    /// <summary>Returns the rate in percent, or NaN for <see langword="null"/>: the form indicators use for a missing value.</summary>
    /// <param name="rate">The rate or <see langword="null"/>.</param>
    /// <returns>The percentage or NaN.</returns>
    public static double PercentOrNaN(EngagementRate? rate) => rate is EngagementRate r ? r.Percent : double.NaN;

    /// <inheritdoc/>
    public bool Equals(EngagementRate other) => Percent.Equals(other.Percent);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EngagementRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Percent.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(EngagementRate other) => Percent.CompareTo(other.Percent);

    /// <summary>Returns the rate as text in percent, e.g. <c>4%</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Returns whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EngagementRate left, EngagementRate right) => left.Equals(right);

    /// <summary>Returns whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EngagementRate left, EngagementRate right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is lower.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when lower.</returns>
    public static bool operator <(EngagementRate left, EngagementRate right) => left.Percent < right.Percent;

    /// <summary>Returns whether <paramref name="left"/> is higher.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when higher.</returns>
    public static bool operator >(EngagementRate left, EngagementRate right) => left.Percent > right.Percent;

    /// <summary>Returns whether <paramref name="left"/> is lower or equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when lower or equal.</returns>
    public static bool operator <=(EngagementRate left, EngagementRate right) => left.Percent <= right.Percent;

    /// <summary>Returns whether <paramref name="left"/> is higher or equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when higher or equal.</returns>
    public static bool operator >=(EngagementRate left, EngagementRate right) => left.Percent >= right.Percent;

    private static EngagementRate? ByAudience(IReadOnlyList<PostStats> posts, InteractionKinds kinds, ErAggregation aggregation, Func<PostStats, double?> audience, string audienceName)
    {
        ArgumentNullException.ThrowIfNull(posts);
        CheckAggregation(aggregation);
        double interactionSum = 0, audienceSum = 0, meanSum = 0;
        int meanCount = 0;
        foreach (PostStats post in posts)
        {
            ArgumentNullException.ThrowIfNull(post, nameof(posts));
            // Read into a nullable first (not a pattern variable), so that every mutation of the test still compiles.
            double? known = audience(post);
            if (known is null)
            {
                continue;
            }

            double reached = known.Value;

            double interactions = post.Interactions(kinds);
            Check(interactions, nameof(interactions), nameof(posts));
            Check(reached, audienceName, nameof(posts));
            if (double.IsNaN(interactions) || double.IsNaN(reached))
            {
                return null;
            }

            interactionSum += interactions;
            audienceSum += reached;
            if (reached > 0)
            {
                meanCount++;
                meanSum += interactions * 100.0 / reached;
            }
        }

        // No post counted (or none with an audience above 0, for the mean) gives 0 / 0: no rate.
        return Make(aggregation == ErAggregation.Pooled
            ? interactionSum * 100.0 / audienceSum
            : meanSum / meanCount);
    }

    /// <summary>Throws when <paramref name="aggregation"/> is not a defined <see cref="ErAggregation"/> (the message of every such check).</summary>
    internal static void CheckAggregation(ErAggregation aggregation) => Throw.IfUndefined(aggregation, "Aggregation");

    /// <summary>The rate of <paramref name="percent"/>, or <see langword="null"/> when it is NaN or infinite: a zero denominator (no posts, followers, reach, views or days) gives one of the two.</summary>
    private static EngagementRate? Make(double percent) => double.IsFinite(percent) ? new EngagementRate(percent) : null;

    /// <summary>Throws when <paramref name="count"/> (what the message calls <paramref name="name"/>) is negative or infinite.</summary>
    /// <param name="count">The count.</param>
    /// <param name="name">What the message calls the count.</param>
    /// <param name="paramName">The public parameter that carried it: by default the count's own name.</param>
    private static void Check(double count, string name, string? paramName = null)
    {
        if (count < 0 || double.IsInfinity(count))
        {
            Throw.BadCount(count, name, paramName ?? name);
        }
    }

    private static void CheckRate(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            Throw.BadRate(value, paramName);
        }
    }
}
