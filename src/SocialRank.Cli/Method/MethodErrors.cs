using System.Globalization;

namespace SocialRank.Cli.Method;

/// <summary>Every message about a bad method file, in one place.</summary>
internal static class MethodErrors
{
    internal static string NotFound(string file) => $"{file}: the file does not exist.";

    internal static string NotJson(string file, string reason) => $"{file}: not a valid method file: {reason}";

    internal static string Empty(string file) => $"{file}: the file is empty; start from 'socialrank method --print-default'.";

    internal static string UnknownTies(string where, string value)
        => $"{where}: unknown tie method '{value}'; use min, average, max, dense or ordinal.";

    internal static string NoInteractions(string file)
        => $"{file}: interactions is an empty list; name the kinds that count (likes, comments, shares, saves) or leave it out for all four.";

    internal static string UnknownInteraction(string file, string value)
        => $"{file}: unknown interaction kind '{value}'; use likes, comments, shares or saves.";

    internal static string UnknownBuiltin(string file, int index, string value, IEnumerable<string> known)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: unknown built-in indicator '{value}'; use one of: {string.Join(", ", known)}.");

    internal static string BuiltinAndValue(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: give either 'builtin' or 'value', not both.");

    internal static string NoValue(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: give 'builtin' (one of the article's indicators) or 'value' (a field) and 'name'.");

    internal static string NoName(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: your own indicator needs a 'name'.");

    internal static string UnknownField(string file, int index, string value, IEnumerable<string> known)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: unknown field '{value}'; use one of: {string.Join(", ", known)}.");

    internal static string UnknownBetter(string file, int index, string value)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: 'better' must be higher or lower, not '{value}'.");

    internal static string UnknownMissing(string file, int index, string value)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: 'missing' must be rank-last, exclude or fail, not '{value}'.");

    internal static string BadPrecision(string file, int index, string value)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: indicator {index}: 'precision' must be a number of decimal places from 0 to {Ranking.Precision.MaxDecimalPlaces}, or \"exact\" to compare exactly, not {value}.");

    internal static string UnknownRounding(string where, string value)
        => $"{where}: unknown rounding rule '{value}'; use half-away-from-zero (the default, as spreadsheets round: 1.25 to 1 decimal is 1.3) or half-to-even (as numpy and pandas round: 1.2).";

    internal static string ZoneShape(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: give either 'places' (bands of final places) or 'on' with 'thresholds', not both or neither.");

    internal static string ZoneNoName(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: the scheme needs a 'name'.");

    internal static string ZoneUnknownIndicator(string file, int index, string value)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: 'on' names no indicator of the method: '{value}' (use an indicator's name or 'total').");

    internal static string ZoneNeedsZone(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: every band needs a 'zone' name.");

    internal static string ZoneColour(string file, int index, string? value)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: colour '{value}' is not #rrggbb or #rgb.");

    internal static string Bounds(string file, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: zone scheme {index}: a band has both 'atLeast' and 'above', or both 'below' and 'atMost'.");

    internal static string Invalid(string file, string reason) => $"{file}: {reason}";
}
