using System.Runtime.CompilerServices;
using System.Globalization;
using SocialRank.Internal;

namespace SocialRank.Ranking;

/// <summary>
/// How values are compared and shown: exactly, or rounded to a number of decimal places with a stated midpoint rule, so
/// that values that look equal in a published table are equal. The one place where SocialRank rounds: ranking, zones and
/// formatting all call it. Immutable; <c>default(Precision)</c> is <see cref="Exact"/>.
/// </summary>
/// <remarks>
/// <para>The value rounded is the <em>true decimal value</em>, as a person with a calculator or a spreadsheet rounds it, not
/// the binary double: for a double, its shortest round-trip decimal form (what <c>ToString("R")</c> prints, what a person
/// would type: <c>2.675</c> is 2.675, <c>1.005</c> is 1.005); for a ratio of whole numbers given to
/// <see cref="RoundRatio"/>, the exact ratio (5 / 4 is exactly 1.25; 729 × 100 / (120 × 2,700) is exactly 0.225).</para>
/// <para>The midpoint rule decides values exactly halfway: <see cref="MidpointRounding.AwayFromZero"/> (the default, as
/// spreadsheets' ROUND and number formats do: 1.25 → 1.3, 0.225 → 0.23, −1.25 → −1.3) or <see cref="MidpointRounding.ToEven"/>
/// (as numpy and pandas do: 1.25 → 1.2, 0.225 → 0.22).</para>
/// <para>A finite value so large that it has no digits below the precision in a double (|v| × 10^d ≥ 2^52) is returned as
/// it is. NaN and infinities are returned as they are. Rounding is a function of each value alone, so equality at a
/// precision is transitive (never a tolerance).</para>
/// </remarks>
public readonly struct Precision : IEquatable<Precision>
{
    /// <summary>The most decimal places a precision may have.</summary>
    public const int MaxDecimalPlaces = 15;

    /// <summary>2^52: from here on every double is a whole number.</summary>
    private const double WholeFrom = 4503599627370496.0;

    /// <summary>2^53: whole numbers up to here are exact in a double.</summary>
    private const double ExactIntegerLimit = 9007199254740992.0;

    /// <summary>2^−49: values whose scaled fraction is this close (relative) to one half are resolved exactly.</summary>
    internal const double MidpointWindow = 1.0 / 562949953421312.0;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    private static readonly long[] IntegerPowersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>Decimal places + 1; 0 for exact.</summary>
    private readonly byte _placesPlusOne;

    /// <summary>True for half to even; false for half away from zero.</summary>
    private readonly bool _toEven;

    /// <summary>10^places; 0 for exact.</summary>
    private readonly double _scale;

    private Precision(int places, bool toEven)
    {
        _placesPlusOne = (byte)(places + 1);
        _toEven = toEven;
        _scale = PowersOfTen[places];
    }

    /// <summary>Gets the precision that compares values exactly and shows them in full.</summary>
    public static Precision Exact => default;

    /// <summary>Gets a value indicating whether values are compared exactly (no rounding).</summary>
    public bool IsExact => _placesPlusOne == 0;

    /// <summary>Gets the number of decimal places values are rounded to, or <see langword="null"/> when <see cref="IsExact"/>.</summary>
    public int? DecimalPlaces => IsExact ? null : _placesPlusOne - 1;

    /// <summary>Gets the rule for values exactly halfway between two rounded values.</summary>
    /// <value><see cref="MidpointRounding.AwayFromZero"/> or <see cref="MidpointRounding.ToEven"/>; the default value is
    /// <see cref="MidpointRounding.AwayFromZero"/> (also for <see cref="Exact"/>, where it is not used).</value>
    public MidpointRounding Midpoint => _toEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;

    /// <summary>Gets 10^places, or 0 for exact comparison (for the ranking kernel).</summary>
    internal double Scale => _scale;

    /// <summary>Gets a value indicating whether midpoints round to even.</summary>
    internal bool ToEven => _toEven;

    /// <summary>Returns the precision that rounds to <paramref name="places"/> decimal places.</summary>
    /// <param name="places">The number of decimal places, 0 to <see cref="MaxDecimalPlaces"/>.</param>
    /// <param name="midpoint">The midpoint rule: <see cref="MidpointRounding.AwayFromZero"/> (the default) or
    /// <see cref="MidpointRounding.ToEven"/>.</param>
    /// <returns>The precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="places"/> is below 0 or above <see cref="MaxDecimalPlaces"/>,
    /// or <paramref name="midpoint"/> is neither of the two rules.</exception>
    public static Precision Decimals(int places, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        if (places is < 0 or > MaxDecimalPlaces)
        {
            Throw.PrecisionOutOfRange(nameof(places), places, MaxDecimalPlaces);
        }

        return new Precision(places, CheckMidpoint(midpoint, nameof(midpoint)));
    }

    /// <summary>Returns this precision with another midpoint rule (<see cref="Exact"/> stays exact).</summary>
    /// <param name="midpoint"><see cref="MidpointRounding.AwayFromZero"/> or <see cref="MidpointRounding.ToEven"/>.</param>
    /// <returns>The precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="midpoint"/> is neither of the two rules.</exception>
    public Precision WithMidpoint(MidpointRounding midpoint)
    {
        bool toEven = CheckMidpoint(midpoint, nameof(midpoint));
        return IsExact ? this : new Precision(_placesPlusOne - 1, toEven);
    }

    /// <summary>Rounds <paramref name="value"/>'s shortest decimal form to this precision (see the remarks of <see cref="Precision"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The double nearest to the rounded decimal value; <paramref name="value"/> itself when exact, not finite,
    /// or too large to have digits below the precision. A value that rounds to zero gives +0.0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Round(double value)
    {
        if (IsExact || !double.IsFinite(value))
        {
            return value;
        }

        double r = RoundToInteger(value);
        return double.IsNaN(r) ? value : r / Scale;
    }

    /// <summary>
    /// Rounds the ratio <paramref name="numerator"/> / <paramref name="denominator"/> to this precision: exactly, in integer
    /// arithmetic, when both are whole numbers of magnitude at most 2^53; otherwise the quotient's shortest decimal form,
    /// as <see cref="Round"/> does. When exact, returns the correctly rounded quotient.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The rounded ratio; NaN when either is NaN or the denominator is 0.</returns>
    public double RoundRatio(double numerator, double denominator)
    {
        if (denominator == 0 || double.IsNaN(numerator) || double.IsNaN(denominator))
        {
            return double.NaN;
        }

        return RoundQuotient(numerator / denominator, numerator, denominator);
    }

    /// <summary>Rounds <paramref name="quotient"/> = <paramref name="numerator"/> / <paramref name="denominator"/> as <see cref="RoundRatio"/> does.</summary>
    internal double RoundQuotient(double quotient, double numerator, double denominator)
    {
        if (IsExact || !double.IsFinite(quotient))
        {
            return quotient;
        }

        double r = RoundRatioToInteger(quotient, numerator, denominator);
        return double.IsNaN(r) ? quotient : r / Scale;
    }

    /// <summary>Returns whether <paramref name="left"/> and <paramref name="right"/> are equal at this precision (NaN equals NaN: both missing).</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    /// <returns>Whether their rounded values are equal (−0.0 equals 0.0).</returns>
    public bool AreEqual(double left, double right)
    {
        double a = Round(left), b = Round(right);
        return a == b || (double.IsNaN(a) && double.IsNaN(b));
    }

    /// <summary>
    /// Formats <paramref name="value"/> as it is compared: rounded to this precision and written with exactly that many
    /// decimal places (or, when exact, in its shortest round-trip form).
    /// </summary>
    /// <param name="value">The value; NaN gives an empty string.</param>
    /// <param name="provider">The culture whose decimal separator (and group separator) is used; the invariant culture when <see langword="null"/>.</param>
    /// <param name="groupThousands">Whether to group the whole part's digits in thousands.</param>
    /// <returns>The text, e.g. <c>1.3</c> for 1.25 at 1 place (half away from zero).</returns>
    public string Format(double value, IFormatProvider? provider = null, bool groupThousands = false)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (double.IsNaN(value))
        {
            return "";
        }

        if (IsExact || !double.IsFinite(value))
        {
            return groupThousands && double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < ExactIntegerLimit
                ? (value + 0.0).ToString("N0", provider)
                : (value + 0.0).ToString("R", provider);
        }

        // The rounded value is the double nearest to a decimal with at most d places; it is so much closer to that decimal
        // than to any rounding boundary at d places that formatting it at d places writes exactly the decimal's digits.
        string format = (groupThousands ? "N" : "F") + (_placesPlusOne - 1).ToString(CultureInfo.InvariantCulture);
        return (Round(value) + 0.0).ToString(format, provider);
    }

    /// <summary>Describes the precision in English, e.g. <c>exact</c> or <c>2 decimals, half away from zero</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (IsExact)
        {
            return "exact";
        }

        int d = _placesPlusOne - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{d} {(d == 1 ? "decimal" : "decimals")}, {(_toEven ? "half to even" : "half away from zero")}");
    }

    /// <inheritdoc/>
    public bool Equals(Precision other) => _placesPlusOne == other._placesPlusOne && (IsExact || _toEven == other._toEven);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Precision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsExact ? 0 : (_placesPlusOne << 1) | (_toEven ? 1 : 0);

    /// <summary>Returns whether two precisions are the same.</summary>
    /// <param name="left">A precision.</param>
    /// <param name="right">Another precision.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Precision left, Precision right) => left.Equals(right);

    /// <summary>Returns whether two precisions differ.</summary>
    /// <param name="left">A precision.</param>
    /// <param name="right">Another precision.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Precision left, Precision right) => !left.Equals(right);

    /// <summary>
    /// Returns <paramref name="quotient"/> = <paramref name="numerator"/> / <paramref name="denominator"/> itself when its
    /// scaled value is clear of every midpoint (so that rounding the double, as the ranking kernel does, rounds the exact
    /// ratio), or else the exactly rounded ratio (see <see cref="RoundRatio"/>), which the kernel's rounding keeps as it is.
    /// Cheap enough for the pass over the pages: no division unless a value lies within the midpoint window.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal double ClearOfMidpoints(double quotient, double numerator, double denominator)
    {
        double x = quotient * _scale;
        return Math.Abs(x) < WholeFrom && NearMidpoint(x)
            ? RoundQuotient(quotient, numerator, denominator)
            : quotient;
    }

    /// <summary>
    /// Returns the whole number nearest to the double <paramref name="x"/> itself, halves to even (the processor's
    /// rounding): for the ranking kernel's test of whether a value is an integer multiple of a power of ten, which it
    /// confirms by scaling back. Not a rounding of values to a precision: that is <see cref="Round"/>.
    /// </summary>
    internal static double NearestInteger(double x) => Math.Round(x, MidpointRounding.ToEven);

    /// <summary>
    /// Returns round(t × 10^d) for the shortest decimal form t of a finite <paramref name="value"/>, as a whole double
    /// (+0.0 for zero), or NaN when |value × 10^d| ≥ 2^52. Not for <see cref="Exact"/>.
    /// </summary>
    /// <remarks>
    /// Fast path in floating point: x = value × 10^d is within 2 ulps of t × 10^d (the product is rounded once and t is
    /// within half an ulp of the value), so unless x's fraction lies within 2^−49 × |x| of one half, rounding x rounds t.
    /// Only values that near a midpoint are resolved exactly from their shortest decimal digits.
    /// </remarks>
    internal double RoundToInteger(double value)
    {
        double x = value * Scale;
        if (!(Math.Abs(x) < WholeFrom))
        {
            return double.NaN;
        }

        double r = RoundClearOfMidpoint(x);
        return double.IsNaN(r) ? Signed(RoundShortestDecimal(Math.Abs(value), _placesPlusOne - 1, _toEven), x) : r;
    }

    /// <summary>
    /// Returns round(q × 10^d) for q = <paramref name="numerator"/> / <paramref name="denominator"/>, where
    /// <paramref name="quotient"/> is the finite double quotient: exact when both are whole and at most 2^53 in magnitude,
    /// otherwise by the quotient's shortest decimal form; NaN when |quotient × 10^d| ≥ 2^52.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double RoundRatioToInteger(double quotient, double numerator, double denominator)
    {
        double x = quotient * Scale;
        if (!(Math.Abs(x) < WholeFrom))
        {
            return double.NaN;
        }

        double clear = RoundClearOfMidpoint(x);
        if (!double.IsNaN(clear))
        {
            return clear;
        }

        double an = Math.Abs(numerator), ad = Math.Abs(denominator);
        if (an <= ExactIntegerLimit && ad <= ExactIntegerLimit && an == Math.Floor(an) && ad == Math.Floor(ad))
        {
            // |numerator| × 10^15 < 2^53 × 2^50: the product and the division are exact in 128 bits.
            Int128 scaled = (Int128)(long)an * IntegerPowersOfTen[_placesPlusOne - 1];
            Int128 whole = (Int128)(long)ad;
            (Int128 q, Int128 remainder) = Int128.DivRem(scaled, whole);
            return Signed((double)(RoundsUp(q, remainder, whole, _toEven) ? q + 1 : q), x);
        }

        return RoundToInteger(quotient);
    }

    /// <summary>Rounds a non-negative finite value's shortest round-trip decimal form × 10^places to a whole number, exactly.</summary>
    private static double RoundShortestDecimal(double value, int places, bool toEven)
    {
        (long digits, int exponent) = ShortestDecimal(value);

        // value = digits × 10^exponent; value × 10^places = digits × 10^shift.
        int shift = exponent + places;
        if (shift >= 0)
        {
            return digits * Math.Pow(10, shift);
        }

        if (-shift >= IntegerPowersOfTen.Length)
        {
            return 0; // digits < 10^17 ≤ half of 10^−shift: below one half.
        }

        long divisor = IntegerPowersOfTen[-shift];
        long q = Math.DivRem(digits, divisor, out long remainder);
        return RoundsUp(q, remainder, divisor, toEven) ? q + 1 : q;
    }

    /// <summary>
    /// Splits a finite double's shortest round-trip decimal form (what <c>ToString("R")</c> writes) into its digits and
    /// power of ten: value = digits × 10^exponent, digits signed, at most 17 of them.
    /// </summary>
    internal static (long Digits, int Exponent) ShortestDecimal(double value)
    {
        // "R" writes digits, an optional '.', an optional exponent ("E-05", "E+20").
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> mantissa = e < 0 ? text : text.AsSpan(0, e);
        bool negative = mantissa.Length > 0 && mantissa[0] == '-';
        long digits = 0;
        bool afterPoint = false;
        foreach (char c in negative ? mantissa[1..] : mantissa)
        {
            if (c == '.')
            {
                afterPoint = true;
                continue;
            }

            digits = checked((digits * 10) + (c - '0'));
            if (afterPoint)
            {
                exponent--;
            }
        }

        return (negative ? -digits : digits, exponent);
    }

    /// <summary>
    /// Rounds |x| to the nearest whole number and gives it x's sign (+0.0 for zero) when |x| (below 2^52) is clear of
    /// the midpoint window; NaN when it lies within it (see <see cref="NearMidpoint"/>). Clear of the window, the
    /// processor's rounding of x (halves to even, never met there) is the rounding of the true value.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double RoundClearOfMidpoint(double x) => NearMidpoint(x) ? double.NaN : Math.Round(x) + 0.0;

    /// <summary>
    /// Whether the fraction of |x| (|x| below 2^52) lies within the midpoint window, 2^−49 × max(|x|, 1) around one
    /// half. x = v × 10^d is within 2 ulps of the true decimal value × 10^d, so outside the window rounding x rounds the
    /// true value. Without branches on the fraction (random data would mispredict them half the time): the pass over
    /// the pages and the ranking kernel ask this of every value.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool NearMidpoint(double x)
    {
        double ax = Math.Abs(x);
        double fraction = ax - Math.Floor(ax);
        double window = Math.Max(ax, 1.0) * MidpointWindow;
        return (fraction >= 0.5 - window) & (fraction <= 0.5 + window);
    }

    /// <summary>Gives a non-negative whole number the sign of <paramref name="x"/>; zero is +0.0.</summary>
    private static double Signed(double magnitude, double x) => magnitude == 0 ? 0.0 : x < 0 ? -magnitude : magnitude;

    /// <summary>Whether quotient + remainder / divisor (all non-negative) rounds up at the midpoint rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RoundsUp<T>(T quotient, T remainder, T divisor, bool toEven)
        where T : System.Numerics.IBinaryInteger<T>
    {
        T twice = remainder + remainder;
        return twice > divisor || (twice == divisor && (!toEven || T.IsOddInteger(quotient)));
    }

    /// <summary>Whether <paramref name="midpoint"/> rounds to even; throws for a rule other than the two supported.</summary>
    private static bool CheckMidpoint(MidpointRounding midpoint, string name)
    {
        if (midpoint is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            Throw.MidpointRuleNotSupported(name, midpoint);
        }

        return midpoint == MidpointRounding.ToEven;
    }
}
