using System.Globalization;

namespace SocialRank.Formatting;

/// <summary>The one place that builds the exceptions of the Formatting folder.</summary>
internal static class FormattingThrow
{
    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static ArgumentException BadSeparator(char separator)
        => new(Invariant($"A CSV separator must not be a quote, letter, digit, '.', '-', '+' or line break but was '{separator}'."), nameof(separator));

    internal static ArgumentException BadHeaderCount(int indicators, int headers)
        => new(Invariant($"IndicatorHeaders must have one header per indicator ({indicators}) but has {headers}."), nameof(headers));
}
