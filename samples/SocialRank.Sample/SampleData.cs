using System.Globalization;
using System.Text;

namespace SocialRank.Sample;

/// <summary>The language the sample prints names and headings in.</summary>
public enum SampleLanguage
{
    /// <summary>English names and headings (the default).</summary>
    English,

    /// <summary>Russian names and headings, as in the article.</summary>
    Russian,
}

/// <summary>One region of <c>samples/data/regions.csv</c>: a real population on 1 January 2020.</summary>
/// <param name="Id">The region id, e.g. <c>atyrau</c>.</param>
/// <param name="NameEnglish">The English name, e.g. "Atyrau Region".</param>
/// <param name="NameRussian">The Russian name, e.g. "Атырауская область".</param>
/// <param name="Population">Resident population on 1 January 2020 (people).</param>
public sealed record SampleRegion(string Id, string NameEnglish, string NameRussian, long Population)
{
    /// <summary>Returns the region's name in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Name(SampleLanguage language) => language == SampleLanguage.Russian ? NameRussian : NameEnglish;
}

/// <summary>
/// One page of <c>samples/data/akimat-2020-07.csv</c> joined with its region. The page figures are an illustrative
/// reconstruction (invented); only the population is real.
/// </summary>
/// <param name="Id">The page id, e.g. <c>atyrau-ig</c>.</param>
/// <param name="NameEnglish">The English display name.</param>
/// <param name="NameRussian">The Russian display name.</param>
/// <param name="Network"><c>Facebook</c> or <c>Instagram</c>.</param>
/// <param name="Region">The owning region, with its population.</param>
/// <param name="Followers">Followers at the end of July 2020.</param>
/// <param name="Posts">Posts published in July 2020.</param>
/// <param name="Likes">Likes (reactions) on the month's posts.</param>
/// <param name="Comments">Comments on the month's posts.</param>
/// <param name="Shares">Shares (reposts) of the month's posts.</param>
/// <param name="Saves">Saves of the month's posts.</param>
/// <param name="EngagedUsers">Unique users who interacted with the page in July 2020.</param>
/// <param name="ExclusionReason">Why the page is left out of the rating, or <see langword="null"/> when it is rated.</param>
public sealed record SamplePage(
    string Id,
    string NameEnglish,
    string NameRussian,
    string Network,
    SampleRegion Region,
    long Followers,
    long Posts,
    long Likes,
    long Comments,
    long Shares,
    long Saves,
    long EngagedUsers,
    string? ExclusionReason)
{
    /// <summary>Gets a value indicating whether the page takes part in the rating.</summary>
    public bool IsEligible => ExclusionReason is null;

    /// <summary>Returns the page's display name in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Name(SampleLanguage language) => language == SampleLanguage.Russian ? NameRussian : NameEnglish;
}

/// <summary>
/// Loads the bundled July 2020 sample (<c>samples/data/</c>). The core library reads no files by design, so the
/// sample reads its two small CSV files itself; the sample program, the sample scripts, the notebooks and the
/// tests all load the data through this one class.
/// </summary>
public static class SampleData
{
    /// <summary>The file name of the pages' figures.</summary>
    public const string PagesFileName = "akimat-2020-07.csv";

    /// <summary>The file name of the regions' populations.</summary>
    public const string RegionsFileName = "regions.csv";

    /// <summary>The line every printed table of the sample carries, in English.</summary>
    public const string ReconstructionNoticeEnglish =
        "Illustrative reconstruction: the page figures are invented to match the article's findings; only the populations are real.";

    /// <summary>The line every printed table of the sample carries, in Russian.</summary>
    public const string ReconstructionNoticeRussian =
        "Иллюстративная реконструкция: цифры страниц придуманы так, чтобы выполнялись выводы статьи; реальна только численность населения.";

    private static readonly string[] PageColumns =
    [
        "id", "name_en", "name_ru", "network", "region", "followers", "posts", "likes", "comments", "shares", "saves",
        "engaged_users", "eligible", "exclusion_reason",
    ];

    private static readonly string[] RegionColumns = ["region_id", "name_en", "name_ru", "population"];

