using System.Globalization;
using SocialRank.Pages;

namespace SocialRank.Indicators;

/// <summary>The one place that builds the exceptions and problem messages of the Indicators folder.</summary>
internal static class IndicatorThrow
{
    internal static string CheckName(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        return string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("A name must not be empty or white space.", parameter)
            : name;
    }

    internal static ArgumentOutOfRangeException UndefinedEnum<T>(string name, T value)
        where T : struct, Enum
        => new(nameof(value), Invariant($"{name} must be a defined {typeof(T).Name} value but was {value}."));

    internal static ArgumentOutOfRangeException FactorNotFinite(double factor)
        => new(nameof(factor), Invariant($"A factor must be a finite number but was {Format(factor)}."));

    internal static InvalidOperationException RequiredOnComposite(string name)
        => new(Invariant($"Only a field read from the page can be required, but '{name}' is computed from other values; mark its fields required instead."));

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static PageProblem Negative(string page, string field, double value)
        => new(page, field, Format(value), Invariant($"Page '{page}': {field} must be >= 0 but was {Format(value)}."));

    internal static PageProblem NotANumber(string page, string field)
        => new(page, field, "NaN", Invariant($"Page '{page}': {field} must be a number but was NaN."));

    internal static PageProblem Infinite(string page, string field, double value)
        => new(page, field, Format(value), Invariant($"Page '{page}': {field} must be finite but was {Format(value)}."));

    internal static PageProblem NoId(int index)
        => new(Invariant($"#{index}"), "id", "missing", Invariant($"Page #{index} (0-based) has no id."));
}
