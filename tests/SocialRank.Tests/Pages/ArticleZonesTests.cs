using SocialRank.Pages;
using SocialRank.Zones;

namespace SocialRank.Tests.Pages;

public class ArticleZonesTests
{
    [Fact]
    public void FinalTable_English_IsLeadersWhiteThenThreeZonesOfFive()
    {
        PlaceBandZoneScheme scheme = ArticleZones.FinalTable();

        Assert.Equal("final table", scheme.Name);
        Assert.Equal(
            [(3, "Leaders", "#2e7d32"), (7, "White zone", "#ffffff"), (5, "Yellow zone", "#fdd835"), (5, "Orange zone", "#fb8c00"), (5, "Red zone", "#e53935")],
            scheme.Bands.Select(b => (b.Count, b.Zone.Name, b.Zone.Color)));
        Assert.Null(scheme.Rest);
        Assert.Equal([3, 7, 5, 5, 5], ArticleZones.FinalTableBandSizes);
    }

    [Theory]
    [InlineData(1, "Leaders")]
    [InlineData(3, "Leaders")]
    [InlineData(4, "White zone")]
    [InlineData(10, "White zone")]
    [InlineData(11, "Yellow zone")]
    [InlineData(16, "Orange zone")]
    [InlineData(25, "Red zone")]
    [InlineData(26, null)]
    public void FinalTable_Positions_FallInTheArticlesBands(int position, string? zone)
    {
        Assert.Equal(zone, ArticleZones.FinalTable().ZoneOfPosition(position)?.Name);
    }

    [Fact]
    public void FinalTable_Russian_HasRussianNames()
    {
        PlaceBandZoneScheme scheme = ArticleZones.FinalTable(ArticleZoneNames.Russian);

        Assert.Equal("итоговая таблица", scheme.Name);
        Assert.Equal(["Лидеры", "Белая зона", "Жёлтая зона", "Оранжевая зона", "Красная зона"], scheme.Zones.Select(z => z.Name));
    }

    [Theory]
    [InlineData(4.99, "Red zone")]
    [InlineData(5.0, "White zone")]
    [InlineData(9.99, "White zone")]
    [InlineData(10.0, "Green zone")]
    [InlineData(17.37, "Green zone")]
    public void FollowersPercentOfPopulation_TenGreenFiveWhiteBelowRed(double percent, string zone)
    {
        ThresholdZoneScheme scheme = ArticleZones.FollowersPercentOfPopulation();

        Assert.Equal(zone, scheme.ZoneOf(percent)!.Name);
        Assert.Equal("followers, % of population", scheme.Name);
        Assert.Equal(ArticleIndicators.FollowersPercentOfPopulationName, scheme.IndicatorName);
        Assert.Null(scheme.ZoneOf(double.NaN));
        Assert.Equal(["#e53935", "#ffffff", "#43a047"], scheme.Zones.Select(z => z.Color));
    }

    [Fact]
    public void Names_With_ChangesOneName()
    {
        ArticleZoneNames names = ArticleZoneNames.English with { Leaders = "Top 3" };

        Assert.Equal(["Top 3", "White zone"], ArticleZones.FinalTable(names).Zones.Take(2).Select(z => z.Name));
        Assert.Equal(["final table", "followers, % of population"], ArticleZones.All(names).Select(s => s.Name));
        Assert.Throws<ArgumentNullException>(() => ArticleZones.FinalTable(null!));
    }
}
