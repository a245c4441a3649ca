#:project ../../src/SocialRank/SocialRank.csproj
#:project ../SocialRank.Sample/SocialRank.Sample.csproj
#:property ProjectKind=Sample
#:property PublishAot=false

// Define your own indicator and your own zone scheme, and rate the July 2020 akimat sample with them.
//
//   dotnet run samples/scripts/own-indicator-and-zones.cs
//
// Indicators are values you combine, not a fixed list: here the article's engaged users and ER are joined by
// "comments per post" (the dialogue a page starts, higher is better) and "posts" as a lower-is-better indicator
// (the article's warning against flooding pages with posts), weighted half. Zones are yours too: by value thresholds
// on the total penalty, each bound's inclusiveness explicit.
// The page figures are an illustrative reconstruction (samples/data/README.md).
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Sample;
using SocialRank.Zones;
using SocialRank.Ranking;

IReadOnlyList<PageStats> pages = AkimatRating.ToPageStats(SampleData.Load(), SampleLanguage.English);

// Your own indicators: a ratio of two fields, and a plain field where fewer is better.
var commentsPerPost = new Indicator<PageStats>(
    "comments per post", PageStatsValues.Comments.DividedBy(PageStatsValues.Posts), Better.Higher) { Precision = Precision.Decimals(1) };
var posts = new Indicator<PageStats>("posts", PageStatsValues.Posts, Better.Lower) { Precision = Precision.Decimals(0) };

// Your own zones, on the total penalty (fewer points are better): under 30 strong, 30 to under 45 middle, 45 and more weak.
ThresholdZoneScheme byTotal = ThresholdZoneScheme.OnTotal(
    "by total",
    [
        ValueBand.Below(30, new Zone("strong", "green")),
        ValueBand.Between(30, 45, new Zone("middle", "white")),
        ValueBand.AtLeast(45, new Zone("weak", "red")),
    ]);

RatingMethod<PageStats> method = RatingMethod.ForPageStats()
    .Add(ArticleIndicators.EngagedUsers)
    .Add(ArticleIndicators.EngagementRate)
    .Add(commentsPerPost)
    .Add(posts, 0.5)
    .AddZones(byTotal)
    .Build();

RatingResult<PageStats> result = method.Evaluate(pages);

Console.WriteLine(SampleData.ReconstructionNoticeEnglish);
Console.WriteLine("Indicators: " + string.Join("; ", method.Indicators.Select(w =>
    $"{w.Indicator.Name} ({w.Indicator.Better.ToString().ToLowerInvariant()} is better, weight {w.Weight})")));
Console.WriteLine();
Console.WriteLine($"{"place",5}  {"page",-36}{"engaged",9}{"ER %",7}{"comm/post",11}{"posts",7}{"total",8}  zone");
foreach (RatingRow<PageStats> row in result.Rows)
{
    IndicatorScores s = row.Scores;
    Console.WriteLine(
        $"{AkimatReport.FormatPlace(row.FinalPlace),5}  {row.Name,-36}{s[0].Value,9:N0}{s[1].Value,7:N2}{s[2].Value,11:N1}{s[3].Value,7:N0}" +
        $"{AkimatReport.FormatPlace(row.Total),8}  {row.ZoneOf("by total")?.Name}");
}

Console.WriteLine();
foreach (Zone zone in byTotal.Zones)
{
    Console.WriteLine($"{zone.Name,-7} {result.Rows.Count(r => r.ZoneOf("by total") == zone),2} pages");
}

// A scheme with a gap is rejected when it is built, with a message that says what is wrong.
try
{
    ThresholdZoneScheme.OnTotal("with a gap", [ValueBand.Below(30, new Zone("a", "green")), ValueBand.AtLeast(40, new Zone("b", "red"))]);
    throw new InvalidOperationException("A scheme with a gap was accepted.");
}
catch (ArgumentException e)
{
    Console.WriteLine();
    Console.WriteLine("Rejected as expected: " + e.Message);
}
