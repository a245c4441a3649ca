using SocialRank.Analysis;
using SocialRank.Rating;
using SocialRank.Zones;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary><see cref="EditionComparison.History{TPage}"/>: every page's place in each edition, read back from each edition's own rating.</summary>
public class EditionHistoryTests
{
    private static RatingMethod<Shop> Method() => ShopMethod()
        .AddZones(new PlaceBandZoneScheme("bands", [new PlaceBand(1, new Zone("first", "#2e7d32"))], new Zone("rest", "#e53935"))).Build();

    [Fact]
    public void History_ThreeEditions_PlacesAndZonesAreEachEditionsOwn_InTheLatestOrder()
    {
        RatingMethod<Shop> method = Method();
        RatingResult<Shop> may = method.Evaluate(FourShops());
        RatingResult<Shop> june = method.Evaluate([new("s1", 1, 1), new("s2", 5, 5), new("s3", 2, 2)]);
        RatingResult<Shop> july = method.Evaluate([new("s1", 9, 9), new("s2", 5, 5), new("renamed", 2, 2), new("s5", 0, 0)]);
        var options = EditionOptions.Default with { IdMap = new Dictionary<string, string> { ["s3"] = "renamed" } };
        EditionHistory history = EditionComparison.History([may, june, july], options);

        Assert.Equal(3, history.Editions);
        Assert.Equal(2, history.Steps.Count);
        Assert.Equal(EditionComparison.Compare(june, july, options).Pages.Select(p => (p.Id, p.PlaceNow)), history.Steps[1].Pages.Select(p => (p.Id, p.PlaceNow)));

        // Rated in July first, in July's final order; then s4, last rated in May.
        Assert.Equal([.. july.Rows.Select(r => r.Id), "s4"], history.Pages.Select(p => p.Id));
        RatingResult<Shop>[] editions = [may, june, july];
        foreach (PageHistory page in history.Pages)
        {
            for (int e = 0; e < 3; e++)
            {
                string id = e < 2 && page.Id == "renamed" ? "s3" : page.Id;
                RatingRow<Shop>? row = editions[e].Rows.Cast<RatingRow<Shop>?>().FirstOrDefault(r => r!.Value.Id == id);
                Assert.Equal(row?.FinalPlace, page.Places[e]);
                Assert.Equal(row?.ZoneOf(0), page.Zones[e]);
            }
        }

        PageHistory s1 = history.Pages.Single(p => p.Id == "s1");
        Assert.Equal(s1.Places[0] - s1.Places[2], s1.Change);
        Assert.Equal("first", s1.LatestZone!.Name);
        PageHistory s5 = history.Pages.Single(p => p.Id == "s5");
        Assert.Equal([null, null, s5.Latest], s5.Places);
        Assert.Null(s5.Change);
        PageHistory s4 = history.Pages.Single(p => p.Id == "s4");
        Assert.Null(s4.Latest);
        Assert.Equal(s4.Zones[0], s4.LatestZone);
    }

    [Fact]
    public void History_NoEditions_OrANullOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => EditionComparison.History(Array.Empty<RatingResult<Shop>>()));
        Assert.Throws<ArgumentNullException>(() => EditionComparison.History(new RatingResult<Shop>[] { Method().Evaluate(FourShops()), null! }));
        EditionHistory one = EditionComparison.History([Method().Evaluate(FourShops())]);
        Assert.Empty(one.Steps);
        Assert.All(one.Pages, p => Assert.Null(p.Change));
    }
}
