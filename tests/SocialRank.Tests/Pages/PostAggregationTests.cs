using SocialRank.Engagement;
using SocialRank.Indicators;
using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class PostAggregationTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeSpan Plus6 = TimeSpan.FromHours(6);

    private static PageStats Page(string id) => new(id)
    {
        Name = id.ToUpperInvariant(), Network = "Instagram", Owner = "Region " + id, Followers = 1000, EngagedUsers = 70, Population = 500_000,
        Posts = 999, Likes = 999, // the pages file's own figures, which the posts replace
    };

    private static PostRecord Post(string id, string page, DateTimeOffset at, double likes = 1, double comments = 0, double? views = null)
        => new(id, page, at, new PostStats { Likes = likes, Comments = comments, Shares = 0, Saves = 0, Views = views });

    [Fact]
    public void Aggregate_RandomPosts_SumsAgreeWithLinqOverTheRecords()
    {
        var random = new Random(15);
        string[] pageIds = ["a", "b", "c", "d"];
        IReadOnlyList<ReportingPeriod> periods = ReportingPeriod.Months(2020, 5, 3, Almaty);
        var start = new DateTimeOffset(2020, 4, 20, 0, 0, 0, TimeSpan.Zero);
        var posts = new List<PostRecord>();
        for (int i = 0; i < 2000; i++)
        {
            string id = random.Next(10) == 0 && posts.Count > 0 ? posts[random.Next(posts.Count)].PostId : "p" + i;
            string page = random.Next(20) == 0 ? "unknown-" + random.Next(3) : pageIds[random.Next(pageIds.Length)];
            DateTimeOffset at = start.AddMinutes(random.Next(60 * 24 * 120)).ToOffset(TimeSpan.FromHours(random.Next(-12, 13)));
            double? views = random.Next(50) == 0 ? null : random.Next(5000);
            posts.Add(new PostRecord(id, page, at, new PostStats
            {
                Likes = random.Next(300), Comments = random.Next(40), Shares = random.Next(10), Saves = random.Next(5), Views = views, Reach = random.Next(4000),
            }));
        }

        PostAggregationResult result = PostAggregation.Aggregate(posts, pageIds.Select(Page), periods);

        // The counted posts, by LINQ: the first of each id, on a known page, whose UTC time is within a period's bounds.
        var indexed = posts.Select((p, i) => (Post: p, Index: i)).ToList();
        var firsts = indexed.GroupBy(x => x.Post.PostId).Select(g => g.First()).ToList();
        var known = firsts.Where(x => pageIds.Contains(x.Post.PageId)).ToList();
        Assert.Equal(indexed.Count - firsts.Count, result.DuplicatePostId.Count);
        Assert.Equal(firsts.Count - known.Count, result.UnknownPage.Count);
        Assert.Equal(indexed.Where(x => !firsts.Contains(x)).Take(5).Select(x => x.Index), result.DuplicatePostId.First.Select(r => r.Index));
        Assert.Equal(firsts.Except(known).Take(5).Select(x => x.Post.PostId), result.UnknownPage.First.Select(r => r.PostId));
        int inSomePeriod = 0;
        Assert.Equal(periods, result.Periods.Select(p => p.Period));
        for (int k = 0; k < periods.Count; k++)
        {
            DateTime from = periods[k].Start.UtcDateTime, to = periods[k].End.UtcDateTime;
            for (int p = 0; p < pageIds.Length; p++)
            {
                var mine = known.Where(x => x.Post.PageId == pageIds[p] && x.Post.PublishedAt.UtcDateTime >= from && x.Post.PublishedAt.UtcDateTime < to).Select(x => x.Post).ToList();
                inSomePeriod += mine.Count;
                PageStats page = result.Periods[k].Pages[p];
                Assert.Equal(pageIds[p], page.Id);
                Assert.Equal(mine.Count, page.Posts);
                Assert.Equal(mine.Sum(x => x.Stats.Likes), page.Likes);
                Assert.Equal(mine.Sum(x => x.Stats.Comments), page.Comments);
                Assert.Equal(mine.Sum(x => x.Stats.Shares), page.Shares);
                Assert.Equal(mine.Sum(x => x.Stats.Saves), page.Saves);
                Assert.Equal(mine.Sum(x => x.Stats.Reach), page.Reach);
                Assert.Equal(mine.Any(x => x.Stats.Views is null) ? null : mine.Sum(x => x.Stats.Views), page.Views);
                Assert.Equal(mine.Select(x => x.Stats), page.PostDetails);
                Assert.Equal(1000.0, page.Followers);
            }
        }

        Assert.Equal(inSomePeriod, result.PostsCounted);
        Assert.Equal(known.Count - inSomePeriod, result.OutsidePeriods.Count);
        Assert.Equal(posts.Count, result.PostsCounted + result.PostsRejected);
        Assert.True(result.OutsidePeriods.Count > 0 && result.DuplicatePostId.Count > 0 && result.UnknownPage.Count > 0, "the data exercise every reason");
    }

    [Fact]
    public void Aggregate_PostsAtMonthBoundariesInAlmaty_GoToTheMonthThatStartsThere()
    {
        IReadOnlyList<ReportingPeriod> periods = ReportingPeriod.Months(2020, 6, 2, Almaty);
        PostRecord[] posts =
        [
            Post("june-last", "a", new DateTimeOffset(2020, 6, 30, 23, 59, 59, Plus6).AddTicks(9_999_999)),
            Post("july-first", "a", new DateTimeOffset(2020, 7, 1, 0, 0, 0, Plus6), likes: 10),
            Post("july-first-utc", "a", new DateTimeOffset(2020, 6, 30, 18, 0, 0, TimeSpan.Zero), likes: 100),
            Post("august-first", "a", new DateTimeOffset(2020, 8, 1, 0, 0, 0, Plus6), likes: 1000),
        ];

        PostAggregationResult result = PostAggregation.Aggregate(posts, [Page("a")], periods);

        Assert.Equal(1.0, result.Periods[0].Pages[0].Posts);
        Assert.Equal(1.0, result.Periods[0].Pages[0].Likes);
        Assert.Equal(2.0, result.Periods[1].Pages[0].Posts);
        Assert.Equal(110.0, result.Periods[1].Pages[0].Likes);
        Assert.Equal(1, result.OutsidePeriods.Count);
        Assert.Equal(new RejectedPost(3, "august-first"), Assert.Single(result.OutsidePeriods.First));
    }

    [Fact]
    public void Aggregate_BerlinAcrossTheSpringChange_SplitsAtLocalMidnight()
    {
        IReadOnlyList<ReportingPeriod> periods = ReportingPeriod.Months(2020, 3, 2, Berlin);
        PostRecord[] posts =
        [
            Post("1", "a", new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.FromHours(1))),              // first instant of March (CET)
            Post("2", "a", new DateTimeOffset(2020, 3, 31, 23, 30, 0, TimeSpan.FromHours(2))),            // last half hour of March (CEST)
            Post("3", "a", new DateTimeOffset(2020, 3, 31, 22, 0, 0, TimeSpan.Zero)),                     // 1 April 00:00 CEST
            Post("4", "a", new DateTimeOffset(2020, 2, 29, 22, 59, 0, TimeSpan.Zero)),                    // 29 February 23:59 CET
        ];

        PostAggregationResult result = PostAggregation.Aggregate(posts, [Page("a")], periods);

        Assert.Equal(2.0, result.Periods[0].Pages[0].Posts);
        Assert.Equal(1.0, result.Periods[1].Pages[0].Posts);
        Assert.Equal("4", Assert.Single(result.OutsidePeriods.First).PostId);
    }

    [Fact]
    public void Aggregate_PageWithoutPosts_HasZeroPostsAndMissingPerPostIndicators()
    {
        PostAggregationResult result = PostAggregation.Aggregate(
            [Post("1", "a", new DateTimeOffset(2020, 7, 5, 12, 0, 0, Plus6), likes: 5)], [Page("a"), Page("b")], [ReportingPeriod.Month(2020, 7, Almaty)]);

        PageStats b = result.Periods[0].Pages[1];
        Assert.Equal(0.0, b.Posts);
        Assert.Equal(0.0, b.Likes);
        Assert.Empty(b.PostDetails!);
        Assert.True(double.IsNaN(ArticleIndicators.AverageEngagementPerPost.Value.Read(b)));
        Assert.True(double.IsNaN(ArticleIndicators.EngagementRate.Value.Read(b)));
        Assert.Equal(5.0, ArticleIndicators.AverageEngagementPerPost.Value.Read(result.Periods[0].Pages[0]));
    }

    [Fact]
    public void Aggregate_KeepsThePagesOwnFiguresAndReplacesThePerPostOnes()
    {
        PostAggregationResult result = PostAggregation.Aggregate(
            [Post("1", "a", new DateTimeOffset(2020, 7, 5, 12, 0, 0, Plus6), likes: 5, views: 50)], [Page("a") with { ExclusionReason = "personal account" }], [ReportingPeriod.Month(2020, 7, Almaty)]);

        PageStats a = result.Periods[0].Pages[0];
        Assert.Equal(("a", "A", "Instagram", "Region a", "personal account"), (a.Id, a.Name, a.Network, a.Owner, a.ExclusionReason));
        Assert.Equal((1000.0, 70.0, 500_000.0), (a.Followers!.Value, a.EngagedUsers!.Value, a.Population!.Value));
        Assert.Equal((1.0, 5.0, 50.0), (a.Posts!.Value, a.Likes!.Value, a.Views!.Value));
        Assert.Null(a.Reach);
    }

    [Fact]
    public void Aggregate_PostDetails_GiveTheMeanOfPerPostRates()
    {
        var at = new DateTimeOffset(2020, 7, 5, 12, 0, 0, Plus6);
        PostAggregationResult result = PostAggregation.Aggregate(
            [Post("1", "a", at, likes: 10, comments: 0), Post("2", "a", at, likes: 30, comments: 20)], [Page("a")], [ReportingPeriod.Month(2020, 7, Almaty)]);

        PageStats a = result.Periods[0].Pages[0];
        Indicator<PageStats> mean = EngagementIndicators.ByFollowers(InteractionKinds.All, ErAggregation.MeanOfPosts);
        Assert.Equal(((10.0 / 1000) + (50.0 / 1000)) / 2 * 100, mean.Value.Read(a), 12);
    }

    [Fact]
    public void Aggregate_RepeatedPostId_CountsTheFirstAndReportsTheRest()
    {
        var at = new DateTimeOffset(2020, 7, 5, 12, 0, 0, Plus6);
        PostRecord[] posts = [.. Enumerable.Range(0, 8).Select(i => Post("same", "a", at, likes: i + 1))];

        PostAggregationResult result = PostAggregation.Aggregate(posts, [Page("a")], [ReportingPeriod.Month(2020, 7, Almaty)]);

        Assert.Equal(1.0, result.Periods[0].Pages[0].Likes);
        Assert.Equal(7, result.DuplicatePostId.Count);
        Assert.Equal([1, 2, 3, 4, 5], result.DuplicatePostId.First.Select(r => r.Index));
        Assert.Equal(1, result.PostsCounted);
    }

    [Fact]
    public void Aggregate_PeriodsOverlap_Throws()
    {
        ReportingPeriod july = ReportingPeriod.Month(2020, 7, Almaty);
        var overlapping = new ReportingPeriod(july.End.AddHours(-1), july.End.AddDays(3), "early August");

        ArgumentException e = Assert.Throws<ArgumentException>(() => PostAggregation.Aggregate([], [Page("a")], [july, overlapping]));
        Assert.Equal("periods", e.ParamName);
        Assert.StartsWith("Periods must be in order and must not overlap, but 'early August' starts before '2020-07' ends.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PostAggregation.Aggregate([], [Page("a")], []));
    }

    [Fact]
    public void Aggregate_PagesShareAnId_ThrowsInvalidPages()
    {
        InvalidPagesException e = Assert.Throws<InvalidPagesException>(() => PostAggregation.Aggregate([], [Page("a"), Page("b"), Page("a")], [ReportingPeriod.Month(2020, 7, Almaty)]));
        Assert.Equal("Page id 'a' is used by pages #0 and #2 (0-based); page ids must be unique.", e.Message);
    }

    [Fact]
    public void PostRecord_BlankIds_Throw()
    {
        Assert.Throws<ArgumentException>(() => new PostRecord(" ", "a", default, new PostStats()));
        Assert.Throws<ArgumentNullException>(() => new PostRecord("1", null!, default, new PostStats()));
        Assert.Throws<ArgumentNullException>(() => new PostRecord("1", "a", default, null!));
    }
}
