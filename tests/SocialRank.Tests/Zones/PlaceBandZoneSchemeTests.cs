using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

public class PlaceBandZoneSchemeTests
{
    private static readonly Zone Leaders = new("leaders", "green");
    private static readonly Zone White = new("white zone", "white");
    private static readonly Zone Yellow = new("yellow zone", "yellow");
    private static readonly Zone Orange = new("orange zone", "orange");
    private static readonly Zone Red = new("red zone", "red");

    // The article's final table: the first 3 lead, the next 7 are the white zone, then three lower zones.
    internal static PlaceBandZoneScheme Article() => new("final table",
        [new PlaceBand(3, Leaders), new PlaceBand(7, White), new PlaceBand(5, Yellow), new PlaceBand(5, Orange)], Red);

    [Theory]
    [InlineData(1, "leaders")]
    [InlineData(3, "leaders")]
    [InlineData(4, "white zone")]
    [InlineData(10, "white zone")]
    [InlineData(11, "yellow zone")]
    [InlineData(20, "orange zone")]
    [InlineData(21, "red zone")]
    [InlineData(1000, "red zone")]
    public void ZoneOfPosition_ArticleBands_FollowTheCounts(int position, string zone)
    {
        Assert.Equal(zone, Article().ZoneOfPosition(position)!.Name);
    }

    [Fact]
    public void ZoneOfPosition_NoRest_AfterLastBandIsNoZone()
    {
        var scheme = new PlaceBandZoneScheme("s", [new PlaceBand(2, Leaders)], null);
        Assert.Null(scheme.ZoneOfPosition(3));
        Assert.Equal([Leaders], scheme.Zones);
    }

    [Fact]
    public void Constructor_EmptyBand_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PlaceBandZoneScheme("s", [new PlaceBand(3, Leaders), new PlaceBand(0, White)], null));
        Assert.Equal("Zone scheme 's': band 2 ('white zone') must cover at least 1 place but covers 0.", ex.Message);
    }

    [Fact]
    public void Constructor_NoBands_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PlaceBandZoneScheme("s", [], Red));
        Assert.Equal("Zone scheme 's' has no bands; give it at least one.", ex.Message);
    }

    [Fact]
    public void Constructor_TooManyPlaces_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PlaceBandZoneScheme("s", [new PlaceBand(int.MaxValue, Leaders), new PlaceBand(1, White)], null));
        Assert.Equal("Zone scheme 's': the bands cover more than 2147483647 places.", ex.Message);
    }

    [Fact]
    public void Zones_DistinctInBandOrderThenRest()
    {
        Assert.Equal([Leaders, White, Yellow, Orange, Red], Article().Zones);
    }
}
