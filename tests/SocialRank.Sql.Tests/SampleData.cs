using System.Globalization;
using SocialRank.Pages;
using SocialRank.Sql.Tests.Engines;

namespace SocialRank.Sql.Tests;

/// <summary>The bundled July 2020 sample (samples/data), read here directly from its CSV files into page rows.</summary>
internal static class SampleData
{
    public static string RepoRoot { get; } = FindRoot();

    public static IReadOnlyList<PageRow> Rows(string? group = null)
    {
        string[] regions = File.ReadAllLines(Path.Combine(RepoRoot, "samples", "data", "regions.csv"));
        Dictionary<string, double> population = regions.Skip(1).Select(Split)
            .ToDictionary(c => c[0], c => double.Parse(c[3], CultureInfo.InvariantCulture));
        string[] lines = File.ReadAllLines(Path.Combine(RepoRoot, "samples", "data", "akimat-2020-07.csv"));
        string[] header = Split(lines[0]);
        int Col(string name) => Array.IndexOf(header, name);
        var rows = new List<PageRow>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] r = Split(line);
            double Num(string name) => double.Parse(r[Col(name)], CultureInfo.InvariantCulture);
            var page = new PageStats(r[Col("id")])
            {
                Name = r[Col("name_en")],
                Network = r[Col("network")],
                Owner = r[Col("region")],
                Followers = Num("followers"),
                Posts = Num("posts"),
                Likes = Num("likes"),
                Comments = Num("comments"),
                Shares = Num("shares"),
                Saves = Num("saves"),
                EngagedUsers = Num("engaged_users"),
                Population = population[r[Col("region")]],
                ExclusionReason = r[Col("eligible")] == "true" ? null : r[Col("exclusion_reason")],
            };
            rows.Add(new PageRow(page, group == "network" ? page.Network : null, rows.Count));
        }

        return rows;
    }

    /// <summary>Splits one CSV line (RFC 4180 quotes).</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
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

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SocialRank.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("The repository root (with SocialRank.sln) was not found above " + AppContext.BaseDirectory);
    }
}
