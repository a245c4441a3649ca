using SocialRank.Internal;
using SocialRank.Pages;

namespace SocialRank.Engagement;

/// <summary>
/// Norms of engagement rate by audience size: tiers of follower counts, each with a normal ER range, to classify a
/// page's ER as below, within or above the norm for its size. Immutable; validated when built.
/// </summary>
/// <remarks>
/// <see cref="ArticlePreset"/> is the rule of thumb the article quotes; define your own tables the same way, e.g.
/// <c>new ErNormTable("mine", [new ErNormTier(0, 1000, EngagementRate.FromPercent(5), EngagementRate.FromPercent(15))])</c>.
/// Tiers are sorted by follower count and must not overlap; gaps between them are allowed (no tier there).
/// </remarks>
public sealed class ErNormTable
{
    private readonly ErNormTier[] _tiers;

    /// <summary>Initializes a table.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="tiers">The tiers, sorted by follower count, not overlapping.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="tiers"/> or a tier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty, there are no tiers, tiers overlap or are unsorted, or a tier other than the last has no upper bound.</exception>
    public ErNormTable(string name, IEnumerable<ErNormTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tiers);
        Name = Throw.IfBlank(name);
        _tiers = [.. tiers];
        if (_tiers.Length == 0)
        {
            Throw.NoTiers(name);
        }

        for (int i = 0; i < _tiers.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_tiers[i], nameof(tiers));
            if (i == 0)
            {
                continue;
            }

            ErNormTier previous = _tiers[i - 1];
            if (previous.MaxFollowers is null)
            {
                Throw.UnboundedNotLast(name, i - 1);
            }

            double end = previous.MaxFollowers.Value;

            if (_tiers[i].MinFollowers < end)
            {
                Throw.TiersOverlap(name, i, _tiers[i].MinFollowers, end);
            }
        }
    }

    /// <summary>
    /// Gets the norms the article quotes, a rule of thumb from practitioners (folklore, not from a data set): 5,000 to
    /// 10,000 followers: 10–20 %; 10,000 to 100,000: up to 5 %; 100,000 to 1,000,000: up to 3 %; 1,000,000 and more:
    /// about 1 %. Each "up to" figure is read as the top of the tier's normal band and the next larger tier's figure as
    /// its bottom (10,000 to 100,000: 3–5 %; 100,000 to 1,000,000: 1–3 %), so a large page with a small page's ER is
    /// above the norm and one that engages like a million-follower page is below it, which is the article's point;
    /// "about 1 %" is read as up to 1 %, with no bottom. Each tier includes its lower follower bound; below 5,000
    /// there is no tier.
    /// </summary>
    public static ErNormTable ArticlePreset { get; } = new(
        "ER norms quoted by the article (rule of thumb)",
        [
            new ErNormTier(5_000, 10_000, EngagementRate.FromPercent(10), EngagementRate.FromPercent(20)),
            new ErNormTier(10_000, 100_000, EngagementRate.FromPercent(3), EngagementRate.FromPercent(5)),
            new ErNormTier(100_000, 1_000_000, EngagementRate.FromPercent(1), EngagementRate.FromPercent(3)),
            new ErNormTier(1_000_000, null, null, EngagementRate.FromPercent(1)),
        ]);

    /// <summary>Gets the table's name.</summary>
    public string Name { get; }

    /// <summary>Gets the tiers, sorted by follower count.</summary>
    public IReadOnlyList<ErNormTier> Tiers => _tiers;

    /// <summary>Returns the tier of a page with <paramref name="followers"/> followers.</summary>
    /// <param name="followers">The follower count.</param>
    /// <returns>The tier, or <see langword="null"/> when no tier covers the count (or it is NaN).</returns>
    public ErNormTier? TierOf(double followers)
    {
        foreach (ErNormTier tier in _tiers)
        {
            if (tier.Contains(followers))
            {
                return tier;
            }
        }

        return null;
    }

    /// <summary>Classifies the engagement rate of a page with <paramref name="followers"/> followers.</summary>
    /// <param name="followers">The follower count.</param>
    /// <param name="rate">The page's engagement rate.</param>
    /// <returns>How the rate compares with its tier's norm; <see cref="ErNormClass.NoTier"/> when no tier covers the count.</returns>
    public ErNormClass Classify(double followers, EngagementRate rate)
        => TierOf(followers) is ErNormTier tier ? tier.Classify(rate) : ErNormClass.NoTier;

    /// <summary>Classifies a page's ER by followers (pooled, counting <paramref name="kinds"/>).</summary>
    /// <param name="page">The page.</param>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <returns>The class, or <see langword="null"/> when the page's ER is undefined or its followers unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count of the page is negative or infinite.</exception>
    public ErNormClass? Classify(PageStats page, InteractionKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Followers is double followers
            && EngagementRate.ByFollowers(page.Interactions(kinds), page.Posts ?? double.NaN, followers) is EngagementRate rate
            ? Classify(followers, rate)
            : null;
    }

    /// <summary>Returns the table's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
