using System.Globalization;
using System.Text.RegularExpressions;
using SocialRank.Cli.Input;
using SocialRank.Cli.Output;
using SocialRank.Pages;

namespace SocialRank.Cli;

/// <summary>
/// Ratings from post exports (<c>--posts posts.csv --period 2020-07 [--every month] [--tz Asia/Almaty]</c>): the pages
/// file gives each page's own figures (followers, engaged users, population...), the posts file one row per post; the
/// posts of each period are counted and summed into the pages by the library (<see cref="PostAggregation"/>). Posts
/// not counted (unknown page, outside every period, a repeated post id) are named in notes, or stop the run under
/// <c>--strict</c>.
/// </summary>
internal static partial class PostsMode
{
    /// <summary>The options of posts mode, shared by <c>rate</c> and <c>history</c>.</summary>
    /// <param name="Posts">The posts file.</param>
    /// <param name="Period">The <c>--period</c>: a month <c>2020-07</c> or a range <c>2020-05..2020-07</c>.</param>
    /// <param name="Every">The <c>--every</c>: <c>month</c> for one edition per month of the range, or <see langword="null"/> for one edition of the whole range.</param>
    /// <param name="TimeZone">The <c>--tz</c>: an IANA time zone id, or <see langword="null"/> for UTC.</param>
    internal sealed record Options(string Posts, string Period, string? Every, string? TimeZone);

    /// <summary>Returns the time zone of <c>--tz</c> (UTC when not given).</summary>
    /// <exception cref="InputException">The system knows no such zone.</exception>
    internal static TimeZoneInfo Zone(string? id)
    {
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new InputException(InputErrors.UnknownTimeZone(id), e);
        }
    }

    /// <summary>Returns the periods of <c>--period</c> and <c>--every</c> in <paramref name="zone"/>: one per month with <c>--every month</c>, else one for the whole range.</summary>
    /// <exception cref="InputException">The period is not a month or a range of months in order.</exception>
    internal static IReadOnlyList<ReportingPeriod> Periods(string period, string? every, TimeZoneInfo zone)
    {
        Match match = PeriodPattern().Match(period.Trim());
        if (!match.Success)
        {
            throw new InputException(InputErrors.BadPeriod(period));
        }

        int firstYear = Number(match.Groups[1]), firstMonth = Number(match.Groups[2]);
        int lastYear = match.Groups[3].Success ? Number(match.Groups[3]) : firstYear;
        int lastMonth = match.Groups[4].Success ? Number(match.Groups[4]) : firstMonth;
        int months = ((lastYear * 12) + lastMonth) - ((firstYear * 12) + firstMonth) + 1;
        if (firstMonth is < 1 or > 12 || lastMonth is < 1 or > 12 || firstYear < 1 || lastYear > 9998 || months < 1)
        {
            throw new InputException(InputErrors.BadPeriod(period));
        }

        IReadOnlyList<ReportingPeriod> each = ReportingPeriod.Months(firstYear, firstMonth, months, zone);
        return every is not null || months == 1
            ? each
            : [new ReportingPeriod(each[0].Start, each[^1].End, each[0].Label + ".." + each[^1].Label, zone.Id)];

        static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>How an edition states its period and zone, after the title: <c>posts of 2020-07, time zone Asia/Almaty</c> (in the <c>--lang</c> language).</summary>
    internal static string Heading(ReportingPeriod period, CliLabels words) => words.Fill(words.PostsEditionTemplate, period.Label, period.TimeZoneId ?? "UTC");

    /// <summary>
    /// Reads the posts file and aggregates its posts into <paramref name="pages"/> for each period, adding a note for
    /// each reason some posts were not counted (or, under <paramref name="strict"/>, stopping with them as errors).
    /// </summary>
    /// <exception cref="InputException">The posts file is bad, or posts were not counted and <paramref name="strict"/> is set.</exception>
    internal static PostAggregationResult Aggregate(Options options, IReadOnlyList<ReportingPeriod> periods, TimeZoneInfo zone, IReadOnlyList<PageStats> pages, string pagesFile, string? encoding, bool strict, Action<int>? rowsRead, List<string> warnings)
    {
        using TableSource table = TableSource.Open(options.Posts, options.Posts, rowsRead, encoding);
        (List<PostRecord> posts, List<int> lines) = PostFileReader.Read(table, zone, warnings);
        PostAggregationResult result = PostAggregation.Aggregate(posts, pages, periods);
        string line = table.IsSheet ? "row" : "line";
        string where = periods.Count == 1 ? periods[0].Label : periods[0].Label + " to " + periods[^1].Label;
        var messages = new List<string>();
        Dictionary<string, int> firstLine = result.DuplicatePostId.Count == 0 ? [] : FirstLines(posts, lines);
        Add(result.DuplicatePostId, "its post id is already used on an earlier line, whose post is counted", r => $"{line} {lines[r.Index]}: '{r.PostId}', first on {line} {firstLine[r.PostId]}");
        Add(result.UnknownPage, $"its page is not in {pagesFile}", r => $"{line} {lines[r.Index]}: page '{posts[r.Index].PageId}'");
        Add(result.OutsidePeriods, $"published outside {where} in time zone {zone.Id}", r => $"{line} {lines[r.Index]}: {TimeZoneInfo.ConvertTime(posts[r.Index].PublishedAt, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}");
        if (strict && messages.Count > 0)
        {
            var errors = new ErrorList();
            foreach (string message in messages)
            {
                errors.Add(message + " (--strict)");
            }

            errors.ThrowIfAny();
        }

        warnings.AddRange(messages);
        return result;

        void Add(RejectedPosts rejected, string reason, Func<RejectedPost, string> example)
        {
            if (rejected.Count == 0)
            {
                return;
            }

            string examples = string.Join("; ", rejected.First.Select(example));
            string more = rejected.Count > rejected.First.Count ? string.Create(CultureInfo.InvariantCulture, $"; and {rejected.Count - rejected.First.Count} more") : "";
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"{table.File}: {rejected.Count} {(rejected.Count == 1 ? "post" : "posts")} not counted: {reason} ({examples}{more})."));
        }
    }

    /// <summary>The line of each post id's first post.</summary>
    private static Dictionary<string, int> FirstLines(List<PostRecord> posts, List<int> lines)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < posts.Count; i++)
        {
            first.TryAdd(posts[i].PostId, lines[i]);
        }

        return first;
    }

    /// <summary>A note naming the columns of the pages file that the posts replace (posts, likes, ...), or <see langword="null"/>.</summary>
    internal static string? ReplacedColumns(IReadOnlyList<PageStats> pages, string pagesFile, string postsFile)
    {
        string[] replaced = [.. ColumnAliases.FromPosts.Where(f => pages.Any(p => f.ValueOf(p) is not null)).Select(f => f.Key)];
        return replaced.Length == 0 ? null : $"{pagesFile}: {string.Join(", ", replaced)} come from the posts of {postsFile}; the pages file's own values are not used.";
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})(?:\.\.(\d{4})-(\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
