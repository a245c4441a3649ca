using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Sample;
using SocialRank.Zones;

namespace SocialRank.Samples.Tests;

/// <summary>
/// Holds the bundled sample to the article's published findings (METHOD section 6, in the precise form of
/// samples/data/README.md): each finding is an assertion over the sample's rating result.
/// </summary>
public class AkimatRatingTests
{
    private static readonly IReadOnlyList<SamplePage> Pages = SampleData.Load();
    private static readonly RatingResult<PageStats> Result = AkimatRating.Rate(Pages, SampleLanguage.English);

    private static readonly string[] WesternRegions = ["aktobe", "atyrau", "west_kazakhstan", "mangystau"];

    private static IndicatorScore Score(string id, string indicator) => Result.Row(id).Scores[indicator];

    private static double Place(string id, string indicator) => Score(id, indicator).Place;

    private static double Value(string id, string indicator) => Score(id, indicator).Value;

    private static readonly RatingRow<PageStats>[] AllRows = [.. Result.Rows];

    private static RatingRow<PageStats>[] Rows() => AllRows;

    private static SamplePage Page(string id) => Pages.Single(p => p.Id == id);

    private static string[] Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    // The rating as a whole.

    [Fact]
    public void Rate_BundledSample_RatesTwentyFivePages()
    {
        Assert.Equal(25, Result.Rows.Count);
    }

    [Fact]
    public void Rate_EastKazakhstanFacebook_IsExcludedWithItsReasonAndHasNoPlace()
    {
        ExcludedPage<PageStats> excluded = Assert.Single(Result.Excluded);

        Assert.Equal("east_kazakhstan-fb", excluded.Id);
        Assert.Equal("Registered as a personal account, not an official page", excluded.Reason);
        Assert.Throws<KeyNotFoundException>(() => Result.Row("east_kazakhstan-fb"));
    }

    [Fact]
    public void Method_IsTheArticlesSixIndicatorsWithMinTies()
    {
        RatingMethod<PageStats> method = Result.Method;

        Assert.Equal(
            [
                ArticleIndicators.FollowersName, ArticleIndicators.FollowersPercentOfPopulationName,
                ArticleIndicators.EngagedUsersName, ArticleIndicators.AverageEngagementPerPostName,
                ArticleIndicators.EngagedUsersPercentOfPopulationName, ArticleIndicators.EngagementRateName,
            ],
            method.Indicators.Select(i => i.Indicator.Name));
        Assert.All(method.Indicators, i => Assert.Equal(1.0, i.Weight));
        Assert.All(method.Indicators, i => Assert.Equal(Better.Higher, i.Indicator.Better));
        Assert.Equal(TieMethod.Min, method.IndicatorTies);
        Assert.Equal(TieMethod.Min, method.FinalTies);
    }

    [Fact]
    public void Rate_EveryPage_TotalIsTheSumOfItsSixPlaces()
    {
        Assert.All(Rows(), row => Assert.Equal(row.Scores.Sum(s => s.Place), row.Total));
    }

    // Finding 1: followers.

    [Fact]
    public void Followers_AktobeTurkestanAtyrauInstagram_LeadInThatOrderUntied()
    {
        Assert.Equal(1, Place("aktobe-ig", ArticleIndicators.FollowersName));
        Assert.Equal(2, Place("turkestan-ig", ArticleIndicators.FollowersName));
        Assert.Equal(3, Place("atyrau-ig", ArticleIndicators.FollowersName));
        Assert.Equal(3, Rows().Count(r => r.Scores[ArticleIndicators.FollowersName].Place <= 3));
    }

    [Fact]
    public void Followers_TurkestanInstagram_IsACloseSecondWithAboutTwiceAktobesPopulation()
    {
        double aktobe = Value("aktobe-ig", ArticleIndicators.FollowersName);
        double turkestan = Value("turkestan-ig", ArticleIndicators.FollowersName);

        Assert.InRange(turkestan / aktobe, 0.9, 1.0);
        Assert.InRange((double)Page("turkestan-ig").Region.Population / Page("aktobe-ig").Region.Population, 1.8, 2.5);
    }

