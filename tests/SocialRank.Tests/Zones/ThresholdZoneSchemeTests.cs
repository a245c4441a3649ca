using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

public class ThresholdZoneSchemeTests
{
    private static readonly Zone Red = new("red zone", "#ff0000");
    private static readonly Zone White = new("white zone", "#ffffff");
    private static readonly Zone Green = new("green zone", "#00ff00");
    private static readonly Zone Grey = new("no data", "#808080");

    // The article's scheme on followers, % of population: >= 10 green, >= 5 white, otherwise red.
    private static ThresholdZoneScheme Article() => ThresholdZoneScheme.OnIndicator(
        "followers share", "followers, % of population",
        [ValueBand.Below(5, Red), ValueBand.Between(5, 10, White), ValueBand.AtLeast(10, Green)], Grey);

    private static string Fails(params ValueBand[] bands)
        => Assert.Throws<ArgumentException>(() => ThresholdZoneScheme.OnTotal("s", bands)).Message;

    [Theory]
    [InlineData(-1.0, "red zone")]
    [InlineData(4.999, "red zone")]
    [InlineData(5.0, "white zone")]
    [InlineData(9.999, "white zone")]
    [InlineData(10.0, "green zone")]
    [InlineData(1e9, "green zone")]
    public void ZoneOf_ArticleThresholds_BoundsIncludedWhereStated(double value, string zone)
    {
        Assert.Equal(zone, Article().ZoneOf(value)!.Name);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, "9.99", "green zone")]
    [InlineData(MidpointRounding.ToEven, "9.98", "red zone")]
    public void Evaluate_ExactMidpointRatio_ZonedByTheValueAsComparedAndShown(MidpointRounding rule, string shown, string zone)
    {
        // 9,985 followers of 100,000 people is exactly 9.985 %: 9.99 half away from zero, 9.98 half to even.
        ThresholdZoneScheme scheme = ThresholdZoneScheme.OnIndicator(
            "share", ArticleIndicators.FollowersPercentOfPopulationName, [ValueBand.Below(9.99, Red), ValueBand.AtLeast(9.99, Green)], Grey);
        RatingResult<PageStats> result = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.FollowersPercentOfPopulation)
            .AddZones(scheme)
            .WithMidpointRounding(rule)
            .Build()
            .Evaluate([new PageStats("a") { Followers = 9_985, Population = 100_000 }]);
        IndicatorScore score = result.Rows[0].Scores[0];
        Assert.Equal(9.985, score.Value);
        Assert.Equal(shown, ArticleIndicators.FollowersPercentOfPopulation.Precision.WithMidpoint(rule).Format(score.ComparedValue));
        Assert.Equal(zone, result.Rows[0].ZoneOf("share")!.Name);
    }

    [Fact]
    public void ZoneOf_Missing_IsMissingZone()
    {
        Assert.Equal(Grey, Article().ZoneOf(double.NaN));
        Assert.Null(ThresholdZoneScheme.OnTotal("t", [ValueBand.Below(5, Red), ValueBand.AtLeast(5, Green)]).ZoneOf(double.NaN));
    }

    [Fact]
    public void ZoneOf_ExplicitInclusiveUpperBound_IncludesIt()
    {
        var scheme = ThresholdZoneScheme.OnTotal("t",
        [
            new ValueBand(Green, null, ZoneBound.Including(10)),
            new ValueBand(Red, ZoneBound.Excluding(10), null),
        ]);
        Assert.Equal(Green, scheme.ZoneOf(10));
        Assert.Equal(Red, scheme.ZoneOf(10.000001));
        Assert.True(scheme.IsOnTotal);
        Assert.Null(scheme.IndicatorName);
    }

    [Fact]
    public void Zones_ListsDistinctZonesThenMissingZone()
    {
        Assert.Equal([Red, White, Green, Grey], Article().Zones);
    }

    [Fact]
    public void Constructor_NoBands_Throws()
    {
        Assert.Equal("Zone scheme 's' has no bands; give it at least one.", Fails());
    }

    [Fact]
    public void Constructor_GapBetweenBands_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands 'red zone' and 'white zone' leave a gap between 5 and 6.",
            Fails(ValueBand.Below(5, Red), ValueBand.AtLeast(6, White)));
    }

    [Fact]
    public void Constructor_GapAtSharedBound_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands 'red zone' and 'white zone' leave a gap at 5, which neither includes; exactly one of them must include it.",
            Fails(ValueBand.Below(5, Red), new ValueBand(White, ZoneBound.Excluding(5), null)));
    }

    [Fact]
    public void Constructor_OverlapBetweenBands_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands 'red zone' and 'white zone' overlap between 4 and 5.",
            Fails(ValueBand.Below(5, Red), ValueBand.AtLeast(4, White)));
    }

    [Fact]
    public void Constructor_OverlapAtSharedBound_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands 'red zone' and 'white zone' overlap at 5, which both include; exactly one of them must include it.",
            Fails(new ValueBand(Red, null, ZoneBound.Including(5)), ValueBand.AtLeast(5, White)));
    }

    [Fact]
    public void Constructor_UnsortedBands_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands are not sorted: 'red zone' starts at 0, below 'green zone' before it, which starts at 10; list bands from the lowest values up.",
            Fails(ValueBand.Below(0, White), ValueBand.Between(10, 20, Green), ValueBand.Between(0, 10, Red), ValueBand.AtLeast(20, Grey)));
    }

    [Fact]
    public void Constructor_DuplicateStart_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': bands 'white zone' and 'green zone' both start at 5.",
            Fails(ValueBand.Below(5, Red), ValueBand.Between(5, 10, White), ValueBand.Between(5, 12, Green), ValueBand.AtLeast(12, Grey)));
    }

    [Fact]
    public void Constructor_EqualBoundsInOneBand_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': band 'white zone' has the same lower and upper bound, 5.",
            Fails(ValueBand.Below(5, Red), new ValueBand(White, ZoneBound.Including(5), ZoneBound.Including(5)), ValueBand.AtLeast(5, Green)));
    }

    [Fact]
    public void Constructor_LowerAboveUpper_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': band 'white zone' has its lower bound 10 above its upper bound 5.",
            Fails(ValueBand.Below(5, Red), ValueBand.Between(10, 5, White), ValueBand.AtLeast(10, Green)));
    }

    [Fact]
    public void Constructor_FirstBandBoundedBelow_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': the first band, 'red zone', starts at 0, so lower values would have no zone; give it no lower bound.",
            Fails(ValueBand.Between(0, 5, Red), ValueBand.AtLeast(5, Green)));
    }

    [Fact]
    public void Constructor_LastBandBoundedAbove_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': the last band, 'green zone', ends at 100, so higher values would have no zone; give it no upper bound.",
            Fails(ValueBand.Below(5, Red), ValueBand.Between(5, 100, Green)));
    }

    [Fact]
    public void Constructor_UnboundedBandInMiddle_Throws()
    {
        Assert.Equal(
            "Zone scheme 's': band 'white zone' has no lower bound, but only the first band may be unbounded below.",
            Fails(ValueBand.Below(5, Red), ValueBand.Below(10, White), ValueBand.AtLeast(10, Green)));
        Assert.Equal(
            "Zone scheme 's': band 'red zone' has no upper bound, but only the last band may be unbounded above.",
            Fails(new ValueBand(Red, null, null), ValueBand.AtLeast(10, Green)));
    }

    [Fact]
    public void ZoneBound_NaN_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ZoneBound.Including(double.NaN));
        Assert.Equal("A zone bound must be a finite number but was NaN. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void OnIndicator_EmptySchemeName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ThresholdZoneScheme.OnIndicator("", "x", [ValueBand.AtLeast(0, Red)], null));
        Assert.Equal("A name must not be empty or white space. (Parameter 'name')", ex.Message);
    }
    [Fact]
    public void Constructor_NullBandOrZone_Throws()
    {
        Assert.Equal("Zone scheme 's': band 2 is null.", Fails(ValueBand.Below(5, Red), null!));
        Assert.Equal("Zone scheme 's': band 1 has no zone.", Fails(new ValueBand(null!, null, null)));
    }

    [Fact]
    public void Constructor_TooManyBands_Throws()
    {
        ValueBand[] bands = [ValueBand.Below(0, Red), .. Enumerable.Range(0, 250).Select(i => ValueBand.Between(i, i + 1, White)), ValueBand.AtLeast(250, Green)];
        Assert.Equal("Zone scheme 's' has 252 bands; at most 250 are allowed.", Fails(bands));
    }
}
