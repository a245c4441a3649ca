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
    /// <summary>The largest <see cref="Precision"/> accepted, in decimal places.</summary>
    public const int MaxPrecision = 15;

    private readonly TieMethod _ties = TieMethod.Min;
    private readonly RankDirection _direction = RankDirection.Ascending;
    private readonly MissingPlacement _missing = MissingPlacement.Keep;
    private readonly int? _precision;

    /// <summary>Gets the default options: min ties, ascending, missing values kept without a place, exact comparison.</summary>
    public static RankOptions Default { get; } = new();

    /// <summary>Gets how tied values share places.</summary>
    /// <value>The default value is <see cref="TieMethod.Min"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TieMethod"/>.</exception>
    public TieMethod Ties
    {
        get => _ties;
        init => _ties = Enum.IsDefined(value) ? value : throw Throw.UndefinedEnum(nameof(Ties), value);
    }

    /// <summary>Gets which end of the scale takes place 1.</summary>
    /// <value>The default value is <see cref="RankDirection.Ascending"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="RankDirection"/>.</exception>
    public RankDirection Direction
    {
        get => _direction;
        init => _direction = Enum.IsDefined(value) ? value : throw Throw.UndefinedEnum(nameof(Direction), value);
    }

    /// <summary>Gets where missing values (NaN) are placed.</summary>
    /// <value>The default value is <see cref="MissingPlacement.Keep"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MissingPlacement"/>.</exception>
    public MissingPlacement Missing
    {
        get => _missing;
        init => _missing = Enum.IsDefined(value) ? value : throw Throw.UndefinedEnum(nameof(Missing), value);
    }

    /// <summary>
    /// Gets the number of decimal places values are compared at, or <see langword="null"/> to compare exactly.
    /// </summary>
    /// <remarks>
    /// With a precision <c>d</c>, each finite value <c>v</c> is compared as <c>Math.Round(v × 10^d, MidpointRounding.ToEven) / 10^d</c>,
    /// the rule numpy's <c>round</c> uses (so 2.675 at 2 places compares as 2.68, because 2.675 × 100 is 267.5 in
    /// doubles); a value whose scaled form is not finite (above about 10^293 at 15 places) is compared as it is,
    /// where numpy would give ∞. The rounding is a function of each value alone, so ties stay transitive (never a
    /// tolerance). Places are counted as usual; only the comparison uses the rounded values.
    /// </remarks>
    /// <value>The default value is <see langword="null"/> (exact comparison).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above <see cref="MaxPrecision"/>.</exception>
    public int? Precision
    {
        get => _precision;
        init => _precision = value is null or (>= 0 and <= MaxPrecision) ? value : throw Throw.PrecisionOutOfRange(nameof(Precision), value.Value);
    }

    /// <summary>
    /// Gets a value indicating whether places are given as fractions, like pandas <c>pct=True</c>: the place divided by
    /// the number of values that got a place (for <see cref="TieMethod.Dense"/>: by the number of distinct places).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Percentile { get; init; }
}
