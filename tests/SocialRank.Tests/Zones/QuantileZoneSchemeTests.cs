using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

public class QuantileZoneSchemeTests
{
    private static readonly Zone Top = new("top", "green");
    private static readonly Zone Middle = new("middle", "white");
    private static readonly Zone Others = new("others", "grey");
    private static readonly Zone NoData = new("no data", "black");

    private sealed record Shop(string Id, double X, double? Y = 0);

    private static RatingResult<Shop> Rate(ZoneScheme scheme, params Shop[] shops) => RatingMethod.For<Shop>(s => s.Id)
        .Add("x", s => s.X, Better.Higher)
        .Add("y", s => s.Y, Better.Lower, 0)
        .AddZones(scheme)
        .Build()
        .Evaluate(shops);

    private static Shop[] Ten() => [.. Enumerable.Range(1, 10).Select(i => new Shop("s" + i, i))];

    [Fact]
    public void Top_TenPercentOfTenPages_IsTheBestPage()
    {
        RatingResult<Shop> result = Rate(QuantileZoneScheme.Top("top 10 %", 0.1, Top, Others), Ten());

        Assert.Equal(["s10"], result.Rows.Where(r => r.ZoneOf(0) == Top).Select(r => r.Id));
        Assert.Equal(9, result.Rows.Count(r => r.ZoneOf(0) == Others));
    }

    [Fact]
    public void Top_TenPercentOf25Pages_IsPositionsOneAndTwo()
    {
        Shop[] shops = [.. Enumerable.Range(1, 25).Select(i => new Shop("s" + i, i))];
        RatingResult<Shop> result = Rate(QuantileZoneScheme.Top("top 10 %", 0.1, Top, null), shops);

        Assert.Equal(["s25", "s24"], result.Rows.Where(r => r.ZoneOf(0) == Top).Select(r => r.Id));
        Assert.Equal(23, result.Rows.Count(r => r.ZoneOf(0) is null));
    }

    [Fact]
    public void OnTotal_TiedPagesAtTheCut_ShareTheTopZone()
    {
        // Totals: s10 1, s9 and s8 tie at 2 (position 2 of 10: 0.2), the rest below. Top 20 %: s10, s9 and s8 (three pages).
        Shop[] shops = [.. Ten()[..7], new Shop("s8", 9), new Shop("s9", 9), new Shop("s10", 10)];
        RatingResult<Shop> result = Rate(QuantileZoneScheme.Top("top 20 %", 0.2, Top, Others), shops);

        Assert.Equal(["s10", "s8", "s9"], result.Rows.Where(r => r.ZoneOf(0) == Top).Select(r => r.Id));
    }

    [Fact]
    public void OnTotal_Bands_SplitByShareFromTheBest()
    {
        QuantileZoneScheme scheme = QuantileZoneScheme.OnTotal("thirds", [new QuantileBand(0.3, Top), new QuantileBand(0.6, Middle)], Others);
        RatingResult<Shop> result = Rate(scheme, Ten());

        Assert.Equal(
            ["top", "top", "top", "middle", "middle", "middle", "others", "others", "others", "others"],
            result.Rows.Select(r => r.ZoneOf(0)!.Name));
        Assert.Equal([Top, Middle, Others], scheme.Zones);
    }

    [Fact]
    public void OnIndicator_LowerIsBetter_CountsFromTheLowestValues_AndMissingGetsItsZone()
    {
        // y (lower is better, weight 0): a 1, b 2, c 3, d missing. Top half of the three with a value: positions 1 (1/3).
        QuantileZoneScheme scheme = QuantileZoneScheme.OnIndicator("y half", "y", [new QuantileBand(0.5, Top)], Others, NoData);
        RatingResult<Shop> result = Rate(scheme, new Shop("a", 1, 1), new Shop("b", 2, 2), new Shop("c", 3, 3), new Shop("d", 4, null));

        Assert.Equal(Top, result.Row("a").ZoneOf(0));
        Assert.Equal(Others, result.Row("b").ZoneOf(0));
        Assert.Equal(Others, result.Row("c").ZoneOf(0));
        Assert.Equal(NoData, result.Row("d").ZoneOf(0));
        Assert.Equal("y", scheme.IndicatorName);
        Assert.False(scheme.IsOnTotal);
    }

