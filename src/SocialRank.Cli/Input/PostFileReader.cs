using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>
/// Reads a posts file (<c>--posts</c>: CSV or xlsx, one row per post, e.g. a Meta Business Suite post export) into the
/// library's <see cref="PostRecord"/>s, with their lines: post id, page id and publish time are required; each count
/// column (likes or reactions, comments, shares, saves, views, reach) may be missing, and its counts are then unknown.
/// Every problem is reported with file, line, column and value.
/// </summary>
internal static class PostFileReader
{
    /// <summary>Reads the posts of <paramref name="table"/>; a publish time without offset is on the clock of <paramref name="zone"/>.</summary>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static (List<PostRecord> Posts, List<int> Lines) Read(ITable table, TimeZoneInfo zone, ICollection<string> warnings)
    {
        ColumnMap map = ColumnMap.Build(table, ColumnAliases.Posts, [ColumnAliases.PostId, ColumnAliases.PostPage, ColumnAliases.PublishTime]);
        if (map.Unknown.Count > 0)
        {
            warnings.Add($"{table.File}: ignored columns: {string.Join(", ", map.Unknown)}.");
        }

        Column[] counts = [.. ColumnAliases.PostFields.Select(ColumnAliases.For)];
        string[] absent = [.. counts.Where(c => !map.Has(c)).Select(c => c.Name)];
        if (absent.Length > 0)
        {
            warnings.Add(InputErrors.PostCountsAbsent(table.File, absent));
        }

        var posts = new List<PostRecord>();
        var lines = new List<int>();
        var errors = new ErrorList();
        int rows = 0;
        foreach (RawRow row in table.Rows)
        {
            rows++;
            if (row.Problem is { } problem)
            {
                errors.Add(problem);
                continue;
            }

            var reader = new RowReader(table, row, errors, warnings);
            string? postId = reader.Text(map, ColumnAliases.PostId);
            string? pageId = reader.Text(map, ColumnAliases.PostPage);
            if (postId is null)
            {
                errors.Add(InputErrors.EmptyId(reader.At(map, ColumnAliases.PostId)));
            }

            if (pageId is null)
            {
                errors.Add(InputErrors.EmptyPostPage(reader.At(map, ColumnAliases.PostPage)));
            }

            DateTimeOffset? time = Time(table, row, map, zone, errors);
            var values = new double?[counts.Length];
            for (int c = 0; c < counts.Length; c++)
            {
                values[c] = reader.Count(map, counts[c]);
            }

            if (errors.Count == 0 && postId is not null && pageId is not null && time is DateTimeOffset at)
            {
                var stats = new PostStats { Likes = values[0], Comments = values[1], Shares = values[2], Saves = values[3], Views = values[4], Reach = values[5] };
                posts.Add(new PostRecord(postId, pageId, at, stats));
                lines.Add(row.Line);
            }
        }

        if (rows == 0)
        {
            throw new InputException(InputErrors.NoRows(table.File));
        }

        errors.ThrowIfAny();
        return (posts, lines);
    }

    /// <summary>The publish time of a row: a sheet's date cell as it is, a text in one of the forms of <see cref="PublishTimes"/>.</summary>
    private static DateTimeOffset? Time(ITable table, RawRow row, ColumnMap map, TimeZoneInfo zone, ErrorList errors)
    {
        int i = map.IndexOf(ColumnAliases.PublishTime);
        var at = new CellLocation(table.File, row.Line, table.Headers[i], table.IsSheet);
        string text = row.Cells[i].Trim();
        if (text.Length == 0)
        {
            errors.Add(InputErrors.EmptyPublishTime(at));
            return null;
        }

        // A sheet's date cell may come as its serial number (days since 30 December 1899).
        PublishTimes.Outcome outcome = row.Numbers?[i] is double serial && serial is > 0 and < 2_958_466
            ? PublishTimes.FromLocal(DateTime.FromOADate(serial), zone, out DateTimeOffset instant)
            : PublishTimes.TryParse(text, zone, out instant);
        switch (outcome)
        {
            case PublishTimes.Outcome.Ok:
                return instant;
            case PublishTimes.Outcome.Skipped:
                errors.Add(InputErrors.SkippedTime(at, text, zone.Id));
                return null;
            default:
                errors.Add(InputErrors.NotATime(at, text));
                return null;
        }
    }
}
