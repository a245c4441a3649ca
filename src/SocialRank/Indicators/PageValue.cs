namespace SocialRank.Indicators;

/// <summary>
/// A number taken from a page, possibly missing: a field of the page, or a combination of other values
/// (sum, ratio, percentage, scaling). Immutable and thread-safe as long as the functions it reads pages with are.
/// </summary>
/// <remarks>
/// <para>Missing is represented as NaN by <see cref="Read"/>. Missing propagates: a sum, ratio or scaled value with a missing
/// part is missing. Dividing by zero (or by a missing value) gives missing, never infinity or NaN leaking into a place.</para>
/// <para>A field read from the page is a <em>leaf</em>. A leaf marked <see cref="Required"/> is a field every page must
/// have when an indicator uses it: a rating reports a page where it is missing as bad input instead of ranking it.</para>
/// </remarks>
/// <typeparam name="TPage">The type of page the value is read from.</typeparam>
public sealed class PageValue<TPage>
{
    private readonly Func<TPage, double> _read;
    private readonly PageValue<TPage>[] _leaves;
    private readonly Operation _operation;

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where NaN means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; NaN means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, double> read)
        : this(IndicatorThrow.CheckName(name, nameof(name)), read ?? throw new ArgumentNullException(nameof(read)), required: false, leaves: null)
    {
    }

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where <see langword="null"/> means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> (or NaN) means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, double?> read)
        : this(name, Wrap(read ?? throw new ArgumentNullException(nameof(read))))
    {
    }

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where <see langword="null"/> means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, long?> read)
        : this(name, Wrap(read ?? throw new ArgumentNullException(nameof(read))))
    {
    }

    private PageValue(string name, Func<TPage, double> read, bool required, PageValue<TPage>[]? leaves, Operation operation = default)
    {
        Name = name;
        _read = read;
        IsRequired = required;
        _leaves = leaves ?? [this];
        _operation = operation;
    }

    /// <summary>How a combined value is computed from its operands.</summary>
    internal enum OperationKind
    {
        /// <summary>Read from the page by a function (a field, or a value built from a function).</summary>
        Read = 0,

        /// <summary>Left + right.</summary>
        Plus,

        /// <summary><see cref="Divide"/>(left, right).</summary>
        Divide,

        /// <summary><see cref="Divide"/>(left × 100, right).</summary>
        Percent,

        /// <summary>Left × factor.</summary>
        Times,
    }

    /// <summary>
    /// Gets how the value is computed: for <see cref="OperationKind.Read"/>, <see cref="ReadFunction"/> reads it; otherwise
    /// from <see cref="Operation.Left"/> (and <see cref="Operation.Right"/> or <see cref="Operation.Factor"/>), with exactly
    /// the arithmetic of <see cref="Read"/>, so that an evaluation plan can compute shared operands once per page.
    /// </summary>
    internal Operation Computation => _operation;

    /// <summary>Gets the function <see cref="Read"/> calls.</summary>
    internal Func<TPage, double> ReadFunction => _read;

    /// <summary>Gets the value's name, used in messages and as the default name of indicators built on it.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets a value indicating whether this is a leaf that every page must have whenever an indicator uses it
    /// (see <see cref="Required"/>).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IsRequired { get; }

    /// <summary>Gets the fields (leaves) this value is computed from, in the order they appear; a leaf lists itself.</summary>
    public IReadOnlyList<PageValue<TPage>> Leaves => _leaves;

    /// <summary>Reads the value from <paramref name="page"/>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The value, or NaN when it is missing (never ±infinity from a division by zero).</returns>
    public double Read(TPage page) => _read(page);

    /// <summary>Returns a copy of this leaf that is required: a page that lacks it while an indicator needs it is bad input.</summary>
    /// <returns>The required leaf.</returns>
    /// <exception cref="InvalidOperationException">This value is a combination of other values, not a leaf.</exception>
    public PageValue<TPage> Required()
        => _leaves.Length == 1 && ReferenceEquals(_leaves[0], this)
            ? new PageValue<TPage>(Name, _read, required: true, leaves: null)
            : throw IndicatorThrow.RequiredOnComposite(Name);

    /// <summary>Returns the same value under another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The renamed value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> Named(string name)
    {
        IndicatorThrow.CheckName(name, nameof(name));
        bool leaf = _leaves.Length == 1 && ReferenceEquals(_leaves[0], this);
        return leaf ? new PageValue<TPage>(name, _read, IsRequired, leaves: null, _operation) : new PageValue<TPage>(name, _read, required: false, _leaves, _operation);
    }

    /// <summary>Returns this value plus <paramref name="other"/>; missing when either is missing.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The sum, named <c>a + b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> Plus(PageValue<TPage> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Func<TPage, double> a = _read, b = other._read;
        return Combine($"{Name} + {other.Name}", p => Apply(OperationKind.Plus, a(p), b(p), 0), other, new(OperationKind.Plus, this, other, 0));
    }

    /// <summary>Returns this value divided by <paramref name="denominator"/>; missing when either is missing or the denominator is 0.</summary>
    /// <param name="denominator">The value to divide by.</param>
    /// <returns>The ratio, named <c>a / b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="denominator"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> DividedBy(PageValue<TPage> denominator)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        Func<TPage, double> a = _read, b = denominator._read;
        return Combine($"{Name} / {Parenthesize(denominator.Name)}", p => Apply(OperationKind.Divide, a(p), b(p), 0), denominator, new(OperationKind.Divide, this, denominator, 0));
    }

    /// <summary>
    /// Returns this value as a percentage of <paramref name="whole"/>, computed as (this × 100) / whole; missing when either
    /// is missing or <paramref name="whole"/> is 0.
    /// </summary>
    /// <param name="whole">The value that is 100 %.</param>
    /// <returns>The percentage, named <c>a, % of b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whole"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> PercentOf(PageValue<TPage> whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        Func<TPage, double> a = _read, b = whole._read;
        return Combine($"{Name}, % of {whole.Name}", p => Apply(OperationKind.Percent, a(p), b(p), 0), whole, new(OperationKind.Percent, this, whole, 0));
    }

    /// <summary>Returns this value multiplied by a constant; missing when this value is missing.</summary>
    /// <param name="factor">The finite constant to multiply by.</param>
    /// <returns>The scaled value, named <c>a × factor</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is NaN or infinite.</exception>
    public PageValue<TPage> Times(double factor)
    {
        if (!double.IsFinite(factor))
        {
            throw IndicatorThrow.FactorNotFinite(factor);
        }

        Func<TPage, double> a = _read;
        return Combine(FormattableString.Invariant($"{Parenthesize(Name)} × {factor}"), p => Apply(OperationKind.Times, a(p), 0, factor), null, new(OperationKind.Times, this, null, factor));
    }

    /// <summary>Returns <paramref name="left"/> plus <paramref name="right"/> (see <see cref="Plus"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PageValue<TPage> operator +(PageValue<TPage> left, PageValue<TPage> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Plus(right);
    }

    /// <summary>Returns <paramref name="left"/> divided by <paramref name="right"/> (see <see cref="DividedBy"/>).</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PageValue<TPage> operator /(PageValue<TPage> left, PageValue<TPage> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.DividedBy(right);
    }

    /// <summary>Returns <paramref name="left"/> multiplied by <paramref name="right"/> (see <see cref="Times"/>).</summary>
    /// <param name="left">The value.</param>
    /// <param name="right">The finite constant.</param>
    /// <returns>The scaled value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is NaN or infinite.</exception>
    public static PageValue<TPage> operator *(PageValue<TPage> left, double right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Times(right);
    }

    /// <summary>Returns the value's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static double Divide(double numerator, double denominator)
        => denominator == 0 ? double.NaN : numerator / denominator;

    /// <summary>
    /// The arithmetic of every combined value, in one place: <see cref="Read"/> and the evaluation plan of a rating
    /// both compute with it, so they agree bit for bit.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Apply(OperationKind kind, double left, double right, double factor) => kind switch
    {
        OperationKind.Plus => left + right,
        OperationKind.Divide => Divide(left, right),
        OperationKind.Percent => Divide(left * 100.0, right),
        OperationKind.Times => left * factor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Parenthesize(string name)
        => name.Contains(' ', StringComparison.Ordinal) ? "(" + name + ")" : name;

    private static Func<TPage, double> Wrap(Func<TPage, double?> read) => p => read(p) ?? double.NaN;

    private static Func<TPage, double> Wrap(Func<TPage, long?> read) => p => read(p) is long v ? v : double.NaN;

    private PageValue<TPage> Combine(string name, Func<TPage, double> read, PageValue<TPage>? other, Operation operation)
    {
        PageValue<TPage>[] leaves = _leaves;
        if (other is not null)
        {
            var merged = new List<PageValue<TPage>>(_leaves);
            foreach (PageValue<TPage> leaf in other._leaves)
            {
                if (!merged.Contains(leaf))
                {
                    merged.Add(leaf);
                }
            }

            leaves = [.. merged];
        }

        return new PageValue<TPage>(name, read, required: false, leaves, operation);
    }

    /// <summary>An operation and its operands (see <see cref="Computation"/>).</summary>
    /// <param name="Kind">The operation.</param>
    /// <param name="Left">The first operand, for every kind but <see cref="OperationKind.Read"/>.</param>
    /// <param name="Right">The second operand of <see cref="OperationKind.Plus"/>, <see cref="OperationKind.Divide"/> and <see cref="OperationKind.Percent"/>.</param>
    /// <param name="Factor">The factor of <see cref="OperationKind.Times"/>.</param>
    internal readonly record struct Operation(OperationKind Kind, PageValue<TPage>? Left, PageValue<TPage>? Right, double Factor);
}
