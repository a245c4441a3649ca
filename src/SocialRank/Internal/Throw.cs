using System.Globalization;

namespace SocialRank;

/// <summary>The one place that builds the library's exceptions, so that messages stay fixed and specific.</summary>
internal static class Throw
{
    internal static ArgumentOutOfRangeException UndefinedEnum<T>(string name, T value)
        where T : struct, Enum
        => new(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a defined {typeof(T).Name} value but was {value}."));

    internal static ArgumentOutOfRangeException PrecisionOutOfRange(int value)
        => new(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"Precision must be between 0 and {Ranking.RankOptions.MaxPrecision} decimal places but was {value}."));

    internal static ArgumentException LengthMismatch(string valuesName, int valuesLength, string placesName, int placesLength)
        => new(string.Create(CultureInfo.InvariantCulture, $"{placesName} must have the same length as {valuesName} ({valuesLength}) but has length {placesLength}."), placesName);
}
