using FsCheck;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

/// <summary>The rating properties' generated ratings (every tie method), and their method with a place-band zone scheme.</summary>
public static class AnalysisCases
{
    public static RatingMethod<TestPage> MethodWithZones(RatingCase c)
        => c.Builder().AddZones(new PlaceBandZoneScheme("bands", [new PlaceBand(2, new Zone("lead", "green")), new PlaceBand(3, new Zone("middle", "white"))], new Zone("rest", "red"))).Build();

    public static Gen<RatingCase> AllCases() => Arbitraries.CaseGen(Enum.GetValues<TieMethod>());
}
