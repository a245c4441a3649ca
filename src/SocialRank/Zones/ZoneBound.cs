using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>One end of a <see cref="ValueBand"/>: a finite value and whether the band includes it.</summary>
public readonly record struct ZoneBound
{
    /// <summary>Initializes a bound.</summary>
    /// <param name="value">The finite value.</param>
    /// <param name="inclusive">Whether the band includes <paramref name="value"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public ZoneBound(double value, bool inclusive)
    {
        if (!double.IsFinite(value))
        {
            Throw.BoundNotFinite(value, nameof(value));
        }

        Value = value + 0.0;
        Inclusive = inclusive;
    }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets a value indicating whether the band includes <see cref="Value"/>.</summary>
    public bool Inclusive { get; }

    /// <summary>Returns a bound that includes <paramref name="value"/>.</summary>
    /// <param name="value">The finite value.</param>
    /// <returns>The bound.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ZoneBound Including(double value) => new(value, inclusive: true);

    /// <summary>Returns a bound that excludes <paramref name="value"/>.</summary>
    /// <param name="value">The finite value.</param>
    /// <returns>The bound.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ZoneBound Excluding(double value) => new(value, inclusive: false);
}
