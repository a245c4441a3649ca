using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SocialRank.Internal;

/// <summary>
/// The one place that builds the library's exceptions and their messages, so that every message is written once, fixed
/// and specific (in the spirit of Sep's <c>SepThrow</c> and NodaTime's <c>Preconditions</c>). One partial file per area
/// of the library (<c>Throw.Ranking.cs</c>, <c>Throw.Zones.cs</c>, ...); all of them live here, in <c>Internal/</c>.
/// </summary>
/// <remarks>
/// <para>Three kinds of member, told apart by their names:</para>
/// <list type="bullet">
/// <item><description>A method named after what is wrong (<c>NoBands</c>, <c>LengthMismatch</c>) always throws: it is
/// <see cref="DoesNotReturnAttribute"/>, returns nothing and is called as a statement.</description></item>
/// <item><description>A method named <c>If...</c> (<see cref="IfNull{T}"/>, <see cref="IfBlank"/>,
/// <see cref="IfUndefined{T}"/>) checks a value and returns it when it passes, for expression contexts: constructor
/// initializers and <c>init</c> accessors.</description></item>
/// <item><description>A method named <c>...Message</c> returns a message without throwing: for problems that are collected
/// first (a page's bad counts, a method's mistakes) and reported together by one exception.</description></item>
/// </list>
/// <para><b>The paramName rule.</b> An argument exception names the public parameter that carried the bad value, at the
/// public member the caller called: the entry point passes <c>nameof(parameter)</c>, or an <c>If...</c> check takes it by
/// <see cref="CallerArgumentExpressionAttribute"/> (so pass the parameter itself). In a property's <c>init</c> accessor that
/// parameter is <c>value</c>, as the BCL's own <c>ThrowIf...</c> helpers report it; the message names the property. A
/// constructor checks its own parameters (and so reports their names) rather than leaving it to the <c>init</c> accessors
/// it assigns. A helper's own parameter name is never the paramName.</para>
/// <para>Messages are whole sentences in the invariant culture that say what is wrong and what the value was; numbers are
/// written by <see cref="Format"/> (round-trip). Only BCL exception types are built here: this folder uses nothing else of
/// the library (the layering test guards it), so the library's own <c>InvalidPagesException</c> is thrown where pages are
/// checked, with its message from <see cref="ProblemsMessage"/>.</para>
/// </remarks>
internal static partial class Throw
{
    /// <summary>The message of every empty or white-space name.</summary>
    private const string BlankNameMessage = "A name must not be empty or white space.";

    /// <summary>Writes <paramref name="value"/> as messages show numbers: round-trip, invariant culture.</summary>
    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a message in the invariant culture.</summary>
    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="value"/>, or throws an <see cref="ArgumentNullException"/> when it is <see langword="null"/>.</summary>
    internal static T IfNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : class
    {
        if (value is null)
        {
            ArgumentNull(paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="name"/>, or throws when it is <see langword="null"/>, empty or white space.</summary>
    internal static string IfBlank([NotNull] string? name, [CallerArgumentExpression(nameof(name))] string paramName = "")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            BlankName(name, paramName);
        }

        return name;
    }

    /// <summary>Returns <paramref name="value"/>, or throws when its enum does not define it, e.g. "Ties must be a defined TieMethod value but was 9.".</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">What the message calls the value: the property's or the parameter's name, e.g. <c>Ties</c>.</param>
    /// <param name="paramName">The public parameter (see the paramName rule).</param>
    internal static T IfUndefined<T>(T value, string name, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            UndefinedEnum(name, value, paramName);
        }

        return value;
    }

    /// <summary>An argument that must not be <see langword="null"/> is.</summary>
    [DoesNotReturn]
    internal static void ArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    /// <summary>A name is <see langword="null"/> (<see cref="ArgumentNullException"/>), or empty or white space.</summary>
    [DoesNotReturn]
    internal static void BlankName(string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        throw new ArgumentException(BlankNameMessage, paramName);
    }

    /// <summary>An enum value its type does not define.</summary>
    [DoesNotReturn]
    internal static void UndefinedEnum<T>(string name, T value, string paramName)
        where T : struct, Enum
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{name} must be a defined {typeof(T).Name} value but was {value}."));

    /// <summary>Joins <paramref name="lines"/>, each on a new line after the first.</summary>
    private static string JoinLines(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (string line in lines)
        {
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }

    /// <summary>Joins <paramref name="parts"/> as a list in prose: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    private static string JoinAnd(IReadOnlyList<string> parts)
        => parts.Count == 1 ? parts[0]
            : parts.Count == 2 ? parts[0] + " and " + parts[1]
            : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
