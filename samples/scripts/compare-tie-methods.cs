#:project ../../src/SocialRank/SocialRank.csproj
#:project ../SocialRank.Sample/SocialRank.Sample.csproj
#:property ProjectKind=Sample
#:property PublishAot=false

// Compare tie methods on the July 2020 akimat sample and show how places move.
//
//   dotnet run samples/scripts/compare-tie-methods.cs
//
// The article does not say how equal values share a place. SocialRank makes it a parameter of the method, with pandas'
// semantics: min ("1224", the default, as sport tables do), average, max, dense ("1223") and ordinal (ties broken by
// input order). The choice changes every tied page's penalty, so totals move and final places can move too.
// The page figures are an illustrative reconstruction (samples/data/README.md).
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Rating;
using SocialRank.Sample;

IReadOnlyList<PageStats> pages = AkimatRating.ToPageStats(SampleData.Load(), SampleLanguage.English);
TieMethod[] methods = [TieMethod.Min, TieMethod.Average, TieMethod.Max, TieMethod.Dense, TieMethod.Ordinal];

// One rating per tie method, used for the indicator places and the final places alike.
Dictionary<TieMethod, RatingResult<PageStats>> results = methods.ToDictionary(
    ties => ties,
    ties => RatingMethod.ForPageStats()
        .AddRange(ArticleIndicators.All)
        .WithIndicatorTies(ties)
        .WithFinalTies(ties)
        .Build()
        .Evaluate(pages));

// How many places are shared on each indicator: ties are what the tie method decides.
Console.WriteLine("Values shared by more than one page (compared at each indicator's precision):");
Console.WriteLine(SampleData.ReconstructionNoticeEnglish);
RatingResult<PageStats> byMin = results[TieMethod.Min];
for (int i = 0; i < byMin.Method.Indicators.Count; i++)
{
    int tied = byMin.Rows.GroupBy(r => r.Scores[i].Place).Where(g => g.Count() > 1).Sum(g => g.Count());
    Console.WriteLine($"  {byMin.Method.Indicators[i].Indicator.Name,-32} {tied,2} pages in shared places");
}

// The places of every indicator add up to n(n+1)/2 with average ties; min lowers that sum and max raises it.
int n = byMin.Rows.Count;
Console.WriteLine();
Console.WriteLine($"Sum of all penalty points ({n} pages, 6 indicators; average ties give 6 x {n * (n + 1) / 2} = {6 * n * (n + 1) / 2}):");
foreach (TieMethod ties in methods)
{
    Console.WriteLine($"  {ties,-8} {results[ties].Rows.Sum(r => r.Total),6}");
}

// Final places side by side; a mark where a page's place differs from its place with min ties.
Console.WriteLine();
Console.WriteLine("Final place by tie method (* = differs from min):");
Console.WriteLine(SampleData.ReconstructionNoticeEnglish);
Console.Write($"  {"page",-34}");
foreach (TieMethod ties in methods)
{
    Console.Write($"{ties,10}");
}

Console.WriteLine();
int moved = 0;
foreach (RatingRow<PageStats> row in byMin.Rows)
{
    string line = $"  {row.Name,-34}";
    bool differs = false;
    foreach (TieMethod ties in methods)
    {
        double place = results[ties].Row(row.Id).FinalPlace;
        bool mark = place != row.FinalPlace;
        differs |= mark;
        line += $"{AkimatReport.FormatPlace(place) + (mark ? "*" : " "),10}";
    }

    moved += differs ? 1 : 0;
    Console.WriteLine(line.TrimEnd());
}

Console.WriteLine();
Console.WriteLine($"{moved} of {n} pages get another final place under at least one other tie method.");
string[] topThree = [.. methods.Select(t => string.Join(", ", results[t].Rows.Take(3).Select(r => r.Id)))];
Console.WriteLine(topThree.Distinct().Count() == 1
    ? "The top three are the same under every tie method: " + topThree[0] + "."
    : "The top three depend on the tie method: " + string.Join(" | ", topThree) + ".");
