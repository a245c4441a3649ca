using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialRank.Ranking;

namespace SocialRank.Cli.Method;

/// <summary>
/// The shape of <c>method.json</c>: which indicators, weights, precisions, rounding rule, tie methods, missing-value rules,
/// tie-breakers and zone schemes a rating uses. Every member is optional; an absent one takes the default of the
/// article's method. <c>MethodLoader</c> turns it into the library's rating method and checks it.
/// </summary>
internal sealed class MethodFile
{
    /// <summary>Gets or sets the heading of the outputs.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets which kinds count as interactions: <c>likes</c>, <c>comments</c>, <c>shares</c>, <c>saves</c>.</summary>
    public List<string>? Interactions { get; set; }

    /// <summary>Gets or sets the tie method of the indicator places: min, average, max, dense or ordinal.</summary>
    public string? IndicatorTies { get; set; }

    /// <summary>Gets or sets the tie method of the final places.</summary>
    public string? FinalTies { get; set; }

    /// <summary>
    /// Gets or sets the midpoint rule of the indicators with a precision: <c>half-away-from-zero</c> (the default, as
    /// spreadsheets' ROUND: 1.25 at 1 decimal is 1.3) or <c>half-to-even</c> (as numpy and pandas: 1.2).
    /// </summary>
    public string? Rounding { get; set; }

    /// <summary>Gets or sets the indicators, in order.</summary>
    public List<IndicatorEntry>? Indicators { get; set; }

    /// <summary>Gets or sets the indicators that break ties in the total, in order (by indicator name).</summary>
    public List<string>? TieBreakers { get; set; }

    /// <summary>Gets or sets the zone schemes.</summary>
    public List<ZoneEntry>? Zones { get; set; }
}

/// <summary>One indicator: a built-in one, or the user's own ratio of two fields.</summary>
internal sealed class IndicatorEntry
{
    /// <summary>Gets or sets the built-in indicator (see <c>MethodLoader.Builtins</c>), or <see langword="null"/> for the user's own.</summary>
    public string? Builtin { get; set; }

    /// <summary>Gets or sets the name shown in the tables; defaults to the built-in indicator's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets, for the user's own indicator, the field ranked (e.g. <c>comments</c>, <c>interactions</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets, for the user's own indicator, the field the value is divided by, if any.</summary>
    public string? Per { get; set; }

    /// <summary>Gets or sets, for the user's own indicator, whether the ratio is shown as a percentage (× 100).</summary>
    public bool? Percent { get; set; }

    /// <summary>Gets or sets which end is better: <c>higher</c> or <c>lower</c>.</summary>
    public string? Better { get; set; }

    /// <summary>Gets or sets the weight of the indicator's places in the total (default 1).</summary>
    public double? Weight { get; set; }

    /// <summary>Gets or sets the decimal places values are shown and compared at (0 to 15), or <c>"exact"</c> to compare exactly.</summary>
    public PrecisionEntry? Precision { get; set; }

    /// <summary>Gets or sets what a missing value does: <c>rank-last</c>, <c>exclude</c> or <c>fail</c>.</summary>
    public string? Missing { get; set; }
}

/// <summary>
/// An indicator's <c>"precision"</c> as written in a method file: a number of decimal places (<c>2</c>) or the string
/// <c>"exact"</c>. Any other JSON value is kept as written, so that <c>MethodLoader</c> can name it in its message.
/// </summary>
/// <param name="Kind">The JSON kind of the value as written.</param>
/// <param name="Text">The value: the number as written, the string's content, or the raw JSON of anything else.</param>
[JsonConverter(typeof(PrecisionEntryConverter))]
internal sealed record PrecisionEntry(JsonValueKind Kind, string Text)
{
    /// <summary>The spelling of exact comparison in method files.</summary>
    internal const string ExactName = "exact";

    /// <summary>Returns the entry that describes <paramref name="precision"/>: its decimal places, or <c>"exact"</c>.</summary>
    internal static PrecisionEntry Of(Precision precision) => precision.DecimalPlaces is int places
        ? new PrecisionEntry(JsonValueKind.Number, places.ToString(CultureInfo.InvariantCulture))
        : new PrecisionEntry(JsonValueKind.String, ExactName);

