#:project ../../src/SocialRank/SocialRank.csproj
#:property ProjectKind=Sample
#:property PublishAot=false

// Rate your own pages from a CSV file with the article's six indicators.
//
//   dotnet run samples/scripts/rate-your-own-csv.cs                          rates samples/scripts/my-pages.csv
//   dotnet run samples/scripts/rate-your-own-csv.cs -- path/to/pages.csv     rates your file
//
// The file: UTF-8, a header row, comma-separated, no quoted fields, with the columns
//   id,name,network,followers,posts,likes,comments,shares,saves,engaged_users,population
// in any order. An empty cell is an unknown value: it is missing, not 0, and a page with a missing value ranks
// last on the indicators that need it; only the population is required (a page without it is reported as bad input).
// (For quoted fields or Excel files use the socialrank command-line tool.)
// my-pages.csv is invented: six pages of imaginary libraries.
using System.Globalization;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;

string path = args.Length > 0
    ? args[0]
    : Path.Combine((string)AppContext.GetData("EntryPointFileDirectoryPath")!, "my-pages.csv");

string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int Column(string name) => Array.IndexOf(header, name) is int i and >= 0
    ? i
    : throw new FormatException($"{path}: the header has no column '{name}'.");

var pages = new List<PageStats>();
foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
{
    string[] cells = line.Split(',');
    double? Count(string column)
    {
        string cell = cells[Column(column)];
        return cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    pages.Add(new PageStats(cells[Column("id")])
    {
        Name = cells[Column("name")] + " — " + cells[Column("network")],
        Network = cells[Column("network")],
        Followers = Count("followers"),
        Posts = Count("posts"),
        Likes = Count("likes"),
        Comments = Count("comments"),
        Shares = Count("shares"),
        Saves = Count("saves"),
        EngagedUsers = Count("engaged_users"),
        Population = Count("population"),
    });
}

// The article's method: six indicators, higher is better, a page's place on each is its penalty, min ties.
RatingResult<PageStats> result;
try
{
    result = RatingMethod.Article().Evaluate(pages);
}
catch (InvalidPagesException e)
{
    // Bad input (a negative count, a duplicate id, a missing population) is reported page by page, never rated.
    Console.Error.WriteLine($"{path}: {e.Problems.Count} problem(s):");
    foreach (PageProblem problem in e.Problems)
    {
        Console.Error.WriteLine("  " + problem.Message);
    }

    return 1;
}

Console.WriteLine($"{pages.Count} pages from {Path.GetFileName(path)}; places per indicator, total penalty, final place.");
if (args.Length == 0)
{
    Console.WriteLine("my-pages.csv is invented: imaginary libraries, for illustration only.");
}

Console.WriteLine("Indicators: " + string.Join("; ", result.Method.Indicators.Select((w, i) => $"{i + 1} = {w.Indicator.Name}")));
Console.WriteLine($"{"place",5}  {"page",-32}" + string.Concat(Enumerable.Range(1, 6).Select(i => $" {i,4} ")) + $"{"total",6}");
foreach (RatingRow<PageStats> row in result.Rows)
{
    string places = string.Concat(row.Scores.Select(s => $" {s.Place,4}{(s.IsMissing ? "*" : " ")}"));
    Console.WriteLine($"{row.FinalPlace,5}  {row.Name,-32}{places}{row.Total,6}");
}

Console.WriteLine("* the value is missing (an unknown count, or no posts to divide by): the page ranks last on that indicator.");
var tie = result.Rows
    .SelectMany(r => r.Scores.Select(s => (s.Indicator, s.Place, r.Name)))
    .GroupBy(x => (x.Indicator, x.Place))
    .FirstOrDefault(g => g.Count() > 1);
if (tie is not null)
{
    Console.WriteLine($"Equal values share the lowest of their places (min ties): on {tie.Key.Indicator}, {string.Join(" and ", tie.Select(x => x.Name))} share place {tie.Key.Place}.");
}
foreach (ExcludedPage<PageStats> excluded in result.Excluded)
{
    Console.WriteLine($"excluded: {excluded.Id}: {excluded.Reason}");
}

return 0;
