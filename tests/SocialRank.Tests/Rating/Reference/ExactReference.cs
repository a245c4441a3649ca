using System.IO.Compression;
using System.Text.Json;
using SocialRank.Pages;

namespace SocialRank.Tests.Rating.Reference;

/// <summary>
/// The exact rating reference in ExactReference.json.gz, written by tests/reference/make_exact_reference.py with Python's
/// fractions (see tests/reference/README.md): pages with whole counts and, for each comparison mode, every page's six
/// indicator places (min ties, higher is better, missing last), total and final place (min ties, lower total first).
/// </summary>
internal static class ExactReference
{
    /// <summary>The modes of the reference: exact comparison, and as published with either midpoint rule.</summary>
    public const string Exact = "exact", Away = "away", Even = "even";

    private static readonly Lazy<Dictionary<string, ExactRating>> Ratings = new(Load);

    public static IEnumerable<string> Names => Ratings.Value.Keys;

    public static ExactRating Get(string name) => Ratings.Value[name];

    private static Dictionary<string, ExactRating> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Rating", "Reference", "ExactReference.json.gz");
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using JsonDocument document = JsonDocument.Parse(gzip);
        var ratings = new Dictionary<string, ExactRating>(StringComparer.Ordinal);
        foreach (JsonElement rating in document.RootElement.GetProperty("ratings").EnumerateArray())
        {
            var pages = new List<PageStats>();
            foreach (JsonElement row in rating.GetProperty("pages").EnumerateArray())
            {
                long? engaged = row[7].ValueKind == JsonValueKind.Null ? null : row[7].GetInt64();
                pages.Add(new PageStats(row[0].GetString()!)
                {
                    Followers = row[1].GetInt64(),
                    Posts = row[2].GetInt64(),
                    Likes = row[3].GetInt64(),
                    Comments = row[4].GetInt64(),
                    Shares = row[5].GetInt64(),
                    Saves = row[6].GetInt64(),
                    EngagedUsers = engaged,
                    Population = row[8].GetInt64(),
                });
            }

            var places = new Dictionary<string, long[][]>(StringComparer.Ordinal);
            foreach (string mode in new[] { Exact, Away, Even })
            {
                places.Add(mode, [.. rating.GetProperty(mode).EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetInt64()).ToArray())]);
            }

            string name = rating.GetProperty("name").GetString()!;
            ratings.Add(name, new ExactRating(name, [.. pages], places));
        }

        return ratings;
    }
}

/// <summary>
/// One rating of the exact reference: the pages, and by mode (<see cref="ExactReference.Exact"/>, <see cref="ExactReference.Away"/>,
/// <see cref="ExactReference.Even"/>) each page's row, in page order: the six places, the total and the final place.
/// </summary>
internal sealed record ExactRating(string Name, PageStats[] Pages, Dictionary<string, long[][]> Places);