    /// <summary>Gets a value indicating whether this is <c>"exact"</c>.</summary>
    internal bool IsExact => Kind == JsonValueKind.String && string.Equals(Text.Trim(), ExactName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the decimal places when this is a whole number from 0 to <see cref="Precision.MaxDecimalPlaces"/>, else <see langword="null"/>.</summary>
    internal int? DecimalPlaces => Kind == JsonValueKind.Number
        && int.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out int places)
        && places <= Ranking.Precision.MaxDecimalPlaces ? places : null;

    /// <summary>Returns the value as a message names it: a number as written, a string in quotes.</summary>
    public override string ToString() => Kind == JsonValueKind.String ? $"'{Text}'" : Text;
}

/// <summary>Reads and writes <see cref="PrecisionEntry"/>: a JSON number or string, anything else kept as raw JSON.</summary>
internal sealed class PrecisionEntryConverter : JsonConverter<PrecisionEntry>
{
    public override PrecisionEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return new PrecisionEntry(JsonValueKind.Number, Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            case JsonTokenType.String:
                return new PrecisionEntry(JsonValueKind.String, reader.GetString()!);
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return new PrecisionEntry(document.RootElement.ValueKind, document.RootElement.GetRawText());
                }
        }
    }

    public override void Write(Utf8JsonWriter writer, PrecisionEntry value, JsonSerializerOptions options)
    {
        if (value.Kind == JsonValueKind.String)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            writer.WriteRawValue(value.Text);
        }
    }
}

/// <summary>One zone scheme: bands of final places, or value thresholds on an indicator or on the total.</summary>
internal sealed class ZoneEntry
{
    /// <summary>Gets or sets the scheme's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets, for value thresholds, the indicator name, or <c>total</c> for the total penalty.</summary>
    public string? On { get; set; }

    /// <summary>Gets or sets consecutive bands of final places, best first.</summary>
    public List<PlaceBandEntry>? Places { get; set; }

    /// <summary>Gets or sets the value bands.</summary>
    public List<ThresholdEntry>? Thresholds { get; set; }

    /// <summary>Gets or sets, for place bands, the zone of pages after the last band.</summary>
    public ZoneRef? Rest { get; set; }

    /// <summary>Gets or sets, for thresholds on an indicator, the zone of pages whose value is missing.</summary>
    public ZoneRef? Missing { get; set; }
}

/// <summary>A zone: a name and a colour (<c>#rrggbb</c>).</summary>
internal class ZoneRef
{
    /// <summary>Gets or sets the zone's name.</summary>
    public string? Zone { get; set; }

    /// <summary>Gets or sets the zone's colour, <c>#rrggbb</c> or <c>#rgb</c>.</summary>
    public string? Colour { get; set; }
}

/// <summary>A band of <see cref="Count"/> final places.</summary>
internal sealed class PlaceBandEntry : ZoneRef
{
    /// <summary>Gets or sets the number of places in the band.</summary>
    public int Count { get; set; }
}

/// <summary>A band of values: a lower bound (<see cref="AtLeast"/> or <see cref="Above"/>) and an upper one (<see cref="Below"/> or <see cref="AtMost"/>), either open.</summary>
internal sealed class ThresholdEntry : ZoneRef
{
    /// <summary>Gets or sets the inclusive lower bound.</summary>
    public double? AtLeast { get; set; }

    /// <summary>Gets or sets the exclusive lower bound.</summary>
    public double? Above { get; set; }

    /// <summary>Gets or sets the exclusive upper bound.</summary>
    public double? Below { get; set; }

    /// <summary>Gets or sets the inclusive upper bound.</summary>
    public double? AtMost { get; set; }
}

/// <summary>The JSON settings of method files: camelCase names, comments and trailing commas allowed, unknown members rejected.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(MethodFile))]
internal sealed partial class MethodJsonContext : JsonSerializerContext;
