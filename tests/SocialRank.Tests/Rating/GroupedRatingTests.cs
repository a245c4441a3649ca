using FsCheck.Xunit;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Tests.Analysis;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Rating;

/// <summary><see cref="RatingMethod{TPage}.EvaluateByGroup(IReadOnlyList{TPage}, Func{TPage, string}, EvaluationOptions)"/>: each group's rating is that group rated alone.</summary>
public class GroupedRatingTests
{
    /// <summary>A rating as text: every row's id, place, total and zone, then the excluded pages.</summary>
    private static string Describe<TPage>(RatingResult<TPage> result)
        => string.Join("; ", result.Rows.Select(r => $"{r.Id} {r.FinalPlace:R} {r.Total:R} {r.ZoneOf(0)?.Name}")) + " | " + string.Join(", ", result.Excluded.Select(e => e.Id));

    [Property(MaxTest = 1000, Replay = "(1601,1)", Arbitrary = [typeof(UncertaintyAnalysisTests.Arbitraries)])]
    public bool EvaluateByGroup_EachGroup_IsThatGroupRatedAlone_OnAnyThreadCount(RatingCase c, byte seed)
    {
        // Up to four groups, pages assigned by their position and the seed; zones by place bands, so each group has its own leaders.
        RatingMethod<TestPage> method = AnalysisCases.MethodWithZones(c);
        string GroupOf(TestPage page) => "g" + ((Array.IndexOf(c.Pages, page) * 7 + seed) % (1 + (seed % 4)));
        IReadOnlyList<RatingGroup<TestPage>> groups = method.EvaluateByGroup(c.Pages, GroupOf, new EvaluationOptions { MaxDegreeOfParallelism = 4 });
        IReadOnlyList<RatingGroup<TestPage>> sequential = method.EvaluateByGroup(c.Pages, GroupOf, EvaluationOptions.Sequential);
        string[] keys = [.. c.Pages.Select(GroupOf).Distinct().Order(StringComparer.Ordinal)];
        return groups.Select(g => g.Key).SequenceEqual(keys)
            && groups.All(g => Describe(g.Result) == Describe(method.Evaluate([.. c.Pages.Where(p => GroupOf(p) == g.Key)])))
            && groups.Select(g => Describe(g.Result)).SequenceEqual(sequential.Select(g => Describe(g.Result)));
    }

    [Fact]
    public void EvaluateByGroup_TheSameIdInTwoGroups_IsRatedInEach_AndProblemsOfEveryGroupAreReported()
    {
        RatingMethod<PageStats> method = RatingMethod.Article();
        PageStats[] pages = [.. ThreePages().Select(p => p with { Network = "Facebook" }), .. ThreePages().Select(p => p with { Network = "Instagram", Followers = p.Followers * 2 })];
        IReadOnlyList<RatingGroup<PageStats>> groups = method.EvaluateByGroup(pages, p => p.Network!);
        Assert.Equal(["Facebook", "Instagram"], groups.Select(g => g.Key));
        Assert.All(groups, g => Assert.Equal(3, g.Result.Rows.Count));

        PageStats[] bad = [.. pages, new PageStats("a") { Network = "Facebook", Followers = -1 }, new PageStats("z") { Network = "Instagram", Followers = double.NaN, Posts = -5 }];
        var ex = Assert.Throws<InvalidPagesException>(() => method.EvaluateByGroup(bad, p => p.Network!));
        Assert.Contains(ex.Problems, p => p.PageId == "a");
        Assert.Contains(ex.Problems, p => p.PageId == "z");
        Assert.Throws<ArgumentNullException>(() => method.EvaluateByGroup(pages, p => p.Owner!));
    }
}
