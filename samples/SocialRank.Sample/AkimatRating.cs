using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Sample;

/// <summary>
/// The article's July 2020 rating as a SocialRank method: the six indicators, places as penalties with min ties, and
/// the article's zones (followers as % of population: 10 % and more green, under 5 % red; final table: places 1 to 3
/// lead, 4 to 10 are the white zone, then three zones of five). The program, the scripts, the notebooks and the tests
/// all rate the sample through this class.
/// </summary>
public static class AkimatRating
{
    /// <summary>The name of the zone scheme on the final places, in both languages (the library's English name).</summary>
    public const string FinalZonesName = "final table";

    /// <summary>The name of the zone scheme on indicator 2, followers as % of population, in both languages (the library's English name).</summary>
    public const string FollowersShareZonesName = "followers, % of population";

    /// <summary>Returns the names of the article's zones in <paramref name="language"/>; the schemes keep their English names in both.</summary>
    /// <param name="language">The language of the zones' names.</param>
    /// <returns>The library's names, with the schemes named <see cref="FinalZonesName"/> and <see cref="FollowersShareZonesName"/>.</returns>
    public static ArticleZoneNames ZoneNames(SampleLanguage language) =>
        (language == SampleLanguage.Russian ? ArticleZoneNames.Russian : ArticleZoneNames.English)
            with { FinalTable = FinalZonesName, FollowersPercentOfPopulation = FollowersShareZonesName };

    /// <summary>Returns the page as the library's page type, named in <paramref name="language"/>.</summary>
    /// <param name="page">The sample page.</param>
    /// <param name="language">The language of the page's name.</param>
    /// <returns>The page's figures, with its region's population and its exclusion reason.</returns>
    public static PageStats ToPageStats(SamplePage page, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageStats(page.Id)
        {
            Name = page.Name(language),
            Network = page.Network,
            Owner = page.Region.Name(language),
            Followers = page.Followers,
            Posts = page.Posts,
            Likes = page.Likes,
            Comments = page.Comments,
            Shares = page.Shares,
            Saves = page.Saves,
            EngagedUsers = page.EngagedUsers,
            Population = page.Region.Population,
            ExclusionReason = Reason(page.ExclusionReason, language),
        };
    }

    /// <summary>Returns the pages as the library's page type, named in <paramref name="language"/>, in the same order.</summary>
    /// <param name="pages">The sample pages.</param>
    /// <param name="language">The language of the pages' names.</param>
    /// <returns>The pages.</returns>
    public static IReadOnlyList<PageStats> ToPageStats(IEnumerable<SamplePage> pages, SampleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return [.. pages.Select(p => ToPageStats(p, language))];
    }

    /// <summary>Returns the article's zones of the final table (the library's <see cref="ArticleZones.FinalTable(ArticleZoneNames)"/>): 3 leaders, the 7 pages of the white zone, then three zones of 5.</summary>
    /// <param name="language">The language of the zones' names.</param>
    /// <returns>The scheme, named <see cref="FinalZonesName"/>.</returns>
    public static PlaceBandZoneScheme FinalZones(SampleLanguage language) => ArticleZones.FinalTable(ZoneNames(language));

    /// <summary>Returns the article's zones of indicator 2 (the library's <see cref="ArticleZones.FollowersPercentOfPopulation(ArticleZoneNames)"/>): under 5 % red, 5 % to under 10 % white, 10 % and more green.</summary>
    /// <param name="language">The language of the zones' names.</param>
    /// <returns>The scheme, named <see cref="FollowersShareZonesName"/>.</returns>
    public static ThresholdZoneScheme FollowersShareZones(SampleLanguage language) => ArticleZones.FollowersPercentOfPopulation(ZoneNames(language));

    /// <summary>
    /// Returns the sample's method: the article's six indicators (all interaction kinds, weight 1), min ties for indicator
    /// and final places, and the zones of <see cref="FollowersShareZones"/> and <see cref="FinalZones"/>.
    /// </summary>
    /// <param name="language">The language of the zones' names.</param>
    /// <returns>The method.</returns>
    public static RatingMethod<PageStats> Method(SampleLanguage language) =>
        RatingMethod.ForPageStats()
            .AddRange(ArticleIndicators.All)
            .AddZones(FollowersShareZones(language))
            .AddZones(FinalZones(language))
            .Build();

    /// <summary>Rates the bundled sample with English names.</summary>
    /// <returns>The rating of the 25 eligible pages, with East Kazakhstan's Facebook page excluded.</returns>
    public static RatingResult<PageStats> Rate() => Rate(SampleData.Load(), SampleLanguage.English);

    /// <summary>Rates <paramref name="pages"/> with <see cref="Method"/>.</summary>
    /// <param name="pages">The sample pages.</param>
    /// <param name="language">The language of names and zones.</param>
    /// <returns>The rating.</returns>
    public static RatingResult<PageStats> Rate(IReadOnlyList<SamplePage> pages, SampleLanguage language) =>
        Method(language).Evaluate(ToPageStats(pages, language));

    /// <summary>Returns an indicator's table title as the article words it.</summary>
    /// <param name="indicator">The indicator's name (one of <see cref="ArticleIndicators"/>' names, or any other).</param>
    /// <param name="language">The language.</param>
    /// <returns>The title; an indicator that is not one of the article's keeps its name.</returns>
    public static string Title(string indicator, SampleLanguage language)
    {
        bool ru = language == SampleLanguage.Russian;
        return indicator switch
        {
            ArticleIndicators.FollowersName => ru ? "Число подписчиков (нравится)" : "Followers (page likes)",
            ArticleIndicators.FollowersPercentOfPopulationName => ru ? "Процент подписчиков от населения области" : "Followers, % of the region's population",
            ArticleIndicators.EngagedUsersName => ru ? "Вовлеченность (вовлеченные пользователи)" : "Engaged users",
            ArticleIndicators.AverageEngagementPerPostName => ru ? "Средняя вовлеченность на пост" : "Average engagement per post",
            ArticleIndicators.EngagedUsersPercentOfPopulationName => ru ? "Процент вовлеченных от численности населения" : "Engaged users, % of the region's population",
            ArticleIndicators.EngagementRateName => ru ? "ER – уровень вовлеченности, %" : "ER (engagement rate by followers), %",
            _ => indicator,
        };
    }

    /// <summary>Returns the exclusion reason in <paramref name="language"/> (the data has it in English).</summary>
    private static string? Reason(string? reason, SampleLanguage language) =>
        language == SampleLanguage.Russian && reason == "Registered as a personal account, not an official page"
            ? "Зарегистрирована как личный аккаунт, а не официальная страница"
            : reason;
}
