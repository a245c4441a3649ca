using SocialRank.Ranking;

namespace SocialRank.Indicators;

/// <summary>
/// One node of a value's canonical form (see <see cref="PageValue{TPage}"/>): a field read from the page, a constant, or
/// the sum or product of two terms. Products and sums only: a value divides once, at the end, by its denominator term.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
internal sealed class Term<TPage>
{
    /// <summary>2^53: whole numbers up to here are exact in a double, and so are their sums and products while they stay below it.</summary>
    internal const double ExactLimit = 9007199254740992.0;

    private Term(TermKind kind, Func<TPage, double>? read, double constant, Term<TPage>? left, Term<TPage>? right)
    {
        Kind = kind;
        Read = read;
        Constant = constant;
        Left = left;
        Right = right;
    }

    /// <summary>What a term computes.</summary>
    internal enum TermKind
    {
        /// <summary>A field: <see cref="Read"/>(page).</summary>
        Read = 0,

        /// <summary>A constant: <see cref="Constant"/>.</summary>
        Constant,

        /// <summary><see cref="Left"/> + <see cref="Right"/>.</summary>
        Sum,

        /// <summary><see cref="Left"/> × <see cref="Right"/>.</summary>
        Product,
    }

    internal TermKind Kind { get; }

    internal Func<TPage, double>? Read { get; }

    internal double Constant { get; }

    internal Term<TPage>? Left { get; }

    internal Term<TPage>? Right { get; }

    internal static Term<TPage> OfRead(Func<TPage, double> read) => new(TermKind.Read, read, 0, null, null);

    internal static Term<TPage> OfConstant(double value) => new(TermKind.Constant, null, value, null, null);

    internal static Term<TPage> Sum(Term<TPage> left, Term<TPage> right) => new(TermKind.Sum, null, 0, left, right);

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

        return new Term<TPage>(TermKind.Product, null, 0, left, right);
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
