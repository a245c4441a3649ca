using FsCheck.Xunit;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Rating;

/// <summary><see cref="RatingMethod{TPage}.ToBuilder"/>: a built method turned back into a builder to change one thing.</summary>
public partial class RatingMethodTests
{
    [Property(MaxTest = 1000, Replay = "(7010,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool ToBuilder_Build_Meets_Specification(ZoneCase input)
    {
        // Rebuilding a method unchanged evaluates every page set identically: rows, decisions, scores and zones.
        var bands = input.BandCounts.Select((count, i) => new PlaceBand(count, new Zone("band " + i, "c" + i))).ToList();
        RatingMethod<TestPage> method = input.Case.Builder()
            .WithEligibility(p => p.Id == "p3" ? "left out" : null)
            .AddZones(new PlaceBandZoneScheme("places", bands, new Zone("rest", "grey")))
            .AddZones(QuantileZoneScheme.Top("top third", 1.0 / 3, new Zone("top", "green"), new Zone("others", "white")))
            .Build();
        RatingMethod<TestPage> rebuilt = method.ToBuilder().Build();

        return Describe(method.Evaluate(input.Case.Pages)).SequenceEqual(Describe(rebuilt.Evaluate(input.Case.Pages)));
    }

    [Fact]
    public void ToBuilder_EverythingSet_IsCarriedOver()
    {
        PageCheck<PageStats> check = PageStats.Check;
        var zones = ThresholdZoneScheme.OnTotal("by total", [ValueBand.Below(20, new Zone("good", "green")), ValueBand.AtLeast(20, new Zone("bad", "red"))]);
        RatingMethod<PageStats> method = RatingMethod.ForPageStats()
            .AddRange(ArticleIndicators.All)
            .Add("posts", p => p.Posts, Better.Lower, 0.5)
            .WithMidpointRounding(MidpointRounding.ToEven)
            .WithIndicatorTies(TieMethod.Dense)
            .WithFinalTies(TieMethod.Max)
            .WithTieBreakers(ArticleIndicators.EngagementRateName, ArticleIndicators.FollowersName)
            .AddZones(zones)
            .Build();

        RatingMethod<PageStats> rebuilt = method.ToBuilder().Build();

        Assert.NotSame(method, rebuilt);
        Assert.Equal(method.Indicators, rebuilt.Indicators);
        Assert.Equal(MidpointRounding.ToEven, rebuilt.Indicators[1].Indicator.Precision.Midpoint);
        Assert.Equal((TieMethod.Dense, TieMethod.Max), (rebuilt.IndicatorTies, rebuilt.FinalTies));
        Assert.Equal(["ER", "followers"], rebuilt.TieBreakers);
        Assert.Equal([zones], rebuilt.ZoneSchemes);
        Assert.Same(method.IdOf, rebuilt.IdOf);
        Assert.Same(method.NameOf, rebuilt.NameOf);
        Assert.Same(method.ExclusionReasonOf, rebuilt.ExclusionReasonOf);
        Assert.Equal(method.PageCheck, rebuilt.PageCheck);
        Assert.Equal(check, rebuilt.PageCheck);
    }

    [Fact]
    public void ToBuilder_ChangeOneThing_ChangesOnlyThatAndLeavesTheMethodAsItWas()
    {
        RatingMethod<Shop> method = ShopMethod().Build();
        RatingMethod<Shop> broken = method.ToBuilder().WithTieBreakers("y").Build();

        // FourShops: s3 and s4 share place 1, s1 and s2 share place 3; y breaks s1 and s2 apart.
        Assert.Equal([1.0, 1, 3, 3], method.Evaluate(FourShops()).Rows.Select(r => r.FinalPlace));
        Assert.Equal([1.0, 1, 3, 4], broken.Evaluate(FourShops()).Rows.Select(r => r.FinalPlace));
        Assert.Empty(method.TieBreakers);
        Assert.Equal(["y"], broken.TieBreakers);
    }

    [Fact]
    public void ToBuilder_NewBuilder_IsSingleUseOnItsOwn()
    {
        RatingMethod<Shop> method = ShopMethod().Build();
        RatingMethodBuilder<Shop> builder = method.ToBuilder();
        builder.Build();

        Assert.NotNull(method.ToBuilder().Build());
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    private static IEnumerable<string> Describe(RatingResult<TestPage> result)
        => result.Rows.Select(r => $"{r.Id} {r.FinalPlace} {r.Total} {r.Decision} {string.Join(",", r.Scores.Select(s => $"{s.ComparedValue}:{s.Place}"))} {string.Join(",", r.Zones)}")
            .Concat(result.Excluded.Select(e => e.Id + " " + e.Reason));
}
