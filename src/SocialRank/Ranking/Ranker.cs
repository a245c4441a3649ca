using SocialRank.Internal;

namespace SocialRank.Ranking;

/// <summary>
/// Ranks a column of numbers with pandas <c>Series.rank</c> semantics: tie methods, direction, missing values,
/// an optional comparison precision and percentile places.
/// </summary>
/// <remarks>
/// <para>
/// Places match pandas <c>Series.rank(method, ascending, na_option, pct)</c> exactly (and scipy's <c>rankdata</c>
/// for the methods it shares): −0.0 ties with 0.0, each infinity ties with itself, NaN is missing and never ties
/// with an infinity, tie places are computed in closed form (no drift in large tie groups), and ordinal ties
/// follow input order in both directions. Ranking takes linear time: a counting sort when every value is a
/// multiple of one power of ten (counts, percentages with two decimals, values rounded to a
/// <see cref="RankOptions.Precision"/>) and those multiples span no more steps than there are values, a radix
/// sort of order-preserving 64-bit keys otherwise, and a comparison sort for short columns. It never compares
/// with a tolerance.
/// </para>
/// <para>
/// The span overload with a <see cref="RankWorkspace"/> allocates nothing once the workspace has grown to the
/// column's length. All members are thread-safe as long as each thread uses its own workspace.
/// </para>
/// </remarks>
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
            Throw.LengthMismatch(nameof(values), values.Length, nameof(places), places.Length);
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
