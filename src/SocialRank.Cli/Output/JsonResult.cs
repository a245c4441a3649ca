using System.Text.Json;
using System.Text.Json.Serialization;
using SocialRank.Cli.Method;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli.Output;

/// <summary>
/// The JSON output: the library's table model (every page's values in full and as compared, places, penalties, total,
/// final place, what decided in the labels' language, zones) with the method file that produced it. Missing values are <c>null</c>.
/// </summary>
internal sealed class JsonResult
{
    public string Title { get; set; } = "";

    public string Tool { get; set; } = "";

    public MethodFile Method { get; set; } = new();

    /// <summary>Gets or sets the rated pages; written lazily, so a large result is never held twice in memory.</summary>
    public IEnumerable<JsonPage> Pages { get; set; } = [];

    /// <summary>Gets the pages as a list (what <see cref="Parse"/> reads them into).</summary>
    [JsonIgnore]
    internal IReadOnlyList<JsonPage> PageList => Pages as IReadOnlyList<JsonPage> ?? [.. Pages];

    public List<JsonExcluded> Excluded { get; set; } = [];

    /// <summary>Returns the JSON of <paramref name="table"/>: its rows, cells and excluded pages, with the pages' network and owner from <paramref name="result"/>.</summary>
    internal static JsonResult From(RatingTable table, RatingResult<PageStats> result, LoadedMethod loaded)
    {
        var json = new JsonResult
        {
            Title = table.Title,
            Tool = "socialrank " + ToolVersion(),
            Method = loaded.Resolved,
        };
        json.Pages = PagesOf(table, result.Pages);
        foreach (TableExclusion excluded in table.Excluded)
        {
            json.Excluded.Add(new JsonExcluded { Id = excluded.Id, Name = excluded.Name, Reason = excluded.Reason });
        }

        return json;
    }

    private static IEnumerable<JsonPage> PagesOf(RatingTable table, IReadOnlyList<PageStats> pages)
    {
        foreach (TableRow row in table.Rows)
        {
            PageStats source = pages[row.InputIndex];
            var page = new JsonPage { Id = row.Id, Name = row.Name, Network = source.Network, Owner = source.Owner };
            for (int c = 0; c < row.Cells.Count; c++)
            {
                TableCell cell = row.Cells[c];
                switch (cell.Kind)
                {
                    case TableColumnKind.Place:
                        page.Place = cell.Place;
                        break;
                    case TableColumnKind.Total:
                        page.Total = cell.Penalty;
                        break;
                    case TableColumnKind.Change:
                        page.PreviousPlace = double.IsNaN(cell.PreviousPlace) ? null : cell.PreviousPlace;
                        page.Change = double.IsNaN(cell.PreviousPlace) ? null : cell.PreviousPlace - cell.Place;
                        page.ChangeText = cell.Text;
                        break;
                    case TableColumnKind.Decision:
                        page.SetDecision(cell.Decision, cell.Text);
                        break;
                    case TableColumnKind.Zone:
                        page.Zones[table.Columns[c].Name] = cell.Zone?.Name;
                        break;
                    case TableColumnKind.Score or TableColumnKind.Value:
                        page.Scores.Add(new JsonScore
                        {
                            Indicator = table.Columns[c].Name,
                            Value = cell.IsMissing ? null : cell.FullValue,
                            Compared = cell.IsMissing ? null : cell.Value,
                            Place = cell.Place,
                            Weight = cell.Weight,
                            Penalty = cell.Penalty,
                        });
                        break;
                }
            }

            yield return page;
        }
    }

    internal static string ToolVersion()
        => typeof(JsonResult).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static readonly ResultJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the result as indented JSON to <paramref name="writer"/>, streaming page by page.</summary>
    internal void WriteTo(TextWriter writer)
    {
        using var stream = new TextWriterStream(writer);
        JsonSerializer.Serialize(stream, this, Context.JsonResult);
    }

    internal static JsonResult? Parse(string json) => JsonSerializer.Deserialize(json, Context.JsonResult);
}

/// <summary>One rated page in the JSON output, in final-place order.</summary>
internal sealed class JsonPage
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Network { get; set; }

    public string? Owner { get; set; }

    public double Place { get; set; }

    public double Total { get; set; }

    /// <summary>Gets or sets, with <c>--previous</c>, the page's final place in the previous edition; absent when it was not rated then.</summary>
    public double? PreviousPlace { get; set; }

    /// <summary>Gets or sets, with <c>--previous</c>, the change of final place: the previous place minus the place (positive is up); absent for a new page.</summary>
    public double? Change { get; set; }

    /// <summary>Gets or sets, with <c>--previous</c>, the change as the tables write it: <c>▲3</c>, <c>▼2</c>, <c>=</c> or <c>new</c>.</summary>
    public string? ChangeText { get; set; }

    /// <summary>Gets or sets what decided the place among pages with the same total: <c>total</c>, <c>tie-breaker</c>,
    /// <c>shared</c> or <c>input-order</c> (see <see cref="DecisionKind"/>).</summary>
    public string Decision { get; set; } = "total";

    /// <summary>Gets or sets the name of the tie-breaker indicator that decided; only when <see cref="Decision"/> is <c>tie-breaker</c>.</summary>
    public string? TieBreaker { get; set; }

    /// <summary>Gets or sets the decision as the tables write it (<c>tie-breaker 'ER'</c>, <c>shared</c>, <c>input order</c>),
    /// for readers; absent when the total alone decided. Derived from the decision: read <see cref="Decision"/> to tell kinds apart.</summary>
    public string? DecidedBy { get; set; }

    public List<JsonScore> Scores { get; set; } = [];

    public Dictionary<string, string?> Zones { get; set; } = [];

    /// <summary>Sets <see cref="Decision"/>, <see cref="TieBreaker"/> and <see cref="DecidedBy"/> from the library's decision.</summary>
    internal void SetDecision(Decision decision, string text)
    {
        Decision = JsonDecision.KindName(decision.Kind);
        TieBreaker = decision.IndicatorName;
        DecidedBy = decision.Kind == DecisionKind.Total ? null : text;
    }
}

/// <summary>The JSON names of <see cref="DecisionKind"/>.</summary>
internal static class JsonDecision
{
    internal static string KindName(DecisionKind kind) => kind switch
    {
        DecisionKind.TieBreaker => "tie-breaker",
        DecisionKind.Shared => "shared",
        DecisionKind.InputOrder => "input-order",
        _ => "total",
    };
}

/// <summary>A page's value and compared (rounded) value (null when missing), place, weight and weighted penalty on one indicator.</summary>
internal sealed class JsonScore
{
    public string Indicator { get; set; } = "";

    /// <summary>Gets or sets the page's value as computed, in full (null when missing).</summary>
    public double? Value { get; set; }

    /// <summary>Gets or sets the value as it was compared and is shown: rounded to the indicator's precision (the value itself
    /// when the indicator compares exactly; null when missing).</summary>
    public double? Compared { get; set; }

    public double Place { get; set; }

    public double Weight { get; set; }

    public double Penalty { get; set; }
}

/// <summary>A page left out of the rating.</summary>
internal sealed class JsonExcluded
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Reason { get; set; } = "";
}

/// <summary>The JSON settings of the result: camelCase, indented, non-ASCII letters written as they are.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(JsonResult))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
