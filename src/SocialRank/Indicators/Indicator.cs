using SocialRank.Internal;
using SocialRank.Ranking;

namespace SocialRank.Indicators;

/// <summary>
/// One indicator of a rating: a name, a value taken from each page, which end of the scale is better, an optional
/// precision and a rule for missing values. Immutable; change it with <c>with</c>.
/// </summary>
/// <remarks>
/// The article's six indicators (<c>SocialRank.Pages.ArticleIndicators</c>) are built with this type exactly as a user's own
/// indicator over their own page type is.
/// </remarks>
/// <typeparam name="TPage">The type of page the indicator reads.</typeparam>
public sealed record Indicator<TPage>
{
    private readonly string _name = "";
    private readonly PageValue<TPage> _value = null!;
    private readonly Better _better;
    private readonly MissingValueRule _missing;

    /// <summary>Initializes an indicator over <paramref name="value"/>.</summary>
    /// <param name="name">The indicator's name, unique within a rating method, e.g. <c>followers</c>.</param>
    /// <param name="value">The value the indicator ranks pages by.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Indicators.Better"/>.</exception>
    public Indicator(string name, PageValue<TPage> value, Better better)
    {
        _name = Throw.IfBlank(name);
        _value = Throw.IfNull(value);
        _better = Throw.IfUndefined(better, nameof(Better));
    }

    /// <summary>Initializes an indicator that reads its value with <paramref name="read"/>, where NaN means missing.</summary>
    /// <param name="name">The indicator's name, unique within a rating method.</param>
    /// <param name="read">Reads the value from a page; NaN means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Indicators.Better"/>.</exception>
    public Indicator(string name, Func<TPage, double> read, Better better)
        : this(name, new PageValue<TPage>(name, read), better)
    {
    }

    /// <summary>Initializes an indicator that reads its value with <paramref name="read"/>, where <see langword="null"/> means missing.</summary>
    /// <param name="name">The indicator's name, unique within a rating method.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> (or NaN) means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Indicators.Better"/>.</exception>
    public Indicator(string name, Func<TPage, double?> read, Better better)
        : this(name, new PageValue<TPage>(name, read), better)
    {
    }

    /// <summary>Gets the indicator's name, unique within a rating method.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Name
    {
        get => _name;
        init => _name = Throw.IfBlank(value);
    }

    /// <summary>Gets the value the indicator ranks pages by.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public PageValue<TPage> Value
    {
        get => _value;
        init => _value = Throw.IfNull(value);
    }

    /// <summary>Gets which end of the scale is better (takes place 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Indicators.Better"/>.</exception>
    public Better Better
    {
        get => _better;
        init => _better = Throw.IfUndefined(value, nameof(Better));
    }

    /// <summary>
    /// Gets the precision values are shown and compared at: pages whose values are equal at this precision share the place
    /// (see <see cref="Ranking.Precision"/> for the rounding rule), or <see cref="Ranking.Precision.Exact"/> to compare
    /// exactly and show values in full.
    /// </summary>
    /// <value>The default value is <see cref="Ranking.Precision.Exact"/>.</value>
    public Precision Precision { get; init; }

    /// <summary>Gets what a rating does with a page whose value is missing.</summary>
    /// <value>The default value is <see cref="MissingValueRule.RankLast"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MissingValueRule"/>.</exception>
    public MissingValueRule Missing
    {
        get => _missing;
        init => _missing = Throw.IfUndefined(value, nameof(Missing));
    }

    /// <summary>Returns the options that rank this indicator's column with <paramref name="ties"/>.</summary>
    /// <param name="ties">The tie method.</param>
    /// <returns>Options: direction from <see cref="Better"/>, missing values at the bottom, precision from <see cref="Precision"/>.</returns>
    internal RankOptions ToRankOptions(TieMethod ties) => new()
    {
        Ties = ties,
        Direction = _better == Better.Higher ? RankDirection.Descending : RankDirection.Ascending,
        Missing = MissingPlacement.Bottom,
        Precision = Precision,
    };

    /// <summary>Returns the indicator's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _name;
}
