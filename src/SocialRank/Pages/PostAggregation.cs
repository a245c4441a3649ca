using System.Collections.ObjectModel;
using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>
/// Turns post records (one row per post, as monitoring tools and platform exports give them) into page statistics per
/// page and period: the figures a rating of pages reads. A pure function: nothing is read or written but its arguments.
/// </summary>
/// <remarks>
/// <para>For each period and each page, the page's posts published in the period are counted (<see cref="PageStats.Posts"/>)
/// and their likes, comments, shares, saves, views and reach are summed; the posts themselves are kept, in input order,
/// as <see cref="PageStats.PostDetails"/>, so an engagement rate can be the mean of the posts' own rates. A sum is
/// unknown when one of the summed posts does not know that count; the sum over no posts is 0, so a page without posts in
/// a period has <see cref="PageStats.Posts"/> 0 and its per-post indicators are missing (METHOD section 2). Reach is
/// summed like the others: a user reached by two posts counts twice. Every other figure (followers, engaged users,
/// population, names, owner, exclusion reason) is the page's own, the same in every period.</para>
/// <para>No post is dropped silently: a post whose id repeats an earlier post's (the first is counted), whose page is not
/// among the pages, or whose publish time is in no period is counted under that reason, with the first
/// <see cref="ExampleCount"/> of each (see <see cref="PostAggregationResult"/>). The reasons are tried in that order, and
/// each rejected post is counted under one reason only.</para>
/// </remarks>
public static class PostAggregation
{
    /// <summary>How many rejected posts of each reason the result lists by position and id: 5.</summary>
    public const int ExampleCount = 5;

    /// <summary>Aggregates <paramref name="posts"/> into one <see cref="PageStats"/> per page of <paramref name="pages"/> and period of <paramref name="periods"/>.</summary>
    /// <param name="posts">The posts, in any order; their positions (0-based) name the rejected ones.</param>
    /// <param name="pages">The pages, with unique ids; their order is the order of each period's pages.</param>
    /// <param name="periods">The periods, in order and not overlapping (gaps are allowed), e.g. <see cref="ReportingPeriod.Months"/>.</param>
    /// <returns>The pages of each period, and the posts that were not counted.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A post or a period is <see langword="null"/>, there is no period, or the periods are out of order or overlap.</exception>
    /// <exception cref="InvalidPagesException">A page is <see langword="null"/>, or two pages share an id; every problem is listed.</exception>
    public static PostAggregationResult Aggregate(IEnumerable<PostRecord> posts, IEnumerable<PageStats> pages, IReadOnlyList<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(periods);
        ReportingPeriod[] periodList = CheckPeriods(periods);
        List<PageStats> pageList = CheckPages(pages, out Dictionary<string, int> pageIndex);

        // buckets[k][p]: the posts of page p in period k, made when the first one arrives.
        var buckets = new List<PostStats>?[periodList.Length][];
        for (int k = 0; k < buckets.Length; k++)
        {
            buckets[k] = new List<PostStats>?[pageList.Count];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = new Rejections();
        var unknownPage = new Rejections();
        var outside = new Rejections();
        int counted = 0;
        int index = 0;
        foreach (PostRecord post in posts)
        {
            if (post is null)
            {
                Throw.NullPost(index, nameof(posts));
            }

            if (!seen.Add(post.PostId))
            {
                duplicate.Add(index, post.PostId);
            }
            else if (!pageIndex.TryGetValue(post.PageId, out int page))
            {
                unknownPage.Add(index, post.PostId);
            }
            else if (PeriodOf(periodList, post.PublishedAt) is int period and >= 0)
            {
                (buckets[period][page] ??= []).Add(post.Stats);
                counted = checked(counted + 1);
            }
            else
            {
                outside.Add(index, post.PostId);
            }

            index = checked(index + 1);
        }

        var editions = new PeriodPages[periodList.Length];
        for (int k = 0; k < periodList.Length; k++)
        {
            var periodPages = new PageStats[pageList.Count];
            for (int p = 0; p < pageList.Count; p++)
            {
                periodPages[p] = Summed(pageList[p], buckets[k][p]);
            }

            editions[k] = new PeriodPages(periodList[k], periodPages.AsReadOnly());
        }

        return new PostAggregationResult(editions.AsReadOnly(), counted, duplicate.ToResult(), unknownPage.ToResult(), outside.ToResult());
    }

    /// <summary>The page with its posts in one period counted and summed.</summary>
    private static PageStats Summed(PageStats page, List<PostStats>? posts)
    {
        ReadOnlyCollection<PostStats> list = posts is null ? ReadOnlyCollection<PostStats>.Empty : posts.AsReadOnly();
        return page with
        {
            Posts = list.Count,
            Likes = CountSums.SumOrUnknown(list, static p => p.Likes),
            Comments = CountSums.SumOrUnknown(list, static p => p.Comments),
            Shares = CountSums.SumOrUnknown(list, static p => p.Shares),
            Saves = CountSums.SumOrUnknown(list, static p => p.Saves),
            Views = CountSums.SumOrUnknown(list, static p => p.Views),
            Reach = CountSums.SumOrUnknown(list, static p => p.Reach),
            PostDetails = list,
        };
    }

    /// <summary>The index of the period that holds <paramref name="instant"/>, or -1: a binary search over the ordered starts.</summary>
    private static int PeriodOf(ReportingPeriod[] periods, DateTimeOffset instant)
    {
        int lo = 0;
        int hi = periods.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (periods[mid].Start <= instant)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && periods[found].Contains(instant) ? found : -1;
    }

    private static ReportingPeriod[] CheckPeriods(IReadOnlyList<ReportingPeriod> periods)
    {
        if (periods.Count == 0)
        {
            Throw.NoPeriods(nameof(periods));
        }

        var list = new ReportingPeriod[periods.Count];
        for (int k = 0; k < list.Length; k++)
        {
            ReportingPeriod? period = periods[k];
            if (period is null)
            {
                Throw.NullPeriod(k, nameof(periods));
            }

            list[k] = period;
            if (k > 0 && list[k].Start < list[k - 1].End)
            {
                Throw.PeriodsOverlap(list[k - 1].Label, list[k].Label, nameof(periods));
            }
        }

        return list;
    }

    private static List<PageStats> CheckPages(IEnumerable<PageStats> pages, out Dictionary<string, int> index)
    {
        var list = new List<PageStats>();
        var problems = new List<PageProblem>();
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int i = 0;
        foreach (PageStats page in pages)
        {
            if (page is null)
            {
                problems.Add(PageProblem.NullPage(i));
            }
            else
            {
                if (!positions.TryGetValue(page.Id, out List<int>? at))
                {
                    positions.Add(page.Id, at = []);
                }

                at.Add(i);
                list.Add(page);
            }

            i++;
        }

        foreach ((string id, List<int> at) in positions)
        {
            if (at.Count > 1)
            {
                problems.Add(PageProblem.DuplicateId(id, at));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidPagesException(problems);
        }

        index = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (int p = 0; p < list.Count; p++)
        {
            index.Add(list[p].Id, p);
        }

        return list;
    }

    /// <summary>Counts the posts rejected for one reason and keeps the first few.</summary>
    private sealed class Rejections
    {
        private readonly List<RejectedPost> _first = [];
        private int _count;

        internal void Add(int index, string postId)
        {
            _count = checked(_count + 1);
            if (_first.Count < ExampleCount)
            {
                _first.Add(new RejectedPost(index, postId));
            }
        }

        internal RejectedPosts ToResult() => new(_count, _first.AsReadOnly());
    }
}
