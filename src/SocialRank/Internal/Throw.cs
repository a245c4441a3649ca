using System.Globalization;

namespace SocialRank;

/// <summary>The one place that builds the library's ranking exceptions, so that messages stay fixed and specific.</summary>
internal static class Throw
{
    /// <summary>An option set to a value its enum does not define, e.g. "Ties must be a defined TieMethod value but was 9."</summary>
    internal static ArgumentOutOfRangeException UndefinedEnum<T>(string name, T value)
        where T : struct, Enum
        => new(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a defined {typeof(T).Name} value but was {value}."));

    /// <summary>A precision outside 0 to <see cref="Ranking.Precision.MaxDecimalPlaces"/> decimal places.</summary>
    internal static ArgumentOutOfRangeException PrecisionOutOfRange(string name, int value)
        => new(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and {Ranking.Precision.MaxDecimalPlaces} decimal places but was {value}."));

    /// <summary>A midpoint rule other than the two a precision supports.</summary>
    internal static ArgumentOutOfRangeException MidpointRuleNotSupported(string name, MidpointRounding value)
        => new(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be MidpointRounding.AwayFromZero or MidpointRounding.ToEven but was {value}."));

    /// <summary>An output span whose length differs from the input's.</summary>
    internal static ArgumentException LengthMismatch(string valuesName, int valuesLength, string placesName, int placesLength)
        => new(string.Create(CultureInfo.InvariantCulture, $"{placesName} must have the same length as {valuesName} ({valuesLength}) but has length {placesLength}."), placesName);
}
