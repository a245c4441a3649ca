using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the table model and its writers (<c>Formatting/</c>).</summary>
internal static partial class Throw
{
    /// <summary>A CSV separator that would make the file unreadable.</summary>
    [DoesNotReturn]
    internal static void BadSeparator(char separator, string paramName)
        => throw new ArgumentException(Invariant($"A CSV separator must not be a quote, letter, digit, '.', '-', '+' or line break but was '{separator}'."), paramName);

    /// <summary>Indicator headers that are not one per indicator.</summary>
    [DoesNotReturn]
    internal static void BadHeaderCount(int indicators, int headers, string paramName)
        => throw new ArgumentException(Invariant($"IndicatorHeaders must have one header per indicator ({indicators}) but has {headers}."), paramName);
}