    [Fact]
    public void OnIndicator_AtItsPrecision_PagesThatShareAPlaceShareTheZone()
    {
        // At 0 decimals 2.4 and 2.2 are both 2 and share place 2 (position 2 of 4: 0.5).
        RatingResult<Shop> result = RatingMethod.For<Shop>(s => s.Id)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Precision = Precision.Decimals(0) })
            .AddZones(QuantileZoneScheme.OnIndicator("x top half", "x", [new QuantileBand(0.5, Top)], Others, null))
            .Build()
            .Evaluate([new Shop("a", 3), new Shop("b", 2.4), new Shop("c", 2.2), new Shop("d", 1)]);

        Assert.Equal([Top, Top, Top, Others], result.Rows.Select(r => r.ZoneOf(0)));
    }

    [Fact]
    public void Build_OnUnknownIndicator_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Rate(QuantileZoneScheme.OnIndicator("q", "z", [new QuantileBand(1, Top)], null, null)));
        Assert.Equal("Zone scheme 'q' zones indicator 'z', which is not an indicator of this method.", ex.Message);
    }

    [Fact]
    public void Evaluate_NoPages_GivesAnEmptyResult()
    {
        Assert.Empty(Rate(QuantileZoneScheme.Top("t", 0.1, Top, Others)).Rows);
    }

    [Theory]
    [InlineData(0.0, "Zone scheme 's': band 'top' reaches up to 0 of the pages; a share must be above 0 and at most 1.")]
    [InlineData(1.5, "Zone scheme 's': band 'top' reaches up to 1.5 of the pages; a share must be above 0 and at most 1.")]
    [InlineData(double.NaN, "Zone scheme 's': band 'top' reaches up to NaN of the pages; a share must be above 0 and at most 1.")]
    public void Top_ShareOutOfRange_Throws(double share, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => QuantileZoneScheme.Top("s", share, Top, Others));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void OnTotal_BadBands_ThrowWithMessages()
    {
        Assert.Equal(
            "Zone scheme 's' has no bands; give it at least one.",
            Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnTotal("s", [], null)).Message);
        Assert.Equal(
            "Zone scheme 's': band 2 is null.",
            Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnTotal("s", [new QuantileBand(0.5, Top), null!], null)).Message);
        Assert.Equal(
            "Zone scheme 's': band 1 has no zone.",
            Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnTotal("s", [new QuantileBand(0.5, null!)], null)).Message);
        Assert.Equal(
            "Zone scheme 's': band 'middle' reaches up to 0.5 of the pages, no further than 'top' before it (0.5); list bands from the best pages down, each reaching further.",
            Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnTotal("s", [new QuantileBand(0.5, Top), new QuantileBand(0.5, Middle)], null)).Message);
        Assert.Equal(
            "Zone scheme 's' has 251 bands; at most 250 are allowed.",
            Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnTotal("s", Enumerable.Range(1, 251).Select(i => new QuantileBand(i / 251.0, Top)), null)).Message);
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => QuantileZoneScheme.OnIndicator("s", " ", [new QuantileBand(1, Top)], null, null)).ParamName);
    }

    [Property(MaxTest = 1000, Replay = "(7030,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool OnTotal_Meets_Specification(QuantileCase input)
    {
        // A page is in the first band reaching its min-tie position from the best ÷ pages; so tied totals share a zone,
        // whatever the shares (checked against a direct count of the pages with a lower total).
        Zone[] zones = [.. input.UpTo.Select((_, i) => new Zone("band " + i, "c"))];
        QuantileZoneScheme scheme = QuantileZoneScheme.OnTotal("q", input.UpTo.Select((u, i) => new QuantileBand(u, zones[i])), Others);
        RatingResult<Shop> result = Rate(scheme, [.. input.Values.Select((v, i) => new Shop("s" + i, v))]);

        int n = result.Rows.Count;
        foreach (RatingRow<Shop> row in result.Rows)
        {
            int position = 1 + result.Rows.Count(o => o.Total < row.Total);
            int band = Array.FindIndex(input.UpTo, u => (double)position / n <= u);
            Zone expected = band < 0 ? Others : zones[band];
            if (row.ZoneOf(0) != expected)
            {
                return false;
            }
        }

        return true;
    }

    public sealed record QuantileCase(double[] Values, double[] UpTo)
    {
        public override string ToString() => $"values [{string.Join(",", Values)}], up to [{string.Join(",", UpTo)}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<QuantileCase> Cases() =>
            (from n in Gen.Choose(0, 30)
             from values in Gen.ArrayOf(Gen.Choose(0, 6).Select(v => (double)v), n)
             from cuts in Gen.SubListOf(new[] { 0.05, 0.1, 0.25, 1.0 / 3, 0.5, 0.75, 0.9, 1.0 })
             select new QuantileCase(values, [.. cuts.Order()])).Where(c => c.UpTo.Length > 0).ToArbitrary();
    }
}
