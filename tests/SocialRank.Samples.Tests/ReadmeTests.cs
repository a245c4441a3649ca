using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Sample;
using SocialRank.Zones;

namespace SocialRank.Samples.Tests;

/// <summary>Tests that write to <see cref="Console.Out"/> run alone, so no other test's output mixes in.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput;

/// <summary>
/// Keeps the README's quick start from rotting: its code is the snippet below, compiled and run here; the output it
/// shows is checked against the snippet's real output; and the sample output it shows is checked against the sample's.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public class ReadmeTests
{
    private const string SnippetUsings = "using SocialRank.Pages;\nusing SocialRank.Rating;\n";

    private const string RateAnythingUsings = "using SocialRank.Indicators;\nusing SocialRank.Rating;\nusing SocialRank.Zones;\n";

    // Worked by hand: revenue per staff Campus 45,000 > Corner 30,000 > Market 28,000 > Station 25,000 -> 1 2 3 4;
    // rating Station 4.8 > Corner 4.6 > Market 3.9 > Campus missing (ranked last) -> 1 2 3 4.
    // Totals: Corner 2 + 2 = 4, Campus 1 + 4 = 5, Station 4 + 1 = 5, Market 3 + 3 = 6; Campus and Station share place 2.
    // Top half: positions 1 and 2 of 4 (2 / 4 = 0.5), so the tied Campus and Station are both in it.
    private const string RateAnythingOutput =
        "1. Corner   total 4  top half  Total\n" +
        "2. Station  total 5  top half  Shared\n" +
        "2. Campus   total 5  top half  Shared\n" +
        "4. Market   total 6  others    Total\n";

    private const string SampleOutputMarker = "<!-- The real output of: dotnet run --project samples/SocialRank.Sample (trimmed where a line is ...) -->";

    // Worked by hand from the three pages' figures (METHOD section 2, min ties):
    //   followers            turkestan 131,704 > atyrau 112,087 > mangystau 74,562       -> 1 2 3
    //   followers, % of pop. atyrau 17.37 > mangystau 10.67 > turkestan 6.53            -> 2 1 3 (t a m: 3 1 2)
    //   engaged users        turkestan 33,981 > atyrau 19,103 > mangystau 17,962         -> 1 2 3
    //   engagement per post  turkestan 54,534/122 = 447.0 > atyrau 21,736/110 = 197.6 > mangystau 21,218/115 = 184.5
    //   engaged, % of pop.   atyrau 2.96 > mangystau 2.57 > turkestan 1.69
    //   ER                   turkestan 0.339 > mangystau 0.247 > atyrau 0.176
    // Totals: turkestan 1+3+1+1+3+1 = 10, atyrau 2+1+2+2+1+3 = 11, mangystau 3+2+3+3+2+2 = 15.
    private const string SnippetOutput =
        "1. turkestan-ig  places 1 3 1 1 3 1  total 10\n" +
        "2. atyrau-ig     places 2 1 2 2 1 3  total 11\n" +
        "3. mangystau-ig  places 3 2 3 3 2 2  total 15\n";

    [Fact]
    public void QuickStart_Snippet_PrintsThePlacesWorkedByHand()
    {
        Assert.Equal(SnippetOutput, Capture(QuickStart));
    }

    [Fact]
    public void Readme_QuickStart_ShowsTheCompiledSnippetVerbatim()
    {
        string expected = "```csharp\n" + SnippetUsings + "\n" + SnippetFromThisFile() + "```\n";

        Assert.Contains(expected, ReadRepositoryFile("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_QuickStart_ShowsTheSnippetsOutput()
    {
        Assert.Contains("```\n" + SnippetOutput + "```\n", ReadRepositoryFile("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_Snippet_PrintsTheQuickStartsPlaces()
    {
        // The same three pages held in columns: the same places and totals, worked by hand above.
        Assert.Equal(SnippetOutput, Capture(Columns));
    }

    [Fact]
    public void Readme_Columns_ShowsTheCompiledSnippet()
    {
        string readme = ReadRepositoryFile("README.md");
        Assert.Contains("```csharp\n" + SnippetFromThisFile("readme-columns") + "```\n", readme, StringComparison.Ordinal);
        Assert.True(readme.IndexOf("### Pages in columns", StringComparison.Ordinal) > readme.IndexOf("### Rate your own pages", StringComparison.Ordinal));
    }

    [Fact]
    public void RateAnything_Snippet_PrintsThePlacesWorkedByHand()
    {
        Assert.Equal(RateAnythingOutput, Capture(RateAnything));
    }

    [Fact]
    public void Readme_RateAnything_ShowsTheCompiledSnippetAndItsOutput()
    {
        string readme = ReadRepositoryFile("README.md");
        string expected = "```csharp\n" + RateAnythingUsings + "\n" + SnippetFromThisFile("readme-rate-anything")
            + "\n" + SnippetFromThisFile("readme-rate-anything-types") + "```\n";

        Assert.Contains(expected, readme, StringComparison.Ordinal);
        Assert.Contains("```\n" + RateAnythingOutput + "```\n", readme, StringComparison.Ordinal);
        Assert.True(readme.IndexOf("### Rate anything", StringComparison.Ordinal) > readme.IndexOf("### Rate your own pages", StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_SampleOutput_IsTheSamplesRealOutputInOrder()
    {
        string readme = ReadRepositoryFile("README.md");
        int marker = readme.IndexOf(SampleOutputMarker, StringComparison.Ordinal);
        Assert.True(marker >= 0, "README.md lacks the line " + SampleOutputMarker);
        int open = readme.IndexOf("```\n", marker, StringComparison.Ordinal) + 4;
        int close = readme.IndexOf("```\n", open, StringComparison.Ordinal);
        string[] shown = [.. readme[open..close].TrimEnd('\n').Split('\n').Where(l => l.Trim() != "...")];

        var real = new StringWriter { NewLine = "\n" };
        AkimatReport.Write(real, AkimatRating.Rate(), SampleLanguage.English);
        string[] lines = real.ToString().Split('\n');

        Assert.True(shown.Length >= 20, "the README shows only " + shown.Length + " lines of the sample's output");
        int at = 0;
        foreach (string line in shown)
        {
            int found = Array.IndexOf(lines, line, at);
            Assert.True(found >= 0, "README.md shows a line the sample does not print (in this order): '" + line + "'");
            at = found + 1;
        }
    }

    private static void QuickStart()
    {
        // begin-snippet: readme-quick-start
        PageStats[] pages =
        [
            new("atyrau-ig") { Followers = 112_087, Posts = 110, Likes = 19_994, Comments = 1_309, Shares = 0, Saves = 433, EngagedUsers = 19_103, Population = 645_280 },
            new("turkestan-ig") { Followers = 131_704, Posts = 122, Likes = 50_376, Comments = 2_827, Shares = 0, Saves = 1_331, EngagedUsers = 33_981, Population = 2_016_037 },
            new("mangystau-ig") { Followers = 74_562, Posts = 115, Likes = 19_296, Comments = 1_090, Shares = 0, Saves = 832, EngagedUsers = 17_962, Population = 698_796 },
        ];

        // The article's method: six indicators, a page's place on each is its penalty, the fewest points win.
        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(pages);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            string places = string.Join(" ", row.Scores.Select(s => s.Place));
            Console.WriteLine($"{row.FinalPlace}. {row.Id,-13} places {places}  total {row.Total}");
        }
        // end-snippet
    }

    private static void Columns()
    {
        // begin-snippet: readme-columns
        // Ids and one array per figure (NaN for unknown): no object per page.
        var columns = new PageColumns(new[] { "atyrau-ig", "turkestan-ig", "mangystau-ig" })
            .With(PageFields.Followers, new double[] { 112_087, 131_704, 74_562 })
            .With(PageFields.Posts, new double[] { 110, 122, 115 })
            .With(PageFields.Likes, new double[] { 19_994, 50_376, 19_296 })
            .With(PageFields.Comments, new double[] { 1_309, 2_827, 1_090 })
            .With(PageFields.Shares, new double[] { 0, 0, 0 })
            .With(PageFields.Saves, new double[] { 433, 1_331, 832 })
            .With(PageFields.EngagedUsers, new double[] { 19_103, 33_981, 17_962 })
            .With(PageFields.Population, new double[] { 645_280, 2_016_037, 698_796 });

        RatingResult<PageStats> result = RatingMethod.Article().Evaluate(columns);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            string places = string.Join(" ", row.Scores.Select(s => s.Place));
            Console.WriteLine($"{row.FinalPlace}. {row.Id,-13} places {places}  total {row.Total}");
        }
        // end-snippet
    }

    // begin-snippet: readme-rate-anything-types
    record Cafe(string Name, double Revenue, int Staff, double? Rating);
    // end-snippet

    private static void RateAnything()
    {
        // begin-snippet: readme-rate-anything
        Cafe[] cafes =
        [
            new("Corner", Revenue: 120_000, Staff: 4, Rating: 4.6),
            new("Station", Revenue: 200_000, Staff: 8, Rating: 4.8),
            new("Campus", Revenue: 90_000, Staff: 2, Rating: null),
            new("Market", Revenue: 140_000, Staff: 5, Rating: 3.9),
        ];

        // Your own type and indicators: each ranks the cafes, a place is a penalty, the fewest points win.
        RatingMethod<Cafe> method = RatingMethod.For<Cafe>(c => c.Name)
            .Add("revenue per staff", c => c.Revenue / c.Staff, Better.Higher)
            .Add("rating", c => c.Rating, Better.Higher) // null is missing: ranked last
            .AddZones(QuantileZoneScheme.Top("top half", 0.5, new Zone("top half", "#2e7d32"), new Zone("others", "#ffffff")))
            .Build();

        foreach (RatingRow<Cafe> row in method.Evaluate(cafes).Rows)
        {
            Console.WriteLine($"{row.FinalPlace}. {row.Id,-8} total {row.Total}  {row.ZoneOf(0)?.Name,-8}  {row.Decision.Kind}");
        }
        // end-snippet
    }

    private static string Capture(Action action)
    {
        TextWriter original = Console.Out;
        var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    private static string SnippetFromThisFile(string name = "readme-quick-start")
    {
        string[] lines = ReadRepositoryFile(Path.Combine("tests", "SocialRank.Samples.Tests", "ReadmeTests.cs")).Split('\n');
        int begin = Array.FindIndex(lines, l => l.Trim() == "// begin-snippet: " + name);
        int end = begin < 0 ? -1 : Array.FindIndex(lines, begin, l => l.Trim() == "// end-snippet");
        Assert.True(begin >= 0 && end > begin, "the snippet markers are missing");
        string[] body = lines[(begin + 1)..end];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(body.Select(l => (l.Trim().Length == 0 ? "" : l[indent..]) + "\n"));
    }

    private static string ReadRepositoryFile(string relativePath)
    {
        string root = SampleData.FindRepositoryRoot() ?? throw new DirectoryNotFoundException("The repository root (SocialRank.sln) was not found.");
        return File.ReadAllText(Path.Combine(root, relativePath)).ReplaceLineEndings("\n");
    }
}
