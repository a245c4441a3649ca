using FsCheck;
using FsCheck.Fluent;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Tests.Rating;
using SocialRank.Zones;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary>Small generated ratings for the analysis' properties (the rating properties' pages and methods), with a place-band zone scheme.</summary>
public static class AnalysisCases
{
    public static RatingMethod<TestPage> MethodWithZones(RatingCase c)
        => c.Builder().AddZones(new PlaceBandZoneScheme("bands", [new PlaceBand(2, new Zone("lead", "green")), new PlaceBand(3, new Zone("middle", "white"))], new Zone("rest", "red"))).Build();

    public static Gen<RatingCase> Cases(TieMethod[] ties) =>
        from k in Gen.Choose(1, 4)
        from n in Gen.Choose(1, 14)
        from values in Gen.ArrayOf(Gen.Elements(double.NaN, -7.5, -1.0, 0.0, 10.0, 11.0, 12.0, 13.0, 15.0, 18.0), n * k)
        from directions in Gen.ArrayOf(Gen.Elements(Better.Higher, Better.Lower), k)
        from weights in Gen.ArrayOf(Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0), k)
        from indicatorTies in Gen.Elements(ties)
        from finalTies in Gen.Elements(ties)
        from tieBreakers in Gen.SubListOf(Enumerable.Range(0, k).ToArray())
        select new RatingCase(
            [.. Enumerable.Range(0, n).Select(i => new TestPage("p" + i, values[(i * k)..((i + 1) * k)]))],
            directions,
            weights.All(w => w == 0) ? [1.0, .. weights[1..]] : weights,
            indicatorTies,
            finalTies,
            [.. tieBreakers]);

    public static Gen<RatingCase> AllCases() => Cases(Enum.GetValues<TieMethod>());
}
