namespace SocialRank.Pages;

/// <summary>
/// The names of the article's zone schemes and zones (<see cref="ArticleZones"/>) in one language: English and Russian are
/// ready-made; change any name with <c>with</c>. Immutable.
/// </summary>
public sealed record ArticleZoneNames
{
    /// <summary>Gets the English names: <c>final table</c> (Leaders, White zone, Yellow zone, Orange zone, Red zone) and
    /// <c>followers, % of population</c> (Red zone, White zone, Green zone).</summary>
    public static ArticleZoneNames English { get; } = new();

    /// <summary>Gets the Russian names: <c>итоговая таблица</c> (Лидеры, Белая зона, Жёлтая зона, Оранжевая зона, Красная зона)
    /// and <c>подписчики, % от населения</c> (Красная зона, Белая зона, Зелёная зона).</summary>
    public static ArticleZoneNames Russian { get; } = new()
    {
        FinalTable = "итоговая таблица",
        Leaders = "Лидеры",
        WhiteZone = "Белая зона",
        YellowZone = "Жёлтая зона",
        OrangeZone = "Оранжевая зона",
        RedZone = "Красная зона",
        FollowersPercentOfPopulation = "подписчики, % от населения",
        GreenZone = "Зелёная зона",
    };

    /// <summary>Gets the name of the scheme on final places.</summary>
    /// <value>The default value is <c>final table</c>.</value>
    public string FinalTable { get; init; } = "final table";

    /// <summary>Gets the name of the zone of places 1 to 3.</summary>
    /// <value>The default value is <c>Leaders</c>.</value>
    public string Leaders { get; init; } = "Leaders";

    /// <summary>Gets the name of the white zone: places 4 to 10 of the final table, and 5 % to under 10 % of the population.</summary>
    /// <value>The default value is <c>White zone</c>.</value>
    public string WhiteZone { get; init; } = "White zone";

    /// <summary>Gets the name of the zone of places 11 to 15 (SocialRank's name: the article names only the first two zones).</summary>
    /// <value>The default value is <c>Yellow zone</c>.</value>
    public string YellowZone { get; init; } = "Yellow zone";

    /// <summary>Gets the name of the zone of places 16 to 20 (SocialRank's name).</summary>
    /// <value>The default value is <c>Orange zone</c>.</value>
    public string OrangeZone { get; init; } = "Orange zone";

    /// <summary>Gets the name of the red zone: places 21 to 25 of the final table (SocialRank's name), and under 5 % of the population.</summary>
    /// <value>The default value is <c>Red zone</c>.</value>
    public string RedZone { get; init; } = "Red zone";

    /// <summary>Gets the name of the scheme on followers as a percentage of the population.</summary>
    /// <value>The default value is <c>followers, % of population</c>.</value>
    public string FollowersPercentOfPopulation { get; init; } = "followers, % of population";

    /// <summary>Gets the name of the zone of 10 % of the population and more.</summary>
    /// <value>The default value is <c>Green zone</c>.</value>
    public string GreenZone { get; init; } = "Green zone";
}
