namespace SocialRank.Ranking;

/// <summary>
/// Ranks a column of numbers with pandas <c>Series.rank</c> semantics: tie methods, direction, missing values,
/// an optional comparison precision and percentile places.
/// </summary>
/// <remarks>All members are thread-safe as long as each thread uses its own <see cref="RankWorkspace"/>.</remarks>
public static class Ranker
{
    /// <summary>
    /// Ranks <paramref name="values"/> into <paramref name="places"/> (place 1 is the first), allocating nothing once
    /// <paramref name="workspace"/> is large enough.
    /// </summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="places">Receives each value's place, at the value's index; NaN for a missing value kept without a place.</param>
    /// <param name="options">How to rank.</param>
    /// <param name="workspace">Reusable scratch memory; it grows as needed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="places"/> is not as long as <paramref name="values"/>.</exception>
    public static void Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options, RankWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workspace);
        if (places.Length != values.Length)
        {
            throw Throw.LengthMismatch(nameof(values), values.Length, nameof(places), places.Length);
        }

        RankCore.Rank(values, places, options, workspace);
    }

    /// <summary>Ranks <paramref name="values"/> into <paramref name="places"/> with a temporary workspace.</summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="places">Receives each value's place, at the value's index; NaN for a missing value kept without a place.</param>
    /// <param name="options">How to rank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="places"/> is not as long as <paramref name="values"/>.</exception>
    public static void Rank(ReadOnlySpan<double> values, Span<double> places, RankOptions options)
        => Rank(values, places, options, new RankWorkspace());

    /// <summary>Ranks <paramref name="values"/> and returns the places in a new array.</summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="options">How to rank.</param>
    /// <returns>Each value's place, at the value's index; NaN for a missing value kept without a place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static double[] Rank(double[] values, RankOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        var places = new double[values.Length];
        Rank(values, places, options);
        return places;
    }

    /// <summary>Ranks <paramref name="values"/> with <see cref="RankOptions.Default"/> and returns the places in a new array.</summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <returns>Each value's place, at the value's index; NaN for a missing value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static double[] Rank(double[] values) => Rank(values, RankOptions.Default);

    /// <summary>Ranks <paramref name="values"/> and returns the places in a new array.</summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="options">How to rank.</param>
    /// <returns>Each value's place, in input order; NaN for a missing value kept without a place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static double[] Rank(IEnumerable<double> values, RankOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Rank(values as double[] ?? values.ToArray(), options);
    }

    /// <summary>Ranks <paramref name="values"/> with <see cref="RankOptions.Default"/> and returns the places in a new array.</summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <returns>Each value's place, in input order; NaN for a missing value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static double[] Rank(IEnumerable<double> values) => Rank(values, RankOptions.Default);
}
