using System.Globalization;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>rate pages.csv --posts posts.csv --period 2020-07 --tz Asia/Almaty</c>: a rating from one row per post. The
/// independent check: the test sums the posts itself (LINQ over the rows it wrote, months by Almaty's fixed UTC+6 of
/// 2020) into an ordinary pages file, and plain <c>rate</c> of that file must give the same places.
/// </summary>
public class PostsInputTests
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(6);

    /// <summary>One post as the test writes it: its page, its instant, its counts and whether it belongs to July 2020 in Almaty.</summary>
    private sealed record TestPost(string Id, string Page, DateTimeOffset At, int Likes, int Comments, int Shares, int Saves)
    {
        public bool InJuly => InMonth(7);

        public bool InMonth(int month) => At.ToOffset(Almaty) is { Year: 2020 } local && local.Month == month;
    }

    /// <summary>The sample's pages without their per-post columns: id, names, network, region, followers, engaged users, eligibility.</summary>
    private static string PagesWithoutPostColumns(TempDir dir)
    {
        string[] keep = ["id", "name_en", "name_ru", "network", "region", "followers", "engaged_users", "eligible", "exclusion_reason"];
        // exclusion_reason, the last column, is the only one that may hold a (quoted) comma.
        string[][] rows = [.. File.ReadAllLines(CliRunner.SamplePages).Select(l => l.Split(',', 14))];
        int[] columns = [.. keep.Select(k => Array.IndexOf(rows[0], k))];
        return dir.Write("pages.csv", string.Concat(rows.Select(r => string.Join(',', columns.Select(c => r[c])) + "\n")));
    }

    private static string[] SampleIds() => [.. File.ReadAllLines(CliRunner.SamplePages).Skip(1).Select(l => l.Split(',')[0])];

    /// <summary>Random posts on the sample's pages (seeded), some just outside July on Almaty's clock, with a few on a page the pages file lacks and a few repeated ids.</summary>
    private static List<TestPost> RandomPosts(int seed)
    {
        var random = new Random(seed);
        string[] ids = SampleIds();
        var julyStart = new DateTimeOffset(2020, 7, 1, 0, 0, 0, Almaty);
        var posts = new List<TestPost>();
        foreach (string page in ids)
        {
            int count = page == "kostanay-ig" ? 0 : random.Next(4, 12);
            for (int i = 0; i < count; i++)
            {
                // Minutes from 2 days before July to 2 days after, with July's first and last minutes on Almaty's clock.
                DateTimeOffset at = i switch
                {
                    0 => julyStart,
                    1 => julyStart.AddMinutes(-1),
                    2 => julyStart.AddMonths(1).AddMinutes(-1),
                    3 => julyStart.AddMonths(1),
                    _ => julyStart.AddMinutes(random.Next(-2 * 1440, 33 * 1440)),
                };
                posts.Add(new TestPost($"{page}-{i}", page, at, random.Next(500), random.Next(50), random.Next(20), random.Next(10)));
            }
        }

        posts.Add(new TestPost("stray-1", "no-such-page", julyStart.AddDays(3), 1000, 10, 0, 0));
        posts.Add(posts[5] with { Likes = 99_999 });
        return posts;
    }

    /// <summary>Writes the posts as a CSV; times in the forms a reader accepts, in turn: ISO with offset, ISO in UTC, Meta's month-first local time, the Russian day-first local time.</summary>
    private static string WritePosts(TempDir dir, IEnumerable<TestPost> posts, string name = "posts.csv")
    {
        var sb = new StringBuilder("post_id,page_id,publish_time,likes,comments,shares,saves\n");
        int n = 0;
        foreach (TestPost p in posts)
        {
            string time = (n++ % 4) switch
            {
                0 => p.At.ToOffset(TimeSpan.FromHours(-3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                1 => p.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                2 => p.At.ToOffset(Almaty).ToString("MM/dd/yyyy HH:mm", CultureInfo.InvariantCulture),
                _ => p.At.ToOffset(Almaty).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            };
            sb.Append(CultureInfo.InvariantCulture, $"{p.Id},{p.Page},{time},{p.Likes},{p.Comments},{p.Shares},{p.Saves}\n");
        }

        return dir.Write(name, sb.ToString());
    }

    /// <summary>The sample's pages with the July posts summed by the test: an ordinary pages file for plain <c>rate</c>.</summary>
    private static string WriteSummedPages(TempDir dir, List<TestPost> posts, int month = 7)
    {
        var counted = posts.GroupBy(p => p.Id).Select(g => g.First()).Where(p => p.InMonth(month)).ToList();
        string[] lines = File.ReadAllLines(CliRunner.SamplePages);
        string[] header = lines[0].Split(',');
        var sb = new StringBuilder(lines[0] + "\n");
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',', header.Length);
            var mine = counted.Where(p => p.Page == cells[0]).ToList();
            cells[Array.IndexOf(header, "posts")] = mine.Count.ToString(CultureInfo.InvariantCulture);
            cells[Array.IndexOf(header, "likes")] = mine.Sum(p => p.Likes).ToString(CultureInfo.InvariantCulture);
            cells[Array.IndexOf(header, "comments")] = mine.Sum(p => p.Comments).ToString(CultureInfo.InvariantCulture);
            cells[Array.IndexOf(header, "shares")] = mine.Sum(p => p.Shares).ToString(CultureInfo.InvariantCulture);
            cells[Array.IndexOf(header, "saves")] = mine.Sum(p => p.Saves).ToString(CultureInfo.InvariantCulture);
            sb.Append(string.Join(',', cells)).Append('\n');
        }

        return dir.Write($"summed-{month:D2}.csv", sb.ToString());
    }

    /// <summary>Each rated page's place, total and indicator values, from <c>rate --format json</c>.</summary>
    private static Dictionary<string, string> Places(string json)
        => JsonDocument.Parse(json).RootElement.GetProperty("pages").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => p.GetProperty("place").GetDouble().ToString(CultureInfo.InvariantCulture) + " " + p.GetProperty("total").GetRawText());

    private static string Title(string json) => JsonDocument.Parse(json).RootElement.GetProperty("title").GetString()!;

    [Fact]
    public async Task Posts_RandomPosts_GiveThePlacesOfThePagesFileOfTheirSums()
    {
        using var dir = new TempDir();
        List<TestPost> posts = RandomPosts(2020);
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = WritePosts(dir, posts);
        string summed = WriteSummedPages(dir, posts);

        Run fromPosts = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Run plain = await CliRunner.RunAsync("rate", summed, "--regions", CliRunner.SampleRegions, "--format", "json");

        Assert.True(fromPosts.ExitCode == 0, fromPosts.Stderr);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Dictionary<string, string> expected = Places(plain.Stdout);
        Assert.Equal(25, expected.Count);
        Assert.Equal(expected.OrderBy(p => p.Key), Places(fromPosts.Stdout).OrderBy(p => p.Key));
        Assert.Equal(Title(plain.Stdout) + ": posts of 2020-07, time zone Asia/Almaty", Title(fromPosts.Stdout));

        // Every post not counted is named: the counts come from the test's own bookkeeping.
        int duplicates = posts.Count - posts.Select(p => p.Id).Distinct().Count();
        int outside = posts.GroupBy(p => p.Id).Select(g => g.First()).Count(p => p.Page != "no-such-page" && !p.InJuly);
        string[] notes = fromPosts.Stderr.Split('\n');
        Assert.Contains(notes, n => n.StartsWith($"note: {postsFile}: {duplicates} post not counted: its post id is already used on an earlier line, whose post is counted (line {posts.Count + 1}: '{posts[5].Id}', first on line 7).", StringComparison.Ordinal));
        Assert.Contains(notes, n => n == $"note: {postsFile}: 1 post not counted: its page is not in {pages} (line {posts.Count}: page 'no-such-page').");
        Assert.Contains(notes, n => n.StartsWith($"note: {postsFile}: {outside} posts not counted: published outside 2020-07 in time zone Asia/Almaty (line 3: 2020-06-30T23:59:00+06:00; line 5: 2020-08-01T00:00:00+06:00;", StringComparison.Ordinal)
            && n.EndsWith($"; and {outside - 5} more).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posts_MetaBusinessSuiteExport_WithBomRussianNamesAndMissingColumns_RatesAsItsSums()
    {
        using var dir = new TempDir();
        List<TestPost> posts = RandomPosts(7);
        string pages = PagesWithoutPostColumns(dir);

        // Invented rows in the layout of a Meta Business Suite post export (Facebook pages): UTF-8 with a byte order mark,
        // Meta's headers, month-first local times, Russian page names, extra columns, no Views or Reach column.
        var sb = new StringBuilder("Post ID,Page ID,Page name,Title,Publish time,Permalink,Post type,Reactions,Comments,Shares,Saves,Date\n");
        foreach (TestPost p in posts)
        {
            string time = p.At.ToOffset(Almaty).ToString("MM/dd/yyyy HH:mm", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{p.Id},{p.Page},\"Акимат, страница «{p.Page}»\",Пост № {p.Id},{time},https://example.org/{p.Id},Photos,{p.Likes},{p.Comments},{p.Shares},{p.Saves},Lifetime\n");
        }

        string export = Path.Combine(dir.Path, "meta-export.csv");
        await File.WriteAllTextAsync(export, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(export)).Take(3));

        Run fromPosts = await CliRunner.RunProcessAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", export, "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Run plain = await CliRunner.RunAsync("rate", WriteSummedPages(dir, posts), "--regions", CliRunner.SampleRegions, "--format", "json");

        Assert.True(fromPosts.ExitCode == 0, fromPosts.Stderr);
        Assert.Equal(Places(plain.Stdout).OrderBy(p => p.Key), Places(fromPosts.Stdout).OrderBy(p => p.Key));
        string[] notes = fromPosts.Stderr.Split('\n');
        Assert.Contains($"note: {export}: ignored columns: Title, Permalink, Post type, Date.", notes);
        Assert.Contains($"note: {export}: no column for views, reach; those counts are unknown for every post.", notes);
    }

    [Fact]
    public async Task Posts_RussianHeadersAndXlsx_ReadAsTheEnglishCsv()
    {
        using var dir = new TempDir();
        List<TestPost> posts = RandomPosts(11);
        string pages = PagesWithoutPostColumns(dir);
        var rows = posts.Select(p => new Dictionary<string, object?>
        {
            ["ID поста"] = p.Id,
            ["Страница"] = p.Page,
            ["Дата публикации"] = p.At.ToOffset(Almaty).DateTime,
            ["Лайки"] = p.Likes,
            ["Комментарии"] = p.Comments,
            ["Репосты"] = p.Shares,
            ["Сохранения"] = p.Saves,
        }).ToList();
        string xlsx = dir.File("posts.xlsx");
        MiniExcel.SaveAs(xlsx, rows);

        Run fromSheet = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", xlsx, "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Run fromCsv = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", WritePosts(dir, posts), "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");

        Assert.True(fromSheet.ExitCode == 0, fromSheet.Stderr);
        Assert.Equal(Places(fromCsv.Stdout).OrderBy(p => p.Key), Places(fromSheet.Stdout).OrderBy(p => p.Key));
        string[] notes = fromSheet.Stderr.Split('\n');
        Assert.Contains($"note: {xlsx}: 1 post not counted: its page is not in {pages} (row {posts.Count}: page 'no-such-page').", notes);

        // The sheet's date cells keep their time of day: the first post before July is at 23:59.
        Assert.Contains(notes, n => n.StartsWith($"note: {xlsx}: ", StringComparison.Ordinal) && n.Contains("published outside 2020-07 in time zone Asia/Almaty (row 3: 2020-06-30T23:59:00+06:00; row 5: 2020-08-01T00:00:00+06:00;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posts_DefaultZoneIsUtc_AndARangeIsOnePeriod()
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);

        // 30 June 20:00 UTC is 1 July 02:00 in Almaty: in July there, in June in UTC.
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes,comments,shares,saves\n1,atyrau-ig,2020-06-30T20:00:00Z,10,0,0,0\n2,atyrau-ig,2020-05-31 23:00,5,0,0,0\n");
        Run utc = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-07", "--format", "json");
        Run range = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-05..2020-07", "--format", "json");

        Assert.Equal(0, utc.ExitCode);
        Assert.EndsWith(": posts of 2020-07, time zone UTC", Title(utc.Stdout), StringComparison.Ordinal);
        Assert.Contains($"note: {postsFile}: 2 posts not counted: published outside 2020-07 in time zone UTC (line 2: 2020-06-30T20:00:00+00:00; line 3: 2020-05-31T23:00:00+00:00).", utc.Stderr.Split('\n'));
        Run russian = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-07", "--tz", "Asia/Almaty", "--lang", "ru", "--format", "json");
        Assert.EndsWith(": публикации за 2020-07, часовой пояс Asia/Almaty", Title(russian.Stdout), StringComparison.Ordinal);
        Assert.Equal(0, range.ExitCode);
        Assert.EndsWith(": posts of 2020-05..2020-07, time zone UTC", Title(range.Stdout), StringComparison.Ordinal);
        Assert.DoesNotContain("not counted", range.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_NotCountedUnderStrict_ExitsWith2()
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes,comments,shares,saves\n1,atyrau-ig,2020-07-02T10:00:00+06:00,10,0,0,0\n1,atyrau-ig,2020-07-03T10:00:00+06:00,5,0,0,0\n");

        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-07", "--strict");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {postsFile}: 1 post not counted: its post id is already used on an earlier line, whose post is counted (line 3: '1', first on line 2). (--strict)\n", run.Stderr[run.Stderr.IndexOf("error:", StringComparison.Ordinal)..]);
        Assert.Equal("", run.Stdout);
    }

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["--posts", "{posts}", "--period", "2020-07", "--tz", "Asia/Almati"], "--tz Asia/Almati: unknown time zone; give an IANA time zone id such as Asia/Almaty, Europe/Berlin or UTC." },
        { ["--posts", "{posts}", "--period", "2020-7"], "--period 2020-7: give a month as yyyy-MM (e.g. 2020-07) or a range of months as yyyy-MM..yyyy-MM (e.g. 2020-05..2020-07), the first not after the last." },
        { ["--posts", "{posts}", "--period", "2020-08..2020-07"], "--period 2020-08..2020-07: give a month as yyyy-MM (e.g. 2020-07) or a range of months as yyyy-MM..yyyy-MM (e.g. 2020-05..2020-07), the first not after the last." },
        { ["--posts", "{posts}", "--period", "2020-13"], "--period 2020-13: give a month as yyyy-MM (e.g. 2020-07) or a range of months as yyyy-MM..yyyy-MM (e.g. 2020-05..2020-07), the first not after the last." },
        { ["--posts", "{posts}"], "--posts needs --period: the month to rate, e.g. --period 2020-07 (or a range, 2020-05..2020-07)." },
        { ["--period", "2020-07"], "--period chooses the posts a rating counts: give --posts posts.csv too." },
        { ["--posts", "{posts}", "--period", "2020-05..2020-07", "--every", "month"], "--every month makes one edition per month, and rate writes one: give the same options to 'socialrank history' (e.g. socialrank history pages.csv --posts posts.csv --period 2020-05..2020-07 --every month)." },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Posts_BadOptions_ExitWith2AndSaySo(string[] options, string message)
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes\n1,atyrau-ig,2020-07-02T10:00:00+06:00,10\n");

        Run run = await CliRunner.RunAsync(["rate", pages, "--regions", CliRunner.SampleRegions, .. options.Select(o => o.Replace("{posts}", postsFile, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {message}\n", run.Stderr);
    }

    public static TheoryData<string, string> BadCells => new()
    {
        { "1,atyrau-ig,2020-07-32 10:00,10", "'2020-07-32 10:00' is not a publish time; write 2020-07-01T09:15:00+06:00 (ISO 8601, with or without an offset), 07/01/2020 09:15 (month first, as Meta exports) or 01.07.2020 09:15 (day first)." },
        { "1,atyrau-ig,,10", "the publish time is empty." },
        { "1,atyrau-ig,2020-03-29 02:30,10", "'2020-03-29 02:30' does not exist in time zone Europe/Berlin: the clock skips it (a daylight-saving change); write the time with its offset." },
        { "1,atyrau-ig,2020-07-02 10:00,-3", "'-3' is negative; counts must be 0 or more." },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public async Task Posts_BadCell_NamesFileLineColumnAndValue(string row, string message)
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes\n" + row + "\n");
        string column = message.StartsWith("'-3'", StringComparison.Ordinal) ? "likes" : "publish time";

        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-07", "--tz", "Europe/Berlin");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {postsFile}, line 2, column '{column}': {message}\n", run.Stderr[run.Stderr.IndexOf("error:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Posts_BerlinAutumnChange_AnHourTheClockShowsTwiceIsItsFirst()
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);

        // 25 October 2020, 02:30 in Berlin happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET): the first is taken,
        // so a post written 01.11.2020 00:00 is November's first minute and one written 31.10.2020 23:59 October's last.
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes\n1,atyrau-ig,25.10.2020 02:30,1\n2,atyrau-ig,01.11.2020 00:00,1\n3,atyrau-ig,31.10.2020 23:59,1\n");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-11", "--tz", "Europe/Berlin", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"note: {postsFile}: 2 posts not counted: published outside 2020-11 in time zone Europe/Berlin (line 2: 2020-10-25T02:30:00+02:00; line 4: 2020-10-31T23:59:00+01:00).", run.Stderr.Split('\n'));
    }

    [Fact]
    public async Task History_PostsEveryMonth_GivesTheHistoryOfThePagesFilesOfEachMonthsSums()
    {
        using var dir = new TempDir();
        var random = new Random(515);
        var mayStart = new DateTimeOffset(2020, 5, 1, 0, 0, 0, Almaty);
        List<TestPost> posts = [.. SampleIds().SelectMany(page => Enumerable.Range(0, random.Next(3, 30)).Select(i =>
            new TestPost($"{page}-{i}", page, mayStart.AddMinutes(random.Next(-1440, 93 * 1440)), random.Next(500), random.Next(50), random.Next(20), random.Next(10))))];
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = WritePosts(dir, posts);
        string[] monthly = [WriteSummedPages(dir, posts, 5), WriteSummedPages(dir, posts, 6), WriteSummedPages(dir, posts, 7)];

        Run fromPosts = await CliRunner.RunAsync("history", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-05..2020-07", "--every", "month", "--tz", "Asia/Almaty", "--format", "json");
        Run plain = await CliRunner.RunAsync(["history", .. monthly, "--regions", CliRunner.SampleRegions, "--format", "json"]);
        Run text = await CliRunner.RunAsync("history", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-05..2020-07", "--every", "month", "--tz", "Asia/Almaty");

        Assert.True(fromPosts.ExitCode == 0, fromPosts.Stderr);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        JsonElement got = JsonDocument.Parse(fromPosts.Stdout).RootElement;
        JsonElement expected = JsonDocument.Parse(plain.Stdout).RootElement;
        Assert.Equal(["2020-05", "2020-06", "2020-07"], got.GetProperty("editions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(expected.GetProperty("pages").GetRawText(), got.GetProperty("pages").GetRawText());
        Assert.StartsWith("History: 3 editions, 2020-05 to 2020-07 (months of posts, time zone Asia/Almaty);", text.Stdout, StringComparison.Ordinal);
        int outside = posts.Count(p => !p.InMonth(5) && !p.InMonth(6) && !p.InMonth(7));
        Assert.Contains(fromPosts.Stderr.Split('\n'), n => n.StartsWith($"note: {postsFile}: {outside} post{(outside == 1 ? "" : "s")} not counted: published outside 2020-05 to 2020-07 in time zone Asia/Almaty (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_PostsWithoutEveryOrWithTwoPagesFiles_ExitsWith2()
    {
        using var dir = new TempDir();
        string pages = PagesWithoutPostColumns(dir);
        string postsFile = dir.Write("posts.csv", "post id,page id,publish time,likes\n1,atyrau-ig,2020-07-02T10:00:00+06:00,10\n");

        Run one = await CliRunner.RunAsync("history", pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-05..2020-07");
        Run two = await CliRunner.RunAsync("history", pages, pages, "--regions", CliRunner.SampleRegions, "--posts", postsFile, "--period", "2020-05..2020-07", "--every", "month");

        Assert.Equal((2, "error: history follows pages across editions: give --period a range of months and --every month (got 1 edition, 2020-05..2020-07).\n"), (one.ExitCode, one.Stderr));
        Assert.Equal((2, "error: with --posts, give one pages file (the pages' own figures: followers, engaged users, population); the editions are the months of --period (got 2 files).\n"), (two.ExitCode, two.Stderr));
    }

    [Fact]
    public async Task Readme_PostsBlock_IsTheToolsOutput()
    {
        // The README's blocks, run from the repository root as written: the table's lines are the tool's stdout, in order
        // ("…" skips), and the notes are its stderr, whole.
        string readme = (await File.ReadAllTextAsync(Path.Combine(CliRunner.RepoRoot, "README.md"))).ReplaceLineEndings("\n");
        const string Command = "socialrank rate samples/data/akimat-2020-07.csv --regions samples/data/regions.csv --posts samples/data/akimat-2020-07-posts.csv --period 2020-07 --tz Asia/Almaty --top 5\n```\n\n```\n";
        int start = readme.IndexOf(Command, StringComparison.Ordinal) + Command.Length;
        Assert.True(start > Command.Length, "the README shows the posts command");
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        string[] shown = readme[start..end].Split('\n');
        const string Stderr = "\n```\n\nand on stderr:\n\n```\n";
        Assert.Equal(end, readme.IndexOf(Stderr, start, StringComparison.Ordinal));
        int notesStart = end + Stderr.Length;
        string notes = readme[notesStart..readme.IndexOf("\n```", notesStart, StringComparison.Ordinal)];

        Run run = await CliRunner.RunProcessAsync("rate", "samples/data/akimat-2020-07.csv", "--regions", "samples/data/regions.csv", "--posts", "samples/data/akimat-2020-07-posts.csv", "--period", "2020-07", "--tz", "Asia/Almaty", "--top", "5");

        Assert.Equal(0, run.ExitCode);
        string[] output = run.Stdout.Split('\n');
        int at = 0;
        foreach (string line in shown.Where(l => l != "…"))
        {
            at = Array.IndexOf(output, line, at);
            Assert.True(at >= 0, $"README line not in the output (in order): {line}");
        }

        Assert.Equal(notes + "\n", run.Stderr);
    }

    [Fact]
    public async Task Sample_PostsExport_RatesAsThePagesFileOfItsSums()
    {
        // The bundled invented export, summed here without the tool: the first row of each post id, on a page of the
        // pages file, published in July on Almaty's clock (UTC+6 all of 2020), parsed with its one fixed format.
        using var dir = new TempDir();
        string[] lines = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-07-posts.csv"), Encoding.UTF8);
        Assert.Equal("Post ID,Page ID,Page name,Publish time,Post type,Reactions,Comments,Shares,Saves", lines[0]);
        List<TestPost> posts = [.. lines.Skip(1).Select(l => l.Split(',')).Select(c => new TestPost(
            c[0], c[1], new DateTimeOffset(DateTime.ParseExact(c[3], "MM/dd/yyyy HH:mm", CultureInfo.InvariantCulture), Almaty),
            int.Parse(c[5], CultureInfo.InvariantCulture), int.Parse(c[6], CultureInfo.InvariantCulture), int.Parse(c[7], CultureInfo.InvariantCulture), int.Parse(c[8], CultureInfo.InvariantCulture)))];

        Run fromPosts = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--posts", Path.Combine(CliRunner.RepoRoot, "samples", "data", "akimat-2020-07-posts.csv"), "--period", "2020-07", "--tz", "Asia/Almaty", "--format", "json");
        Run plain = await CliRunner.RunAsync("rate", WriteSummedPages(dir, posts), "--regions", CliRunner.SampleRegions, "--format", "json");

        Assert.True(fromPosts.ExitCode == 0, fromPosts.Stderr);
        Assert.Equal(Places(plain.Stdout).OrderBy(p => p.Key), Places(fromPosts.Stdout).OrderBy(p => p.Key));
    }
}
