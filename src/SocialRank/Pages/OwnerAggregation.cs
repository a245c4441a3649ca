
namespace SocialRank.Pages;

/// <summary>
/// Rates owners instead of pages (the article: "even adding the region's two pages together"): each owner becomes one
/// <see cref="PageStats"/> whose counts are the sums of its eligible pages' counts.
/// </summary>
/// <remarks>
/// <para>An owner's id and name are the owner; its network lists its pages' networks joined by <c> + </c>, in input order.
/// A count is missing when it is missing on any eligible page of the owner. Engaged users and reach are summed too, so
/// a user who engaged with two pages of the owner counts twice.</para>
/// <para>The population belongs to the owner: it is taken once, from the pages that state it, which must agree.</para>
/// <para>Ineligible pages are left out of the sums; an owner whose pages are all ineligible is ineligible, with their
/// reasons. Per-post details are joined when every eligible page has them. Owners come out in order of first appearance.</para>
/// </remarks>
public static class OwnerAggregation
{
    /// <summary>Sums the pages of each owner into one page per owner.</summary>
    /// <param name="pages">The pages, each with an owner.</param>
    /// <returns>One page per owner, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPagesException">A page is null, has no owner or bad counts, or an owner's pages state different populations; every problem is listed.</exception>
    public static IReadOnlyList<PageStats> ByOwner(IEnumerable<PageStats> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var problems = new List<PageProblem>();
        var groups = new List<(string Owner, List<PageStats> Pages)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        foreach (PageStats page in pages)
        {
            if (page is null)
            {
                problems.Add(PageProblem.NullPage(i++));
                continue;
            }

            i++;
            PageStats.Check(page, problems);
            if (string.IsNullOrWhiteSpace(page.Owner))
            {
                problems.Add(PageProblem.OwnerMissing(page.Id));
                continue;
            }

            if (!index.TryGetValue(page.Owner, out int at))
            {
                at = groups.Count;
                index.Add(page.Owner, at);
                groups.Add((page.Owner, []));
            }

            groups[at].Pages.Add(page);
        }

        var owners = new List<PageStats>(groups.Count);
        foreach ((string owner, List<PageStats> members) in groups)
        {
            owners.Add(Combine(owner, members, problems));
        }

        if (problems.Count > 0)
        {
            throw new InvalidPagesException(problems);
        }

        return owners.AsReadOnly();
    }

    private static PageStats Combine(string owner, List<PageStats> members, List<PageProblem> problems)
    {
        PageStats? populationSource = null;
        foreach (PageStats page in members)
        {
            // Read into a nullable first (not a pattern variable), so that every mutation of the test still compiles.
            double? stated = page.Population;
            if (stated is null)
            {
                continue;
            }

            double population = stated.Value;

            if (populationSource is null)
            {
                populationSource = page;
            }
            else if (populationSource.Population != population)
            {
                problems.Add(PageProblem.OwnerPopulationDiffers(owner, populationSource.Id, populationSource.Population!.Value, page.Id, population));
            }
        }

        List<PageStats> eligible = members.FindAll(p => p.IsEligible);
        string? reason = eligible.Count > 0 ? null
            : "all its pages are excluded: " + string.Join("; ", members.Select(p => p.Id + " (" + p.ExclusionReason + ")"));
        List<PageStats> counted = eligible.Count > 0 ? eligible : members;
        var networks = members.Select(p => p.Network).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        List<PostStats>? posts = counted.TrueForAll(p => p.PostDetails is not null) ? [.. counted.SelectMany(p => p.PostDetails!)] : null;
        return new PageStats(owner)
        {
            Name = owner,
            Owner = owner,
            Network = networks.Count == 0 ? null : string.Join(" + ", networks),
            Followers = CountSums.SumOrUnknown(counted, static p => p.Followers),
            Posts = CountSums.SumOrUnknown(counted, static p => p.Posts),
            Likes = CountSums.SumOrUnknown(counted, static p => p.Likes),
            Comments = CountSums.SumOrUnknown(counted, static p => p.Comments),
            Shares = CountSums.SumOrUnknown(counted, static p => p.Shares),
            Saves = CountSums.SumOrUnknown(counted, static p => p.Saves),
            Views = CountSums.SumOrUnknown(counted, static p => p.Views),
            Reach = CountSums.SumOrUnknown(counted, static p => p.Reach),
            EngagedUsers = CountSums.SumOrUnknown(counted, static p => p.EngagedUsers),
            Population = populationSource?.Population,
            ExclusionReason = reason,
            PostDetails = posts?.AsReadOnly(),
        };
    }
}
