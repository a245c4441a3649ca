using SocialRank.Internal;
using SocialRank.Ranking;

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
/// <para><b>Evaluation: one division, at the end.</b> However a value is composed, it is computed in a canonical form: one
/// numerator and one denominator, each a sum or product of fields and constants, divided once. A ratio a / b of two
/// fractions n1 / d1 and n2 / d2 is (n1 × d2) / (d1 × n2); a percentage multiplies the numerator by 100; a sum of
/// fractions with the same denominator adds the numerators, otherwise cross-multiplies; a factor with a short decimal form
/// (0.5, 1.1) is the fraction of its digits. So the article's ER, ((interactions / posts) × 100) / followers, is computed as
/// (interactions × 100) / (posts × followers). When the fields are whole numbers (counts) and every sum and product
/// stays at most 2^53 in magnitude, numerator and denominator are exact and the one division is correctly rounded: two
/// pages whose true values are equal get the identical double and tie (3 followers, 1 post, 1 like and 1 follower, 3
/// posts, 1 like: both ER 33.33… %). Beyond that (counts whose products exceed 2^53, fields that are not whole) the same
/// formula is computed in doubles, and equal true values may differ in the last bit. A value is missing when a field it
/// uses is missing or any divisor it divides by is 0.</para>
/// </remarks>
/// <typeparam name="TPage">The type of page the value is read from.</typeparam>
public sealed class PageValue<TPage>
{
    private readonly Func<TPage, double>? _read;
    private readonly PageValue<TPage>[] _leaves;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Term<TPage>> _divisors;
    private ValuePlan<TPage>? _plan;

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where NaN means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; NaN means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, double> read)
        : this(Throw.IfBlank(name), Throw.IfNull(read), required: false)
    {
    }

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where <see langword="null"/> means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> (or NaN) means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, double?> read)
        : this(name, Wrap(Throw.IfNull(read)))
    {
    }

    /// <summary>Initializes a value read from each page by <paramref name="read"/>, where <see langword="null"/> means missing.</summary>
    /// <param name="name">The value's name, e.g. <c>followers</c>.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> means missing.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    public PageValue(string name, Func<TPage, long?> read)
        : this(name, Wrap(Throw.IfNull(read)))
    {
    }

    /// <summary>A leaf.</summary>
    private PageValue(string name, Func<TPage, double> read, bool required)
    {
        Name = name;
        _read = read;
        IsRequired = required;
        _leaves = [this];
        Numerator = Term<TPage>.OfRead(this, read);
        Guards = [];
        _divisors = System.Collections.ObjectModel.ReadOnlyCollection<Term<TPage>>.Empty;
    }

    /// <summary>A combination, in canonical form.</summary>
    private PageValue(string name, PageValue<TPage>[] leaves, Term<TPage> numerator, Term<TPage>? denominator, Term<TPage>[] guards)
    {
        Name = name;
        _leaves = leaves;
        Numerator = numerator;
        Denominator = denominator;
        Guards = guards;
        _divisors = Array.AsReadOnly(guards);
    }

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

    /// <summary>
    /// Gets the numerator of the value's canonical form (see the remarks of <see cref="PageValue{TPage}"/>): for a leaf,
    /// the field itself; for the article's ER, 100 × interactions.
    /// </summary>
    public Term<TPage> Numerator { get; }

    /// <summary>
    /// Gets the denominator of the value's canonical form, or <see langword="null"/> for 1 (no division): the value is
    /// <see cref="Numerator"/> / <see cref="Denominator"/>, divided once; for the article's ER, posts × followers.
    /// </summary>
    public Term<TPage>? Denominator { get; }

    /// <summary>
    /// Gets the divisors of the value's canonical form: the value is missing when one of them is 0 (as well as when the
    /// <see cref="Denominator"/> is 0 or a field it reads is missing). Each is the numerator of a value divided by; a divisor
    /// that is also a factor of the denominator is listed too (it is 0 exactly when the denominator is).
    /// </summary>
    public IReadOnlyList<Term<TPage>> Divisors => _divisors;

    /// <summary>Gets the divisors that must not be 0: the value is missing when one is (its denominator is their product).</summary>
    internal Term<TPage>[] Guards { get; }

    /// <summary>Gets the function a leaf reads pages with, or <see langword="null"/> for a combination.</summary>
    internal Func<TPage, double>? ReadFunction => _read;

    /// <summary>
    /// Returns whether this value and <paramref name="other"/> are leaves that read the same field of a page (the same
    /// read function), whatever their names and <see cref="IsRequired"/>: e.g. a field and its <see cref="Required"/> copy.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both are leaves reading the same field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool ReadsSameFieldAs(PageValue<TPage> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _read is not null && ReferenceEquals(_read, other._read);
    }

    /// <summary>Reads the value from <paramref name="page"/>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The value, or NaN when it is missing (never ±infinity from a division by zero).</returns>
    public double Read(TPage page)
    {
        if (_read is not null)
        {
            return _read(page);
        }

        // A block of one page: the rating's pass over the pages computes the same steps, so the same bits.
        ValuePlan<TPage> plan = _plan ??= new ValuePlan<TPage>([this]);
        Span<double> slots = plan.SlotCount <= 32 ? stackalloc double[32] : new double[plan.SlotCount];
        plan.ComputeBlock(new ReadOnlySpan<TPage>(in page), slots, stride: 1);
        double value = 0;
        plan.ValuesOfBlock(0, slots, stride: 1, Precision.Exact, new Span<double>(ref value));
        return value;
    }

    /// <summary>Returns a copy of this leaf that is required: a page that lacks it while an indicator needs it is bad input.</summary>
    /// <returns>The required leaf.</returns>
    /// <exception cref="InvalidOperationException">This value is a combination of other values, not a leaf.</exception>
    public PageValue<TPage> Required()
    {
        if (_read is null)
        {
            Throw.RequiredOnComposite(Name);
        }

        return new PageValue<TPage>(Name, _read, required: true);
    }

    /// <summary>Returns the same value under another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The renamed value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> Named(string name)
    {
        Throw.IfBlank(name);
        return _read is not null ? new PageValue<TPage>(name, _read, IsRequired) : new PageValue<TPage>(name, _leaves, Numerator, Denominator, Guards);
    }

    /// <summary>Returns this value plus <paramref name="other"/>; missing when either is missing.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The sum, named <c>a + b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> Plus(PageValue<TPage> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Term<TPage> numerator;
        Term<TPage>? denominator;
        if (Term<TPage>.Same(Denominator, other.Denominator))
        {
            // n1 / d + n2 / d = (n1 + n2) / d
            numerator = Term<TPage>.Sum(Numerator, other.Numerator);
            denominator = Denominator;
        }
        else
        {
            // n1 / d1 + n2 / d2 = (n1 × d2 + n2 × d1) / (d1 × d2)
            numerator = Term<TPage>.Sum(Term<TPage>.Product(Numerator, other.Denominator)!, Term<TPage>.Product(other.Numerator, Denominator)!);
            denominator = Term<TPage>.Product(Denominator, other.Denominator);
        }

        return Combine($"{Name} + {other.Name}", other, numerator, denominator, newGuard: null);
    }

    /// <summary>Returns this value divided by <paramref name="denominator"/>; missing when either is missing or the denominator is 0.</summary>
    /// <param name="denominator">The value to divide by.</param>
    /// <returns>The ratio, named <c>a / b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="denominator"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> DividedBy(PageValue<TPage> denominator)
    {
        ArgumentNullException.ThrowIfNull(denominator);

        // (n1 / d1) / (n2 / d2) = (n1 × d2) / (d1 × n2), missing when n2 is 0.
        return Combine(
            $"{Name} / {Parenthesize(denominator.Name)}",
            denominator,
            Term<TPage>.Product(Numerator, denominator.Denominator)!,
            Term<TPage>.Product(Denominator, denominator.Numerator),
            denominator.Numerator);
    }

    /// <summary>
    /// Returns this value as a percentage of <paramref name="whole"/>, (this × 100) / whole; missing when either is missing
    /// or <paramref name="whole"/> is 0.
    /// </summary>
    /// <param name="whole">The value that is 100 %.</param>
    /// <returns>The percentage, named <c>a, % of b</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whole"/> is <see langword="null"/>.</exception>
    public PageValue<TPage> PercentOf(PageValue<TPage> whole)
    {
        ArgumentNullException.ThrowIfNull(whole);

        // (n1 / d1) × 100 / (n2 / d2) = (100 × n1 × d2) / (d1 × n2), missing when n2 is 0.
        return Combine(
            $"{Name}, % of {whole.Name}",
            whole,
            Term<TPage>.Product(Term<TPage>.Product(Term<TPage>.OfConstant(100), Numerator), whole.Denominator)!,
            Term<TPage>.Product(Denominator, whole.Numerator),
            whole.Numerator);
    }

    /// <summary>Returns this value multiplied by a constant; missing when this value is missing.</summary>
    /// <param name="factor">The finite constant to multiply by.</param>
    /// <returns>The scaled value, named <c>a × factor</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is NaN or infinite.</exception>
    public PageValue<TPage> Times(double factor)
    {
        if (!double.IsFinite(factor))
        {
            Throw.FactorNotFinite(factor, nameof(factor));
        }

        // A factor with a short decimal form is the exact fraction of its digits (0.5 = 5 / 10); any other multiplies as it is.
        Term<TPage> numerator;
        Term<TPage>? denominator = Denominator;
        if (Term<TPage>.TryExactFraction(factor, out double top, out double bottom))
        {
            numerator = Term<TPage>.Product(Term<TPage>.OfConstant(top), Numerator) ?? Term<TPage>.OfConstant(1);
            denominator = bottom == 1 ? denominator : Term<TPage>.Product(Term<TPage>.OfConstant(bottom), denominator);
        }
        else
        {
            numerator = Term<TPage>.Product(Term<TPage>.OfConstant(factor), Numerator)!;
        }

        return Combine(FormattableString.Invariant($"{Parenthesize(Name)} × {factor}"), null, numerator, denominator, newGuard: null);
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

    private static string Parenthesize(string name)
        => name.Contains(' ', StringComparison.Ordinal) ? "(" + name + ")" : name;

    private static Func<TPage, double> Wrap(Func<TPage, double?> read) => p => read(p) ?? double.NaN;

    private static Func<TPage, double> Wrap(Func<TPage, long?> read) => p => read(p) is long v ? v : double.NaN;

    private PageValue<TPage> Combine(string name, PageValue<TPage>? other, Term<TPage> numerator, Term<TPage>? denominator, Term<TPage>? newGuard)
    {
        PageValue<TPage>[] leaves = _leaves;
        var guards = new List<Term<TPage>>(Guards);
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
            AddGuards(guards, other.Guards);
        }

        if (newGuard is not null)
        {
            AddGuards(guards, [newGuard]);
        }

        return new PageValue<TPage>(name, leaves, numerator, denominator, [.. guards]);
    }

    private static void AddGuards(List<Term<TPage>> guards, Term<TPage>[] more)
    {
        foreach (Term<TPage> guard in more)
        {
            if (guard.Kind == TermKind.Constant ? guard.Constant == 0 : !guards.Exists(g => Term<TPage>.Same(g, guard)))
            {
                guards.Add(guard);
            }
        }
    }
}
