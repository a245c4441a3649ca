using SocialRank.Indicators;
using SocialRank.Ranking;

namespace SocialRank.Pages;

/// <summary>
/// The six indicators of the article (METHOD section 2), ready-made over <see cref="PageStats"/>; all of them are
/// higher-is-better.
/// </summary>
/// <remarks>
/// <para>Precisions (decimal places shown and compared at) are SocialRank's choice, since the article printed its tables as
/// images: counts at 0, percentages and ER at 2, average engagement per post at 1.</para>
/// <para>Missing values rank last. A missing population is bad input (see <see cref="PageStatsValues.Population"/>).
/// Posts = 0 makes average engagement per post and ER missing; followers = 0 makes ER missing.</para>
/// </remarks>
public static class ArticleIndicators
{
    /// <summary>The name of indicator 1, followers.</summary>
    public const string FollowersName = "followers";

    /// <summary>The name of indicator 2, followers as a percentage of the population.</summary>
    public const string FollowersPercentOfPopulationName = "followers, % of population";

    /// <summary>The name of indicator 3, engaged users.</summary>
    public const string EngagedUsersName = "engaged users";

    /// <summary>The name of indicator 4, average engagement (interactions) per post.</summary>
    public const string AverageEngagementPerPostName = "average engagement per post";

    /// <summary>The name of indicator 5, engaged users as a percentage of the population.</summary>
    public const string EngagedUsersPercentOfPopulationName = "engaged users, % of population";

    /// <summary>The name of indicator 6, engagement rate by followers.</summary>
    public const string EngagementRateName = "ER";

    /// <summary>Gets indicator 1: followers (precision 0).</summary>
    public static Indicator<PageStats> Followers { get; } =
        new(FollowersName, PageStatsValues.Followers, Better.Higher) { Precision = Precision.Decimals(0) };

    /// <summary>Gets indicator 2: followers / population × 100 (precision 2).</summary>
    public static Indicator<PageStats> FollowersPercentOfPopulation { get; } =
        new(FollowersPercentOfPopulationName, PageStatsValues.Followers.PercentOf(PageStatsValues.Population), Better.Higher) { Precision = Precision.Decimals(2) };

    /// <summary>Gets indicator 3: engaged users (precision 0).</summary>
    public static Indicator<PageStats> EngagedUsers { get; } =
        new(EngagedUsersName, PageStatsValues.EngagedUsers, Better.Higher) { Precision = Precision.Decimals(0) };

    /// <summary>Gets indicator 4, counting all four interaction kinds: interactions / posts (precision 1).</summary>
    public static Indicator<PageStats> AverageEngagementPerPost { get; } = AverageEngagementPerPostOf(InteractionKinds.All);

    /// <summary>Gets indicator 5: engaged users / population × 100 (precision 2).</summary>
    public static Indicator<PageStats> EngagedUsersPercentOfPopulation { get; } =
        new(EngagedUsersPercentOfPopulationName, PageStatsValues.EngagedUsers.PercentOf(PageStatsValues.Population), Better.Higher) { Precision = Precision.Decimals(2) };

    /// <summary>Gets indicator 6, counting all four interaction kinds: (interactions / posts) / followers × 100 (precision 2).</summary>
    public static Indicator<PageStats> EngagementRate { get; } = EngagementRateOf(InteractionKinds.All);

    /// <summary>Gets the six indicators in the article's order, counting all four interaction kinds.</summary>
    public static IReadOnlyList<Indicator<PageStats>> All { get; } =
        [Followers, FollowersPercentOfPopulation, EngagedUsers, AverageEngagementPerPost, EngagedUsersPercentOfPopulation, EngagementRate];

    /// <summary>Returns the six indicators in the article's order, counting the interaction kinds in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count as interactions (the article's worked example: <see cref="InteractionKinds.LikesAndComments"/>).</param>
    /// <returns>The six indicators.</returns>
    public static IReadOnlyList<Indicator<PageStats>> Create(InteractionKinds kinds) =>
        kinds == InteractionKinds.All ? All :
        [Followers, FollowersPercentOfPopulation, EngagedUsers, AverageEngagementPerPostOf(kinds), EngagedUsersPercentOfPopulation, EngagementRateOf(kinds)];

    /// <summary>Returns indicator 4, average engagement per post, counting the kinds in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <returns>The indicator.</returns>
    public static Indicator<PageStats> AverageEngagementPerPostOf(InteractionKinds kinds) =>
        new(AverageEngagementPerPostName, PageStatsValues.Interactions(kinds).DividedBy(PageStatsValues.Posts), Better.Higher) { Precision = Precision.Decimals(1) };

    /// <summary>Returns indicator 6, ER by followers, counting the kinds in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds that count as interactions.</param>
    /// <returns>The indicator.</returns>
    public static Indicator<PageStats> EngagementRateOf(InteractionKinds kinds) =>
        new(EngagementRateName, PageStatsValues.Interactions(kinds).DividedBy(PageStatsValues.Posts).PercentOf(PageStatsValues.Followers), Better.Higher) { Precision = Precision.Decimals(2) };
}
