using SocialRank.Internal;

namespace SocialRank.Ranking;

/// <summary>
/// How <see cref="Ranker"/> ranks a column of values. Immutable; change it with <c>with</c>.
/// </summary>
/// <remarks>
/// Values compare exactly unless <see cref="Precision"/> is set: −0.0 ties with 0.0, +∞ with +∞ and −∞ with −∞,
/// and NaN is missing (it never ties with anything but another missing value).
/// </remarks>
public sealed record RankOptions
{
    private readonly TieMethod _ties = TieMethod.Min;
    private readonly RankDirection _direction = RankDirection.Ascending;
    private readonly MissingPlacement _missing = MissingPlacement.Keep;

    /// <summary>Gets the default options: min ties, ascending, missing values kept without a place, exact comparison.</summary>
    public static RankOptions Default { get; } = new();

    /// <summary>Gets how tied values share places.</summary>
    /// <value>The default value is <see cref="TieMethod.Min"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TieMethod"/>.</exception>
    public TieMethod Ties
    {
        get => _ties;
        init => _ties = Throw.IfUndefined(value, nameof(Ties));
    }

    /// <summary>Gets which end of the scale takes place 1.</summary>
    /// <value>The default value is <see cref="RankDirection.Ascending"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="RankDirection"/>.</exception>
    public RankDirection Direction
    {
        get => _direction;
        init => _direction = Throw.IfUndefined(value, nameof(Direction));
    }

    /// <summary>Gets where missing values (NaN) are placed.</summary>
    /// <value>The default value is <see cref="MissingPlacement.Keep"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MissingPlacement"/>.</exception>
    public MissingPlacement Missing
    {
        get => _missing;
        init => _missing = Throw.IfUndefined(value, nameof(Missing));
    }

    /// <summary>Gets the precision values are compared at: exactly, or rounded to a number of decimal places.</summary>
    /// <remarks>
    /// With a precision of d places, each finite value is compared as <see cref="Ranking.Precision.Round"/> gives it: its
    /// shortest decimal form rounded to d places by the precision's midpoint rule (so 1.25 at 1 place compares as 1.3 by
    /// default, as 1.2 half to even; 2.675 at 2 places as 2.68 either way). The rounding is a function of each value alone, so
    /// ties stay transitive (never a tolerance). Places are counted as usual; only the comparison uses the rounded values.
    /// </remarks>
    /// <value>The default value is <see cref="Ranking.Precision.Exact"/>.</value>
    public Precision Precision { get; init; }

    /// <summary>
    /// Gets a value indicating whether places are given as fractions, like pandas <c>pct=True</c>: the place divided by
    /// the number of values that got a place (for <see cref="TieMethod.Dense"/>: by the number of distinct places).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Percentile { get; init; }
}