    /// <summary>Returns the reconstruction notice in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The notice.</returns>
    public static string ReconstructionNotice(SampleLanguage language) =>
        language == SampleLanguage.Russian ? ReconstructionNoticeRussian : ReconstructionNoticeEnglish;

    /// <summary>
    /// Finds the folder that holds the sample data: <c>samples/data</c> of the repository that contains the running
    /// program (found by walking up from <see cref="AppContext.BaseDirectory"/>, then from the current folder, to the
    /// folder with <c>SocialRank.sln</c>), or else the <c>data</c> folder copied next to the program.
    /// </summary>
    /// <returns>The full path of the data folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder with the sample data was found.</exception>
    public static string FindDataDirectory()
    {
        string? root = FindRepositoryRoot();
        if (root is not null)
        {
            return Path.Combine(root, "samples", "data");
        }

        string copied = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(copied, PagesFileName)))
        {
            return copied;
        }

        throw new DirectoryNotFoundException(
            "The sample data was not found: no folder above '" + AppContext.BaseDirectory +
            "' holds SocialRank.sln, and '" + copied + "' has no " + PagesFileName + ".");
    }

    /// <summary>
    /// Returns the repository root (the folder with <c>SocialRank.sln</c>) above <see cref="AppContext.BaseDirectory"/>
    /// or the current folder, or <see langword="null"/> when neither is inside the repository.
    /// </summary>
    /// <returns>The root's full path, or <see langword="null"/>.</returns>
    public static string? FindRepositoryRoot() =>
        FindUp(AppContext.BaseDirectory) ?? FindUp(Directory.GetCurrentDirectory());

    /// <summary>Loads the bundled sample: every page of <c>akimat-2020-07.csv</c> with its region, in file order.</summary>
    /// <returns>The 26 listed pages, the ineligible one included.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder with the sample data was found.</exception>
    /// <exception cref="FormatException">A file is not in the documented format.</exception>
    public static IReadOnlyList<SamplePage> Load() => Load(FindDataDirectory());

    /// <summary>Loads the pages and regions from <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">A folder holding <c>akimat-2020-07.csv</c> and <c>regions.csv</c>.</param>
    /// <returns>Every listed page with its region, in file order.</returns>
    /// <exception cref="FormatException">A file is not in the documented format.</exception>
    public static IReadOnlyList<SamplePage> Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string regionsPath = Path.Combine(dataDirectory, RegionsFileName);
        string pagesPath = Path.Combine(dataDirectory, PagesFileName);
        IReadOnlyList<SampleRegion> regions;
        using (var reader = new StreamReader(regionsPath, Encoding.UTF8))
        {
            regions = ReadRegions(reader, regionsPath);
        }

        using (var reader = new StreamReader(pagesPath, Encoding.UTF8))
        {
            return ReadPages(reader, pagesPath, regions);
        }
    }

    /// <summary>Reads regions in the format of <c>regions.csv</c>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name to show in error messages (e.g. the file path).</param>
    /// <returns>The regions, in file order.</returns>
    /// <exception cref="FormatException">The text is not in the documented format.</exception>
    public static IReadOnlyList<SampleRegion> ReadRegions(TextReader reader, string source)
    {
        var regions = new List<SampleRegion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRow row in ReadTable(reader, source, RegionColumns))
        {
            var region = new SampleRegion(
                row.Text("region_id"), row.Text("name_en"), row.Text("name_ru"), row.Count("population"));
            if (!ids.Add(region.Id))
            {
                throw row.Error("region_id", "'" + region.Id + "' is listed twice");
            }

            regions.Add(region);
        }

        return regions;
    }

    /// <summary>Reads pages in the format of <c>akimat-2020-07.csv</c>, joining each page to its region.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name to show in error messages (e.g. the file path).</param>
    /// <param name="regions">The regions the pages' <c>region</c> column refers to.</param>
    /// <returns>The pages, in file order.</returns>
    /// <exception cref="FormatException">The text is not in the documented format.</exception>
    public static IReadOnlyList<SamplePage> ReadPages(TextReader reader, string source, IReadOnlyList<SampleRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var byId = new Dictionary<string, SampleRegion>(StringComparer.Ordinal);
        foreach (SampleRegion region in regions)
        {
            byId[region.Id] = region;
        }

        var pages = new List<SamplePage>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRow row in ReadTable(reader, source, PageColumns))
        {
            string id = row.Text("id");
            if (!ids.Add(id))
            {
                throw row.Error("id", "'" + id + "' is listed twice");
            }

            string regionId = row.Text("region");
            if (!byId.TryGetValue(regionId, out SampleRegion? region))
            {
                throw row.Error("region", "'" + regionId + "' is not a region of the regions file");
            }

            string eligible = row.Text("eligible");
            string? reason = row.Text("exclusion_reason");
            reason = reason.Length == 0 ? null : reason;
            if (eligible == "true")
            {
                if (reason is not null)
                {
                    throw row.Error("exclusion_reason", "an eligible page must have no exclusion reason");
                }
            }
            else if (eligible == "false")
            {
                if (reason is null)
                {
                    throw row.Error("exclusion_reason", "an ineligible page needs an exclusion reason");
                }
            }
            else
            {
                throw row.Error("eligible", "must be 'true' or 'false' but was '" + eligible + "'");
            }

            pages.Add(new SamplePage(
                id,
                row.Text("name_en"),
                row.Text("name_ru"),
                row.Text("network"),
                region,
                row.Count("followers"),
                row.Count("posts"),
                row.Count("likes"),
                row.Count("comments"),
                row.Count("shares"),
                row.Count("saves"),
                row.Count("engaged_users"),
                reason));
        }

        return pages;
    }

    /// <summary>
    /// Splits CSV text into rows of fields: comma-separated, fields may be quoted with <c>"</c> (a doubled quote inside
    /// is one quote, commas and line breaks inside quotes are text), lines end with LF or CRLF.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The rows, the header included; an empty last line is not a row.</returns>
    /// <exception cref="FormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static IEnumerable<string[]> ReadCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool wasQuoted = false;
        bool rowStarted = false;
        int line = 1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    rowStarted = true;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    yield return fields.ToArray();
                    fields.Clear();
                    field.Clear();
                    wasQuoted = false;
                    rowStarted = false;
                    line++;
                    break;
                case '"':
                    if (field.Length > 0 || wasQuoted)
                    {
                        throw new FormatException(Invariant($"CSV line {line}: a quote inside an unquoted field."));
                    }

                    quoted = true;
                    wasQuoted = true;
                    rowStarted = true;
                    break;
                default:
                    if (wasQuoted)
                    {
                        throw new FormatException(Invariant($"CSV line {line}: text after a closing quote."));
                    }

                    field.Append(ch);
                    rowStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException(Invariant($"CSV line {line}: a quoted field is not closed."));
        }

        if (rowStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    private static IEnumerable<CsvRow> ReadTable(TextReader reader, string source, string[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        Dictionary<string, int>? index = null;
        int line = 0;
        foreach (string[] fields in ReadCsv(reader))
        {
            line++;
            if (index is null)
            {
                index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < fields.Length; i++)
                {
                    index[fields[i]] = i;
                }

                foreach (string column in columns)
                {
                    if (!index.ContainsKey(column))
                    {
                        throw new FormatException(source + ": the header has no column '" + column + "'.");
                    }
                }

                continue;
            }

            if (fields.Length != index.Count)
            {
                throw new FormatException(Invariant($"{source} line {line}: {fields.Length} fields but the header has {index.Count}."));
            }

            yield return new CsvRow(source, line, fields, index);
        }

        if (index is null)
        {
            throw new FormatException(source + ": the file is empty.");
        }
    }

    private static string? FindUp(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialRank.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly struct CsvRow(string source, int line, string[] fields, Dictionary<string, int> index)
    {
        public string Text(string column) => fields[index[column]];

        public long Count(string column)
        {
            string text = Text(column);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                throw Error(column, "must be a whole number >= 0 but was '" + text + "'");
            }

            return value;
        }

        public FormatException Error(string column, string what) =>
            new(Invariant($"{source} line {line}, column '{column}': {what}."));
    }
}
