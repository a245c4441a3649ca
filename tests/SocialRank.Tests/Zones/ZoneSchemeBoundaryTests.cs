using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

/// <summary>The edges of the zone schemes: band ends, missing values and the arguments they reject (issue 17's survivors).</summary>
public class ZoneSchemeBoundaryTests
{
    private static readonly Zone Green = new("green zone", "green");
    private static readonly Zone Red = new("red zone", "red");

    private sealed record Shop(string Id, string Network, double X);

    /// <summary>A user's scheme that reads the final order: the best page of each network gets the green zone.</summary>
    private sealed class BestPerNetwork() : ZoneScheme("best per network")
    {
        public override IReadOnlyList<Zone> Zones { get; } = [Green];

        public IReadOnlyList<string> Networks { get; init; } = [];

        protected override void AssignZones(ZoneInput input, Span<byte> zones)
        {
            var seen = new HashSet<string>();
            foreach (int row in input.Order)
            {
                if (seen.Add(Networks[row]))
                {
                    zones[row] = 1;
                }
            }
        }
    }

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

    [Fact]
    public void UncertaintyRun_UserSchemeReadingTheOrder_KeepsEveryNominalZoneWithoutPerturbation()
    {
        Shop[] shops = [new("a", "ig", 3), new("b", "ig", 5), new("c", "fb", 1), new("d", "fb", 2)];
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id)
            .Add("x", s => s.X, Better.Higher)
            .AddZones(new BestPerNetwork { Networks = [.. shops.Select(s => s.Network)] })
            .Build();

        UncertaintyResult<Shop> result = UncertaintyAnalysis.Run(method, shops, Perturbation.None, new UncertaintyOptions { Runs = 3, MaxDegreeOfParallelism = 1 });

        Assert.Equal(["b", "d"], method.Evaluate(shops).Rows.Where(r => r.ZoneOf(0) == Green).Select(r => r.Id).Order());
        Assert.All(result.Pages, p => Assert.Equal(1, p.ProbabilityNominalZone));
    }
}
