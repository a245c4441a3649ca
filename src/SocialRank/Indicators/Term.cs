using SocialRank.Ranking;

namespace SocialRank.Indicators;

/// <summary>
/// One node of a value's canonical form (see <see cref="PageValue{TPage}"/>): a field read from the page, a constant, or
/// the sum or product of two terms. Products and sums only: a value divides once, at the end, by its denominator term.
/// A read-only view (immutable), public so that another package can translate a value, e.g. into SQL.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class Term<TPage>
{
    /// <summary>2^53: whole numbers up to here are exact in a double, and so are their sums and products while they stay below it.</summary>
    internal const double ExactLimit = 9007199254740992.0;

    private Term(TermKind kind, PageValue<TPage>? field, Func<TPage, double>? read, double constant, Term<TPage>? left, Term<TPage>? right)
    {
        Kind = kind;
        Field = field;
        Read = read;
        Constant = constant;
        Left = left;
        Right = right;
    }

    /// <summary>Gets what the term computes.</summary>
    public TermKind Kind { get; }

    /// <summary>
    /// Gets the field (a leaf <see cref="PageValue{TPage}"/>, e.g. <c>followers</c>) the term reads when <see cref="Kind"/> is
    /// <see cref="TermKind.Read"/>; otherwise <see langword="null"/>. Compare fields with <see cref="PageValue{TPage}.ReadsSameFieldAs"/>.
    /// </summary>
    public PageValue<TPage>? Field { get; }

    /// <summary>Gets the function that reads the field from a page (NaN for missing), for <see cref="TermKind.Read"/>.</summary>
    internal Func<TPage, double>? Read { get; }

    /// <summary>
    /// Gets the constant when <see cref="Kind"/> is <see cref="TermKind.Constant"/> (a whole number when the value was built
    /// from factors with a short decimal form, e.g. 100 for a percentage); otherwise 0.
    /// </summary>
    public double Constant { get; }

    /// <summary>Gets the left operand of a <see cref="TermKind.Sum"/> or <see cref="TermKind.Product"/>; otherwise <see langword="null"/>.</summary>
    public Term<TPage>? Left { get; }

    /// <summary>Gets the right operand of a <see cref="TermKind.Sum"/> or <see cref="TermKind.Product"/>; otherwise <see langword="null"/>.</summary>
    public Term<TPage>? Right { get; }

    /// <summary>Returns a short description of the term, e.g. <c>100 × (likes + comments)</c>, for messages and debugging.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        TermKind.Read => Field!.Name,
        TermKind.Constant => Constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        TermKind.Sum => "(" + Left + " + " + Right + ")",
        _ => Left + " × " + Right,
    };

    internal static Term<TPage> OfRead(PageValue<TPage> field, Func<TPage, double> read) => new(TermKind.Read, field, read, 0, null, null);

    internal static Term<TPage> OfConstant(double value) => new(TermKind.Constant, null, null, value, null, null);

    internal static Term<TPage> Sum(Term<TPage> left, Term<TPage> right) => new(TermKind.Sum, null, null, 0, left, right);

    /// <summary>
    /// Returns <paramref name="left"/> × <paramref name="right"/>, where <see langword="null"/> is 1 (and so is the result
    /// when both are); two constants are folded when their product is exact.
    /// </summary>
    internal static Term<TPage>? Product(Term<TPage>? left, Term<TPage>? right)
    {
        if (left is null || IsOne(left))
        {
            return right is null || IsOne(right) ? null : right;
        }

        if (right is null || IsOne(right))
        {
            return left;
        }

        if (left.Kind == TermKind.Constant && right.Kind == TermKind.Constant && IsExactWhole(left.Constant) && IsExactWhole(right.Constant)
            && IsExactWhole(left.Constant * right.Constant))
        {
            return OfConstant(left.Constant * right.Constant);
        }

        return new Term<TPage>(TermKind.Product, null, null, 0, left, right);
    }

    /// <summary>Whether two terms compute the same thing the same way (the same fields by the same functions, the same constants).</summary>
    internal static bool Same(Term<TPage>? a, Term<TPage>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            TermKind.Read => ReferenceEquals(a.Read, b.Read),
            TermKind.Constant => BitConverter.DoubleToInt64Bits(a.Constant) == BitConverter.DoubleToInt64Bits(b.Constant),
            _ => Same(a.Left, b.Left) && Same(a.Right, b.Right),
        };
    }

    /// <summary>
    /// Splits a finite factor into an exact fraction numerator / denominator of whole numbers from its shortest decimal form
    /// (0.5 is 5 / 10, 1.1 is 11 / 10, 100 is 100 / 1); false when no such fraction is exact in doubles.
    /// </summary>
    internal static bool TryExactFraction(double factor, out double numerator, out double denominator)
    {
        numerator = factor;
        denominator = 1;
        if (IsExactWhole(factor))
        {
            return true;
        }

        (long digits, int exponent) = Precision.ShortestDecimal(factor);
        if (Math.Abs((double)digits) > ExactLimit || -exponent is < 0 or > 22)
        {
            return false;
        }

        int decimals = -exponent;
        double scale = 1;
        for (int i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        if (scale > ExactLimit)
        {
            return false;
        }

        numerator = digits;
        denominator = scale;
        return true;
    }

    private static bool IsOne(Term<TPage> term) => term.Kind == TermKind.Constant && term.Constant == 1;

    private static bool IsExactWhole(double value) => Math.Abs(value) <= ExactLimit && value == Math.Floor(value);
}
