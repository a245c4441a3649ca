using System.Globalization;
using SocialRank.Internal;

namespace SocialRank.Rating;

/// <summary>
/// What decided a page's final place among the pages with the same total: the total alone, a tie-breaker indicator (with
/// its name and position), a shared place, or input order. A typed value, so an indicator named <c>shared</c> used as a
/// tie-breaker is never mistaken for a shared place; every text about the decision is derived from it.
/// </summary>
/// <remarks>The default value is <see cref="ByTotal"/>.</remarks>
public readonly record struct Decision
{
    private readonly string? _indicatorName;
    private readonly int _indicatorIndexPlusOne;

    private Decision(DecisionKind kind, string? indicatorName, int indicatorIndex)
    {
        Kind = kind;
        _indicatorName = indicatorName;
        _indicatorIndexPlusOne = indicatorIndex + 1;
    }

    /// <summary>Gets the decision that the total alone decided (no other page has the total).</summary>
    public static Decision ByTotal => default;

    /// <summary>Gets the decision that the page shares its place (still tied after every tie-breaker).</summary>
    public static Decision SharedPlace => new(DecisionKind.Shared, null, -1);

    /// <summary>Gets the decision that input order decided (still tied after every tie-breaker, ordinal final ties).</summary>
    public static Decision ByInputOrder => new(DecisionKind.InputOrder, null, -1);

    /// <summary>Gets what decided.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets the name of the tie-breaker indicator that decided, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="DecisionKind.TieBreaker"/>.</summary>
    public string? IndicatorName => _indicatorName;

    /// <summary>
    /// Gets the 0-based position, in the method's <see cref="RatingMethod{TPage}.Indicators"/> (and so in a row's
    /// <see cref="RatingRow{TPage}.Scores"/>), of the tie-breaker indicator that decided; -1 unless <see cref="Kind"/> is
    /// <see cref="DecisionKind.TieBreaker"/>.
    /// </summary>
    public int IndicatorIndex => _indicatorIndexPlusOne - 1;

    /// <summary>Returns the decision that the tie-breaker indicator <paramref name="indicatorName"/> decided.</summary>
    /// <param name="indicatorName">The indicator's name.</param>
    /// <param name="indicatorIndex">The indicator's 0-based position in the method's indicators.</param>
    /// <returns>The decision, of kind <see cref="DecisionKind.TieBreaker"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicatorName"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicatorIndex"/> is negative.</exception>
    public static Decision ByTieBreaker(string indicatorName, int indicatorIndex)
    {
        Throw.IfBlank(indicatorName);
        ArgumentOutOfRangeException.ThrowIfNegative(indicatorIndex);
        return new Decision(DecisionKind.TieBreaker, indicatorName, indicatorIndex);
    }

    /// <summary>Returns the decision of a tie-breaker from the method's own, already validated, names.</summary>
    internal static Decision TieBreaker(string indicatorName, int indicatorIndex) => new(DecisionKind.TieBreaker, indicatorName, indicatorIndex);

    /// <summary>
    /// Returns the decision as the tables write it: <c>total</c>, <c>tie-breaker 'name'</c> (the indicator's name in
    /// quotes), <c>shared</c> or <c>input order</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        DecisionKind.TieBreaker => string.Create(CultureInfo.InvariantCulture, $"tie-breaker '{_indicatorName}'"),
        DecisionKind.Shared => "shared",
        DecisionKind.InputOrder => "input order",
        _ => "total",
    };
}