    [Fact]
    public void Followers_NoOtherRegion_ReachesTheTwoLeadersEvenWithBothPagesAdded()
    {
        double second = Value("turkestan-ig", ArticleIndicators.FollowersName);
        var byRegion = Rows()
            .Where(r => Page(r.Id).Region.Id is not ("aktobe" or "turkestan"))
            .GroupBy(r => Page(r.Id).Region.Id)
            .Select(g => g.Sum(r => r.Scores[ArticleIndicators.FollowersName].Value))
            .ToArray();

        Assert.Equal(12, byRegion.Length);
        Assert.All(byRegion, sum => Assert.True(sum < second, $"{sum} >= {second}"));
    }

    [Fact]
    public void Followers_ElevenPages_HaveFewerThanTenThousand()
    {
        Assert.Equal(11, Rows().Count(r => r.Scores[ArticleIndicators.FollowersName].Value < 10_000));
    }

    [Fact]
    public void Followers_PavlodarFacebookAndKostanayInstagram_AreAtTheBottom()
    {
        Assert.Equal(24, Place("pavlodar-fb", ArticleIndicators.FollowersName));
        Assert.Equal(25, Place("kostanay-ig", ArticleIndicators.FollowersName));
    }

    // Finding 2: followers as % of population.

    [Fact]
    public void FollowersShare_TenPercentOrMore_OnlyTheWesternRegionsInstagramPages()
    {
        string[] high = Sorted(Rows().Where(r => r.Scores[ArticleIndicators.FollowersPercentOfPopulationName].Value >= 10).Select(r => r.Id));

        Assert.Equal(Sorted(WesternRegions.Select(r => r + "-ig")), high);
        Assert.All(high, id => Assert.Equal("Instagram", Page(id).Network));
    }

    [Fact]
    public void FollowersShare_Zones_HighExactlyAtTenPercentOrMore()
    {
        Zone high = AkimatRating.FollowersShareZones(SampleLanguage.English).Bands[^1].Zone;

        Assert.All(Rows(), r => Assert.Equal(
            r.Scores[ArticleIndicators.FollowersPercentOfPopulationName].Value >= 10,
            r.ZoneOf(AkimatRating.FollowersShareZonesName) == high));
    }

    [Fact]
    public void FollowersShare_RedZone_HoldsThePagesOfTwelveRegions()
    {
        Zone red = AkimatRating.FollowersShareZones(SampleLanguage.English).Bands[0].Zone;
        RatingRow<PageStats>[] inRed = [.. Rows().Where(r => r.ZoneOf(AkimatRating.FollowersShareZonesName) == red)];

        Assert.Equal(12, inRed.Length);
        Assert.Equal(12, inRed.Select(r => Page(r.Id).Region.Id).Distinct().Count());
        Assert.All(inRed, r => Assert.True(r.Scores[ArticleIndicators.FollowersPercentOfPopulationName].Value < 5));
    }

    // Finding 3: engaged users.

    [Fact]
    public void EngagedUsers_AlmatyRegionInstagramLeads_TurkestanInstagramCloseBehind()
    {
        Assert.Equal(1, Place("almaty_region-ig", ArticleIndicators.EngagedUsersName));
        Assert.Equal(2, Place("turkestan-ig", ArticleIndicators.EngagedUsersName));
        Assert.InRange(
            Value("turkestan-ig", ArticleIndicators.EngagedUsersName) / Value("almaty_region-ig", ArticleIndicators.EngagedUsersName),
            0.85,
            1.0);
    }

    [Fact]
    public void EngagedUsers_EightPages_HaveFewerThanOneThousand()
    {
        Assert.Equal(8, Rows().Count(r => r.Scores[ArticleIndicators.EngagedUsersName].Value < 1_000));
    }

    [Fact]
    public void EngagedUsers_AkmolaAndKostanayInstagram_AreAtTheVeryBottom()
    {
        Assert.Equal(24, Place("akmola-ig", ArticleIndicators.EngagedUsersName));
        Assert.Equal(25, Place("kostanay-ig", ArticleIndicators.EngagedUsersName));
    }

    // Finding 4: average engagement per post.

    [Fact]
    public void AverageEngagementPerPost_TurkestanInstagram_Is447AndEveryOtherPageBelow200()
    {
        Assert.Equal(447, Value("turkestan-ig", ArticleIndicators.AverageEngagementPerPostName));
        Assert.Equal(1, Place("turkestan-ig", ArticleIndicators.AverageEngagementPerPostName));
        Assert.All(
            Rows().Where(r => r.Id != "turkestan-ig"),
            r => Assert.True(r.Scores[ArticleIndicators.AverageEngagementPerPostName].Value < 200, r.Id));
    }

