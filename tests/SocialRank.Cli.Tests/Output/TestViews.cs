using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Cli.Tests.Output;

internal static class TestViews
{
    public static readonly Zone Leaders = new("Leaders", "#2e7d32");
    public static readonly Zone Rest = new("Red zone", "#e53935");

    private sealed record Page(string Id, string Name, double Followers, double Er, string? Excluded = null);

    /// <summary>
    /// The library's table of three pages on two indicators (a and b share place 1, c is third with its followers
    /// missing, in the red zone of a scheme on followers); one name is a script tag, one a formula, one page is excluded.
    /// </summary>
    public static RatingTable Small(LabelSet? labels = null) => RatingTables.Final(
        RatingMethod.For<Page>(p => p.Id)
            .WithNames(p => p.Name)
            .WithEligibility(p => p.Excluded)
            .Add(new Indicator<Page>("followers", p => p.Followers, Better.Higher) { Precision = Precision.Decimals(0) })
            .Add(new Indicator<Page>("ER", p => p.Er, Better.Higher) { Precision = Precision.Decimals(2) })
            .AddZones(ThresholdZoneScheme.OnIndicator("data", "followers", [ValueBand.Below(0, new Zone("ok", "#ffffff")), ValueBand.AtLeast(0, new Zone("ok", "#ffffff"))], missingZone: Rest))
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(2, Leaders)], new Zone(Rest.Name, Rest.Color)))
            .Build()
            .Evaluate(
            [
                new Page("a", "<script>alert(1)</script>", 1000, 2.5),
                new Page("b", "=HYPERLINK(\"http://evil\",\"x\")", 500, 3.125),
                new Page("c", "Page | C", double.NaN, 1),
                new Page("d", "<b>D</b>", 1, 1, "Personal account & <i>more</i>"),
            ]),
        new RatingTableOptions { Title = "Test <rating>", Labels = labels ?? LabelSet.English });
}
