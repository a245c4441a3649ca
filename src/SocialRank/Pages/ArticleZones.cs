using SocialRank.Zones;

namespace SocialRank.Pages;

/// <summary>
/// The article's two zone schemes (METHOD section 4), ready-made: the final table in bands of places (1–3 Leaders, the
/// next 7 the White zone, then three zones of 5) and followers as a percentage of the population (10 % and more green,
/// 5 % and more white, below 5 % red). The CLI's default method and the sample use these; add them to
/// <see cref="Rating.RatingMethod.Article()"/> with <c>ToBuilder().AddZones(...)</c>.
/// </summary>
/// <remarks>
/// Names come from an <see cref="ArticleZoneNames"/> (English by default); colors are <c>#rrggbb</c>. The article names
/// only the leaders and the white zone of the final table; the three lower zones' names are SocialRank's.
/// </remarks>
public static class ArticleZones
{
    /// <summary>The color of the leaders (green).</summary>
    public const string LeadersColor = "#2e7d32";

    /// <summary>The color of the white zones.</summary>
    public const string WhiteColor = "#ffffff";

    /// <summary>The color of the yellow zone.</summary>
    public const string YellowColor = "#fdd835";

    /// <summary>The color of the orange zone.</summary>
    public const string OrangeColor = "#fb8c00";

    /// <summary>The color of the red zones.</summary>
    public const string RedColor = "#e53935";

    /// <summary>The color of the green zone of followers as a percentage of the population.</summary>
    public const string GreenColor = "#43a047";

    /// <summary>The share of the population (in %) from which a page is in the white zone of followers.</summary>
    public const double WhiteFromPercent = 5;

    /// <summary>The share of the population (in %) from which a page is in the green zone of followers.</summary>
    public const double GreenFromPercent = 10;

    /// <summary>The name of the indicator the second scheme zones: <see cref="ArticleIndicators.FollowersPercentOfPopulationName"/>.</summary>
    private const string FollowersPercentIndicator = ArticleIndicators.FollowersPercentOfPopulationName;

    /// <summary>Gets how many places each band of the final table covers, from place 1 down: 3, 7, 5, 5, 5.</summary>
    public static IReadOnlyList<int> FinalTableBandSizes { get; } = Array.AsReadOnly([3, 7, 5, 5, 5]);

    /// <summary>Returns the final table's zones with English names (see <see cref="FinalTable(ArticleZoneNames)"/>).</summary>
    /// <returns>The scheme, named <c>final table</c>.</returns>
    public static PlaceBandZoneScheme FinalTable() => FinalTable(ArticleZoneNames.English);

    /// <summary>
    /// Returns the final table's zones: places 1–3 the leaders (green), the next 7 the white zone, then the yellow, orange
    /// and red zones of 5 places each; positions after 25 get no zone. Tied pages share the zone of the first position
    /// their group takes.
    /// </summary>
    /// <param name="names">The names of the scheme and its zones.</param>
    /// <returns>The scheme, named <see cref="ArticleZoneNames.FinalTable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public static PlaceBandZoneScheme FinalTable(ArticleZoneNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlyList<int> sizes = FinalTableBandSizes;
        return new PlaceBandZoneScheme(
            names.FinalTable,
            [
                new PlaceBand(sizes[0], new Zone(names.Leaders, LeadersColor)),
                new PlaceBand(sizes[1], new Zone(names.WhiteZone, WhiteColor)),
                new PlaceBand(sizes[2], new Zone(names.YellowZone, YellowColor)),
                new PlaceBand(sizes[3], new Zone(names.OrangeZone, OrangeColor)),
                new PlaceBand(sizes[4], new Zone(names.RedZone, RedColor)),
            ],
            rest: null);
    }

    /// <summary>Returns the zones of followers as a percentage of the population with English names (see <see cref="FollowersPercentOfPopulation(ArticleZoneNames)"/>).</summary>
    /// <returns>The scheme, named <c>followers, % of population</c>.</returns>
    public static ThresholdZoneScheme FollowersPercentOfPopulation() => FollowersPercentOfPopulation(ArticleZoneNames.English);

    /// <summary>
    /// Returns the zones of indicator 2, followers as a percentage of the population, zoned as compared (at 2 decimals):
    /// below 5 % the red zone, 5 % to under 10 % the white zone, 10 % and more the green zone; a missing value gets no zone.
    /// </summary>
    /// <param name="names">The names of the scheme and its zones.</param>
    /// <returns>The scheme, named <see cref="ArticleZoneNames.FollowersPercentOfPopulation"/>, on the indicator named <see cref="ArticleIndicators.FollowersPercentOfPopulationName"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public static ThresholdZoneScheme FollowersPercentOfPopulation(ArticleZoneNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return ThresholdZoneScheme.OnIndicator(
            names.FollowersPercentOfPopulation,
            FollowersPercentIndicator,
            [
                ValueBand.Below(WhiteFromPercent, new Zone(names.RedZone, RedColor)),
                ValueBand.Between(WhiteFromPercent, GreenFromPercent, new Zone(names.WhiteZone, WhiteColor)),
                ValueBand.AtLeast(GreenFromPercent, new Zone(names.GreenZone, GreenColor)),
            ],
            missingZone: null);
    }

    /// <summary>Returns both schemes, the final table first, with the names in <paramref name="names"/>.</summary>
    /// <param name="names">The names of the schemes and their zones.</param>
    /// <returns>The final table's scheme and the followers scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ZoneScheme> All(ArticleZoneNames names) => [FinalTable(names), FollowersPercentOfPopulation(names)];
}
