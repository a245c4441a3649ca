using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>
/// The pandas reference cases in Data/rank_cases.json.gz, written by tests/reference/generate_rank_cases.py
/// (see tests/reference/README.md for the format and how to regenerate them).
/// </summary>
internal static class PandasReference
{
    private static readonly Lazy<Dictionary<string, ReferenceCase>> Cases = new(Load);

    public static IEnumerable<string> CaseNames => Cases.Value.Keys;

    public static ReferenceCase Get(string name) => Cases.Value[name];

    /// <summary>The pandas arguments (method, ascending, na_option, pct) each options value stands for.</summary>
    public static string Key(RankOptions options)
    {
        string method = options.Ties switch
        {
            TieMethod.Average => "average",
            TieMethod.Min => "min",
            TieMethod.Max => "max",
            TieMethod.Dense => "dense",
            _ => "first",
        };
        string direction = options.Direction == RankDirection.Ascending ? "ascending" : "descending";
        string missing = options.Missing.ToString().ToLowerInvariant();
        return $"{method}|{direction}|{missing}|{(options.Percentile ? "true" : "false")}";
    }

    /// <summary>Every combination of tie method, direction, missing placement and percentile, at <paramref name="precision"/>.</summary>
    public static IEnumerable<RankOptions> AllOptions(Precision precision)
    {
        foreach (TieMethod ties in Enum.GetValues<TieMethod>())
        {
            foreach (RankDirection direction in Enum.GetValues<RankDirection>())
            {
                foreach (MissingPlacement missing in Enum.GetValues<MissingPlacement>())
                {
                    foreach (bool percentile in new[] { false, true })
                    {
                        yield return new RankOptions { Ties = ties, Direction = direction, Missing = missing, Percentile = percentile, Precision = precision };
                    }
                }
            }
        }
    }

    private static Dictionary<string, ReferenceCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Ranking", "Data", "rank_cases.json.gz");
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using JsonDocument document = JsonDocument.Parse(gzip);
        var cases = new Dictionary<string, ReferenceCase>(StringComparer.Ordinal);
        foreach (JsonElement element in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            string name = element.GetProperty("name").GetString()!;
            var results = new Dictionary<string, double[]>(StringComparer.Ordinal);
            foreach (JsonProperty result in element.GetProperty("results").EnumerateObject())
            {
                results.Add(result.Name, DecodeResult(result.Value));
            }

            cases.Add(name, new ReferenceCase(name, ReadPrecision(element), Decode(element.GetProperty("values")), results));
        }

        return cases;
    }

    /// <summary>"precision": null (exact) or d, with "midpoint": "even" (half to even) or "away" (half away from zero).</summary>
    private static Precision ReadPrecision(JsonElement element)
    {
        JsonElement places = element.GetProperty("precision");
        if (places.ValueKind == JsonValueKind.Null)
        {
            return Precision.Exact;
        }

        MidpointRounding midpoint = element.GetProperty("midpoint").GetString() switch
        {
            "even" => MidpointRounding.ToEven,
            "away" => MidpointRounding.AwayFromZero,
            var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Unexpected midpoint rule '{other}' in the reference data.")),
        };
        return Precision.Decimals(places.GetInt32(), midpoint);
    }

    private static double[] DecodeResult(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Decode(element);
        }

        double divisor = Number(element.GetProperty("divide"));
        double[] places = Decode(element.GetProperty("places"));
        for (int i = 0; i < places.Length; i++)
        {
            places[i] /= divisor;
        }

        return places;
    }

    private static double[] Decode(JsonElement array)
    {
        var values = new List<double>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array)
            {
                double start = Number(item[0]);
                double step = Number(item[1]);
                int count = item[2].GetInt32();
                for (int k = 0; k < count; k++)
                {
                    values.Add(start + (k * step));
                }
            }
            else
            {
                values.Add(Number(item));
            }
        }

        return [.. values];
    }

    private static double Number(JsonElement item) => item.ValueKind == JsonValueKind.String
        ? item.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "-0.0" => -0.0,
            var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Unexpected number '{other}' in the reference data.")),
        }
        : item.GetDouble();
}

/// <summary>
/// One pandas reference case: the values, the precision they are compared at (exact, or d places with a midpoint rule), and
/// pandas' places by <see cref="PandasReference.Key"/>.
/// </summary>
internal sealed record ReferenceCase(string Name, Precision Precision, double[] Values, Dictionary<string, double[]> Results);
