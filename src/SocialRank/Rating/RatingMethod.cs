using System.Runtime.CompilerServices;
using SocialRank.Pages;

namespace SocialRank.Rating;

/// <summary>Starts rating methods: a builder for any page type, one for <see cref="PageStats"/>, and the article's method.</summary>
public static class RatingMethod
{
    /// <summary>
    /// The largest sum of a method's weights, 2^22 (4,194,304): a total is weight × place summed over the indicators,
    /// each place at most 2^31, so every total then stays at most 2^53, where a double still holds every whole number
    /// and totals compare exactly. A method whose weights sum to more is refused when it is built.
    /// </summary>
    public const double MaxWeightSum = 4194304.0;

    /// <summary>Starts a method for pages of type <typeparamref name="TPage"/>, identified by <paramref name="id"/>.</summary>
    /// <param name="id">Reads a page's unique id.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>A new, single-use builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static RatingMethodBuilder<TPage> For<TPage>(Func<TPage, string> id) => new(id);

    /// <summary>
    /// Starts a method for <see cref="PageStats"/>: pages are identified by <see cref="PageStats.Id"/>, shown by
    /// <see cref="PageStats.DisplayName"/>, excluded when <see cref="PageStats.ExclusionReason"/> is set, and checked
    /// with <see cref="PageStats.Check"/>. No indicators yet.
    /// </summary>
    /// <returns>A new, single-use builder.</returns>
    public static RatingMethodBuilder<PageStats> ForPageStats()
        => new RatingMethodBuilder<PageStats>(PageStatsId)
            .WithNames(PageStatsName)
            .WithEligibility(PageStatsExclusion)
            .WithCheck(PageStatsCheck);

    /// <summary>The id of a <see cref="PageStats"/> method; a method that still reads it may rate <see cref="PageColumns"/> straight from the id column.</summary>
    private static readonly Func<PageStats, string> PageStatsId = [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.Id;

    /// <summary>The display name of a <see cref="PageStats"/> method.</summary>
    private static readonly Func<PageStats, string> PageStatsName = static p => p.DisplayName;

    /// <summary>The eligibility of a <see cref="PageStats"/> method.</summary>
    private static readonly Func<PageStats, string?> PageStatsExclusion = [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (PageStats p) => p.ExclusionReason;

    /// <summary>The check of a <see cref="PageStats"/> method.</summary>
    private static readonly PageCheck<PageStats> PageStatsCheck = PageStats.Check;

    /// <summary>
    /// Returns whether <paramref name="method"/> identifies, names, excludes and checks pages as <see cref="ForPageStats"/>
    /// sets it to (its eligibility and check may also be none), so that rating <see cref="PageColumns"/> may read ids,
    /// names and exclusion reasons from their columns and check counts in bulk.
    /// </summary>
    internal static bool ReadsPagesAsColumns(RatingMethod<PageStats> method)
        => ReferenceEquals(method.IdOf, PageStatsId)
            && ReferenceEquals(method.NameOf, PageStatsName)
            && (method.ExclusionReasonOf is null || ReferenceEquals(method.ExclusionReasonOf, PageStatsExclusion))
            && (method.PageCheck is null || ReferenceEquals(method.PageCheck, PageStatsCheck));

    /// <summary>
    /// Returns the article's method: the six indicators of <see cref="ArticleIndicators.All"/> (all four interaction
    /// kinds) with weight 1, min ties for indicator places and final places, shared final places (no tie-breakers), no zones.
    /// The article's zones are <see cref="ArticleZones"/>: add them with
    /// <c>Article().ToBuilder().AddZones(ArticleZones.FinalTable()).AddZones(ArticleZones.FollowersPercentOfPopulation()).Build()</c>.
    /// </summary>
    /// <returns>The method.</returns>
    public static RatingMethod<PageStats> Article() => Article(InteractionKinds.All);

    /// <summary>Returns the article's method (see <see cref="Article()"/>), counting the interaction kinds in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <returns>The method.</returns>
    public static RatingMethod<PageStats> Article(InteractionKinds kinds) => ArticleBuilder(kinds).Build();

    /// <summary>
    /// Starts the article's method (see <see cref="Article()"/>) as a builder, to change it before it is built: e.g.
    /// <c>ArticleBuilder(InteractionKinds.All).WithExactComparison().Build()</c> compares every indicator exactly,
    /// <c>.WithMidpointRounding(MidpointRounding.ToEven)</c> rounds midpoints to even as pandas does.
    /// </summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <returns>A new, single-use builder with the six indicators added.</returns>
    public static RatingMethodBuilder<PageStats> ArticleBuilder(InteractionKinds kinds)
        => ForPageStats().AddRange(ArticleIndicators.Create(kinds));
}