    // Finding 5: engaged users as % of population.

    [Fact]
    public void EngagedUsersShare_HighestValue_IsThreePercentAtAtyrauInstagram()
    {
        double highest = Rows().Max(r => r.Scores[ArticleIndicators.EngagedUsersPercentOfPopulationName].Value);

        Assert.True(highest < 3, $"{highest}");
        Assert.Equal(3.0, Math.Round(highest, 1));
        Assert.Equal(highest, Value("atyrau-ig", ArticleIndicators.EngagedUsersPercentOfPopulationName));
    }

    // Finding 6: ER.

    [Fact]
    public void EngagementRate_AkmolaAndKostanayInstagram_PlaceHighOnlyBecauseTheyPostedVeryLittle()
    {
        Assert.InRange(Place("akmola-ig", ArticleIndicators.EngagementRateName), 1, 5);
        Assert.InRange(Place("kostanay-ig", ArticleIndicators.EngagementRateName), 1, 5);
        string[] fewestPosts = [.. Rows().OrderBy(r => r.Page.Posts).Take(2).Select(r => r.Id)];
        Assert.Equal(["akmola-ig", "kostanay-ig"], Sorted(fewestPosts));
        double nextPosts = Rows().Select(r => r.Page.Posts!.Value).Order().ElementAt(2);
        Assert.True(nextPosts >= 20, $"{nextPosts}");
    }

    // Finding 7: final places and zones.

    [Fact]
    public void FinalPlaces_AtyrauTurkestanMangystauInstagram_AreFirstSecondThird()
    {
        Assert.Equal(1, Result.Row("atyrau-ig").FinalPlace);
        Assert.Equal(2, Result.Row("turkestan-ig").FinalPlace);
        Assert.Equal(3, Result.Row("mangystau-ig").FinalPlace);
        Assert.Equal(3, Rows().Count(r => r.FinalPlace <= 3));
    }

    [Fact]
    public void FinalZones_LeadersWhiteZoneAndThreeZonesOfFive_HaveSizes3_7_5_5_5()
    {
        PlaceBandZoneScheme scheme = AkimatRating.FinalZones(SampleLanguage.English);

        int[] sizes = [.. scheme.Bands.Select(b => Rows().Count(r => r.ZoneOf(AkimatRating.FinalZonesName) == b.Zone))];

        Assert.Equal([3, 7, 5, 5, 5], sizes);
        Assert.Equal(5, scheme.Bands.Select(b => b.Zone).Distinct().Count());
        Assert.Equal("Leaders", scheme.Bands[0].Zone.Name);
        Assert.Equal("White zone", scheme.Bands[1].Zone.Name);
    }

    [Fact]
    public void FinalZones_Leaders_AreTheTopThree()
    {
        Zone leaders = AkimatRating.FinalZones(SampleLanguage.English).Bands[0].Zone;

        Assert.Equal(
            ["atyrau-ig", "mangystau-ig", "turkestan-ig"],
            Sorted(Rows().Where(r => r.ZoneOf(AkimatRating.FinalZonesName) == leaders).Select(r => r.Id)));
    }

    [Fact]
    public void FinalZones_TiedPages_ShareAZone()
    {
        Assert.All(
            Rows().GroupBy(r => r.FinalPlace),
            g => Assert.Single(g.Select(r => r.ZoneOf(AkimatRating.FinalZonesName)).Distinct()));
    }

    // Russian names change no place.

    [Fact]
    public void Rate_InRussian_GivesTheSamePlacesAndZoneSizes()
    {
        RatingResult<PageStats> ru = AkimatRating.Rate(Pages, SampleLanguage.Russian);

        Assert.Equal(Rows().Select(r => (r.Id, r.FinalPlace)), ru.Rows.Select(r => (r.Id, r.FinalPlace)));
        Assert.Equal("Атырауская область — Instagram", ru.Row("atyrau-ig").Name);
        Assert.Equal("Лидеры", ru.Row("atyrau-ig").ZoneOf(AkimatRating.FinalZonesName)?.Name);
    }
}
