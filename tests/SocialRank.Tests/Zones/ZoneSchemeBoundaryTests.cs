using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

/// <summary>The edges of the zone schemes: band ends, missing values and the arguments they reject (issue 17's survivors).</summary>
public class ZoneSchemeBoundaryTests
{
    private static readonly Zone Green = new("green zone", "green");
    private static readonly Zone Red = new("red zone", "red");

    [Fact]
    public void ValueBandContains_ExcludedUpperEnd_IsOutside()
    {
        ValueBand band = ValueBand.Between(0, 10, Green);

        Assert.True(band.Contains(9.999));
        Assert.False(band.Contains(10));
        Assert.False(ValueBand.Below(10, Green).Contains(10));
    }

    [Fact]
    public void ValueBandContains_IncludedUpperEnd_IsInsideAndAboveItOutside()
    {
        var band = new ValueBand(Green, ZoneBound.Including(0), ZoneBound.Including(10));

        Assert.True(band.Contains(10));
        Assert.False(band.Contains(10.5));
        Assert.False(band.Contains(-0.5));
    }

    [Fact]
    public void ValueBandContains_NaNInAnUnboundedBand_IsOutside()
    {
        var everything = new ValueBand(Green, null, null);

        Assert.True(everything.Contains(double.MaxValue));
        Assert.False(everything.Contains(double.NaN));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PlaceBandZoneOfPosition_PositionBelowOne_Throws(int position)
    {
        var scheme = new PlaceBandZoneScheme("final table", [new PlaceBand(3, Green)], Red);

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(nameof(position), () => scheme.ZoneOfPosition(position));
        Assert.Equal(position, e.ActualValue);
        Assert.Same(Green, scheme.ZoneOfPosition(1));
        Assert.Same(Green, scheme.ZoneOfPosition(3));
        Assert.Same(Red, scheme.ZoneOfPosition(4));
    }

    [Fact]
    public void QuantileOnTotal_NullBands_ThrowsNamingBands()
    {
        Assert.Throws<ArgumentNullException>("bands", () => QuantileZoneScheme.OnTotal("quartiles", null!, Red));
        Assert.Throws<ArgumentNullException>("bands", () => QuantileZoneScheme.OnIndicator("quartiles", "x", null!, Red, null));
    }
}
