namespace SocialRank.Zones;

/// <summary>
/// A range of values that falls in one zone: from <see cref="Lower"/> to <see cref="Upper"/>, each end included or not
/// as the bound says; a <see langword="null"/> bound means unbounded on that side.
/// </summary>
/// <param name="Zone">The zone of values in the band.</param>
/// <param name="Lower">The lower end, or <see langword="null"/> for no lower end.</param>
/// <param name="Upper">The upper end, or <see langword="null"/> for no upper end.</param>
public sealed record ValueBand(Zone Zone, ZoneBound? Lower, ZoneBound? Upper)
{
    /// <summary>Returns the band of values below <paramref name="value"/> (excluded), unbounded below.</summary>
    /// <param name="value">The upper end, excluded.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The band <c>(-∞, value)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ValueBand Below(double value, Zone zone) => new(zone, null, ZoneBound.Excluding(value));

    /// <summary>Returns the band from <paramref name="from"/> (included) to <paramref name="to"/> (excluded).</summary>
    /// <param name="from">The lower end, included.</param>
    /// <param name="to">The upper end, excluded.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The band <c>[from, to)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is NaN or infinite.</exception>
    public static ValueBand Between(double from, double to, Zone zone) => new(zone, ZoneBound.Including(from), ZoneBound.Excluding(to));

    /// <summary>Returns the band of values at or above <paramref name="value"/>, unbounded above.</summary>
    /// <param name="value">The lower end, included.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The band <c>[value, +∞)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ValueBand AtLeast(double value, Zone zone) => new(zone, ZoneBound.Including(value), null);

    /// <summary>Returns a value indicating whether <paramref name="value"/> falls in this band.</summary>
    /// <param name="value">The value; NaN falls in no band.</param>
    /// <returns><see langword="true"/> when the value is in the band.</returns>
    public bool Contains(double value)
    {
        if (double.IsNaN(value))
        {
            return false;
        }

        bool aboveLower = Lower is not ZoneBound lo || value > lo.Value || (lo.Inclusive && value == lo.Value);
        bool belowUpper = Upper is not ZoneBound hi || value < hi.Value || (hi.Inclusive && value == hi.Value);
        return aboveLower && belowUpper;
    }
}
