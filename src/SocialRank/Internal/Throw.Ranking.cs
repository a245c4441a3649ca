using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the ranking (<c>Ranking/</c>): options, precisions and spans.</summary>
internal static partial class Throw
{
    /// <summary>A precision outside 0 to <paramref name="max"/> decimal places.</summary>
    [DoesNotReturn]
    internal static void PrecisionOutOfRange(string paramName, int value, int max)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{paramName} must be between 0 and {max} decimal places but was {value}."));

    /// <summary>A midpoint rule other than the two a precision supports.</summary>
    [DoesNotReturn]
    internal static void MidpointRuleNotSupported(string paramName, MidpointRounding value)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{paramName} must be MidpointRounding.AwayFromZero or MidpointRounding.ToEven but was {value}."));

    /// <summary>An output span whose length differs from the input's.</summary>
    [DoesNotReturn]
    internal static void LengthMismatch(string valuesName, int valuesLength, string placesName, int placesLength)
        => throw new ArgumentException(Invariant($"{placesName} must have the same length as {valuesName} ({valuesLength}) but has length {placesLength}."), placesName);
}
