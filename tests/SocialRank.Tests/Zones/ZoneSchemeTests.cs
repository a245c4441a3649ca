using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

/// <summary><see cref="ZoneScheme"/> as a public extension point: a user's own kind of scheme over <see cref="ZoneInput"/>.</summary>
public class ZoneSchemeTests
{
    private sealed record Shop(string Id, string Network, double X, double Y);

    private static readonly Zone Best = new("best of its network", "green");

    /// <summary>A user's scheme: the best page of each network (by final place) gets a zone. Only public members are used.</summary>
    private sealed class BestPerNetwork(string name, IReadOnlyList<string> networks) : ZoneScheme(name)
    {
        public override IReadOnlyList<Zone> Zones { get; } = [Best];

        protected override void AssignZones(ZoneInput input, Span<byte> zones)
        {
            var seen = new HashSet<string>();
            foreach (int row in input.Order)
            {
                if (seen.Add(networks[row]))
                {
                    zones[row] = 1;
                }
            }
        }
    }

    /// <summary>Records what it was given and writes <paramref name="code"/> for every row.</summary>
    private sealed class Probe(byte code, string? indicator = null) : ZoneScheme("probe")
    {
        public override IReadOnlyList<Zone> Zones { get; } = [new Zone("a", "red"), new Zone("b", "blue")];

        public override string? IndicatorName => indicator;

        public string Seen { get; private set; } = "";

        protected override void AssignZones(ZoneInput input, Span<byte> zones)
        {
            Seen = $"count {input.Count}; places {string.Join(",", input.FinalPlaces.ToArray())}; order {string.Join(",", input.Order.ToArray())}; "
                + $"first positions {input.PlacesAreFirstPositions}; totals {string.Join(",", input.Totals.ToArray())}; "
                + $"indicators {string.Join(",", input.IndicatorNames)}; x {string.Join(",", input.ComparedValues("x").ToArray())}; "
                + $"y places {string.Join(",", input.Places("y").ToArray())}";
            zones.Fill(code);
        }
    }

    private static Shop[] Shops() => [new("a", "fb", 1, 3), new("b", "ig", 3, 1), new("c", "fb", 2, 2), new("d", "ig", 2.5, 0)];

    private static RatingMethodBuilder<Shop> Method() => RatingMethod.For<Shop>(s => s.Id)
        .Add("x", s => s.X, Better.Higher)
        .Add("y", s => s.Y, Better.Higher);

    [Fact]
    public void AssignZones_UserScheme_ZonesTheBestPageOfEachNetwork()
    {
        Shop[] shops = Shops();
        RatingResult<Shop> result = Method().AddZones(new BestPerNetwork("networks", [.. shops.Select(s => s.Network)])).Build().Evaluate(shops);

        // x: b 1, d 2, c 3, a 4; y: a 1, c 2, b 3, d 4. Totals a 5, b 4, c 5, d 6: b first, then a and c (shared 2), d.
        Assert.Equal(["b", "a", "c", "d"], result.Rows.Select(r => r.Id));
        Assert.Equal([Best, Best, null, null], result.Rows.Select(r => r.ZoneOf("networks")));
    }

    [Fact]
    public void ZoneInput_GivesTheRatingsColumnsByRow()
    {
        var probe = new Probe(code: 2);
        RatingResult<Shop> result = Method().AddZones(probe).Build().Evaluate(Shops());

        Assert.Equal(
            "count 4; places 2,1,2,4; order 1,0,2,3; first positions True; totals 5,4,5,6; indicators x,y; x 1,3,2,2.5; y places 1,3,2,4",
            probe.Seen);
        Assert.All(result.Rows, r => Assert.Equal("b", r.ZoneOf(0)?.Name));
    }

    [Fact]
    public void ZoneInput_UnknownIndicator_Throws()
    {
        RatingMethod<Shop> method = Method().AddZones(new Unknown()).Build();

        var ex = Assert.Throws<KeyNotFoundException>(() => method.Evaluate(Shops()));
        Assert.Equal("The method has no indicator 'z'.", ex.Message);
    }

    [Fact]
    public void AssignZones_CodeBeyondTheZones_Throws()
    {
        RatingMethod<Shop> method = Method().AddZones(new Probe(code: 3)).Build();

        var ex = Assert.Throws<InvalidOperationException>(() => method.Evaluate(Shops()));
        Assert.Equal("Zone scheme 'probe' gave row 0 the zone 3, but it has 2 zones: a row's zone is 0 (none) or 1 to 2, a position in Zones.", ex.Message);
    }

    [Fact]
    public void Build_UserSchemeOnUnknownIndicator_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Method().AddZones(new Probe(1, "z")).Build());
        Assert.Equal("Zone scheme 'probe' zones indicator 'z', which is not an indicator of this method.", ex.Message);
    }

    [Fact]
    public void Build_SchemeWithTooManyZones_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Method().AddZones(new Many()).Build());
        Assert.Equal("Zone scheme 'many' gives 256 zones; at most 255 are allowed.", ex.Message);
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BestPerNetwork(" ", []));
        Assert.Equal("name", ex.ParamName);
        Assert.StartsWith("A name must not be empty or white space.", ex.Message, StringComparison.Ordinal);
    }

    private sealed class Unknown() : ZoneScheme("unknown")
    {
        public override IReadOnlyList<Zone> Zones { get; } = [];

        protected override void AssignZones(ZoneInput input, Span<byte> zones)
        {
            if (input.ComparedValues("z").Length > 0)
            {
                zones.Clear();
            }
        }
    }

    private sealed class Many() : ZoneScheme("many")
    {
        public override IReadOnlyList<Zone> Zones { get; } = [.. Enumerable.Range(0, 256).Select(i => new Zone("z" + i, "grey"))];

        protected override void AssignZones(ZoneInput input, Span<byte> zones)
        {
        }
    }
}
