using SocialRank.Indicators;
using FsCheck.Xunit;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Tests.Rating;

public class RatingResultTests
{
    [Fact]
    public void Row_UnknownOrExcludedId_ThrowsWithMessage()
    {
        PageStats[] pages = [.. RatingMethodTests.ThreePages(), new PageStats("x") { ExclusionReason = "test" }];
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Row("x"));
        Assert.Equal("No rated page has id 'x'.", ex.Message);
    }

    [Fact]
    public void Rows_IndexOutOfRange_Throws()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Rows[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Rows[-1]);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Pages_AreTheInputInInputOrder()
    {
        PageStats[] pages = RatingMethodTests.ThreePages();
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);
        Assert.Same(pages, result.Pages);
    }

    [Fact]
    public void Scores_UnknownIndicatorName_ThrowsWithMessage()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Rows[0].Scores["posts"]);
        Assert.Equal("The method has no indicator 'posts'.", ex.Message);
    }

    [Fact]
    public void ZoneOf_UnknownScheme_ThrowsWithMessage()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        var ex = Assert.Throws<KeyNotFoundException>(() => result.Rows[0].ZoneOf("final"));
        Assert.Equal("The method has no zone scheme 'final'.", ex.Message);
        Assert.Empty(result.Rows[0].Zones);
    }

    [Fact]
    public void Row_ToString_ShowsPositionIdTotalAndPlace()
    {
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(RatingMethodTests.ThreePages());
        Assert.Equal("1. b: total 9, place 1", result.Rows[0].ToString());
    }

    private sealed record Shop(string Id, double X, string? Excluded = null);

    // x: c 3 > a 2 = d 2 > b 1 (min ties); "e" is excluded. Final order c, a, d, b.
    private static RatingResult<Shop> FiveShops() => RatingMethod.For<Shop>(s => s.Id)
        .WithEligibility(s => s.Excluded)
        .Add("x", s => s.X, Better.Higher)
        .Build()
        .Evaluate([new Shop("a", 2), new Shop("b", 1), new Shop("e", 9, "left out"), new Shop("c", 3), new Shop("d", 2)]);

    [Fact]
    public void Row_ById_IsTheRowWithItsPosition()
    {
        RatingResult<Shop> result = FiveShops();

        Assert.Equal(("c", 1, 1.0), (result.Row("c").Id, result.Row("c").Position, result.Row("c").FinalPlace));
        Assert.Equal(("d", 3, 2.0), (result.Row("d").Id, result.Row("d").Position, result.Row("d").FinalPlace));
        Assert.Equal(("b", 4, 4.0, 1), (result.Row("b").Id, result.Row("b").Position, result.Row("b").FinalPlace, result.Row("b").InputIndex));
    }

    [Fact]
    public void TryGetRow_KnownExcludedAndUnknownIds()
    {
        RatingResult<Shop> result = FiveShops();

        Assert.True(result.TryGetRow("a", out RatingRow<Shop> a));
        Assert.Equal(2, a.Position);
        Assert.False(result.TryGetRow("e", out _));
        Assert.False(result.TryGetRow("A", out _));
        Assert.Throws<ArgumentNullException>(() => result.TryGetRow(null!, out _));
        Assert.Equal("No rated page has id 'e'.", Assert.Throws<KeyNotFoundException>(() => result.Row("e")).Message);
    }

    [Fact]
    public void Row_ManyThreadsAtOnce_AllFindTheirRows()
    {
        PageStats[] pages = [.. Enumerable.Range(0, 2000).Select(i => new PageStats("p" + i) { Followers = i % 37, Posts = 1, Likes = i % 11, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = i % 13, Population = 1000 })];
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);

        Parallel.For(0, 8, _ =>
        {
            for (int i = 0; i < pages.Length; i++)
            {
                Assert.Equal(i, result.Row("p" + i).InputIndex);
            }
        });
    }

    [Fact]
    public void RowsInInputOrder_AreTheRatedRowsInInputOrderWithFinalPositions()
    {
        RatingResult<Shop> result = FiveShops();
        RatingRowList<Shop> rows = result.RowsInInputOrder;

        Assert.Equal(4, rows.Count);
        Assert.Equal(["a", "b", "c", "d"], rows.Select(r => r.Id));
        Assert.Equal([2, 4, 1, 3], rows.Select(r => r.Position));
        Assert.Equal([2.0, 4, 1, 2], rows.Select(r => r.FinalPlace));
        Assert.Equal([0, 1, 3, 4], rows.Select(r => r.InputIndex));
        Assert.Throws<ArgumentOutOfRangeException>(() => rows[4]);
        var ids = new List<string>();
        foreach (RatingRow<Shop> row in rows)
        {
            ids.Add(row.Id);
        }

        Assert.Equal(["a", "b", "c", "d"], ids);
    }

    [Property(MaxTest = 1000, Replay = "(7020,1)")]
    public bool RowsAndLookups_Meets_Specification(int[] values, bool[] excluded)
    {
        // Rows in input order are the final rows sorted by input index; each row is found by its id at its position.
        Shop[] shops = [.. values.Select((v, i) => new Shop("s" + i, v % 5, i < excluded.Length && excluded[i] ? "out" : null))];
        RatingResult<Shop> result = RatingMethod.For<Shop>(s => s.Id).WithEligibility(s => s.Excluded)
            .Add("x", s => s.X, Better.Higher).Build().Evaluate(shops);

        var final = result.Rows.Select(r => (r.Id, r.Position, r.FinalPlace, r.InputIndex)).ToList();
        var input = result.RowsInInputOrder.Select(r => (r.Id, r.Position, r.FinalPlace, r.InputIndex)).ToList();
        return input.SequenceEqual(final.OrderBy(r => r.InputIndex))
            && final.All(r => result.Row(r.Id).Position == r.Position)
            && result.Excluded.All(e => !result.TryGetRow(e.Id, out _));
    }
}
