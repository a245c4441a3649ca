using System.Globalization;
using nietras.SeparatedValues;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Cli.Tests;

/// <summary>
/// The bundled sample read without the tool's reader (Sep directly, by the sample's own column names), and rated
/// with the library directly: the reference the tool's outputs are compared with.
/// </summary>
internal static class SampleData
{
    public static string[] Header
    {
        get
        {
            using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromFile(CliRunner.SamplePages);
            return reader.Header.ColNames.ToArray();
        }
    }

    public static IReadOnlyList<string[]> Rows
    {
        get
        {
            using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromFile(CliRunner.SamplePages);
            var rows = new List<string[]>();
            foreach (SepReader.Row row in reader)
            {
                rows.Add(row[..].ToStringsArray());
            }

            return rows;
        }
    }

    public static IReadOnlyList<PageStats> Pages(bool russianNames = false)
    {
        Dictionary<string, double> population = File.ReadAllLines(CliRunner.SampleRegions).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => double.Parse(c[3], CultureInfo.InvariantCulture));
        string[] header = Header;
        int Col(string name) => Array.IndexOf(header, name);
        double Num(string[] row, string name) => double.Parse(row[Col(name)], CultureInfo.InvariantCulture);
        return Rows.Select(r => new PageStats(r[Col("id")])
        {
            Name = russianNames ? r[Col("name_ru")] : r[Col("name_en")],
            Network = r[Col("network")],
            Owner = r[Col("region")],
            Followers = Num(r, "followers"),
            Posts = Num(r, "posts"),
            Likes = Num(r, "likes"),
            Comments = Num(r, "comments"),
            Shares = Num(r, "shares"),
            Saves = Num(r, "saves"),
            EngagedUsers = Num(r, "engaged_users"),
            Population = population[r[Col("region")]],
            ExclusionReason = r[Col("eligible")] == "true" ? null : r[Col("exclusion_reason")],
        }).ToList();
    }

    /// <summary>The article's zones of final places, as the tool's default method has them: the library's.</summary>
    public static PlaceBandZoneScheme ArticleBands() => ArticleZones.FinalTable();

    /// <summary>The library's result for the sample under the article's method with the article's zones.</summary>
    public static RatingResult<PageStats> LibraryResult()
        => RatingMethod.ForPageStats().AddRange(ArticleIndicators.All).AddZones(ArticleBands()).Build().Evaluate(Pages());
}
