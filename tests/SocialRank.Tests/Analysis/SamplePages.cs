using System.Globalization;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Tests.Design;

namespace SocialRank.Tests.Analysis;

/// <summary>The bundled sample (<c>samples/data/akimat-2020-07.csv</c> with <c>regions.csv</c>) read into pages, for the library's tests.</summary>
internal static class SamplePages
{
    /// <summary>The article's method with both of its zone schemes (the final table first).</summary>
    public static RatingMethod<PageStats> ArticleWithZones() => RatingMethod.Article().ToBuilder().AddZones(ArticleZones.FinalTable()).AddZones(ArticleZones.FollowersPercentOfPopulation()).Build();

    /// <summary>The July 2020 pages, each with its region's population and, when not eligible, its exclusion reason.</summary>
    public static PageStats[] July()
    {
        string data = Path.Combine(SourceLayers.RepositoryRoot(), "samples", "data");
        Dictionary<string, double> population = Rows(Path.Combine(data, "regions.csv")).ToDictionary(r => r["region_id"], r => Number(r["population"]));
        return [.. Rows(Path.Combine(data, "akimat-2020-07.csv")).Select(r => new PageStats(r["id"])
        {
            Name = r["name_en"],
            Network = r["network"],
            Owner = r["region"],
            Followers = Number(r["followers"]),
            Posts = Number(r["posts"]),
            Likes = Number(r["likes"]),
            Comments = Number(r["comments"]),
            Shares = Number(r["shares"]),
            Saves = Number(r["saves"]),
            EngagedUsers = Number(r["engaged_users"]),
            Population = population[r["region"]],
            ExclusionReason = r["eligible"] == "false" ? r["exclusion_reason"] : null,
        })];
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = Split(lines[0]);
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] cells = Split(line);
            yield return header.Select((h, i) => (h, cell: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.cell, StringComparer.Ordinal);
        }
    }

    /// <summary>Splits a CSV line at commas outside double quotes ("" inside quotes is a quote).</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
