using System.Globalization;
using System.Text;

namespace SocialRank.Cli.Input;

/// <summary>
/// Reads numbers as analysts type them, whatever their spreadsheet's locale.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Spaces (also no-break and thin spaces) and apostrophes between digits group thousands: <c>12 345</c>.</item>
/// <item>When both '.' and ',' occur, the last one is the decimal separator and the other groups thousands:
/// <c>1.234,5</c> and <c>1,234.5</c> are both 1234.5.</item>
/// <item>A separator that occurs more than once groups thousands: <c>1,234,567</c>.</item>
/// <item>A single separator is a decimal separator (<c>1,5</c> and <c>1.5</c> are 1.5), except in a count column
/// when it could group thousands: 1 to 3 digits not starting with 0 before it and exactly 3 after it. Counts are whole,
/// so <c>1,234</c> and <c>1.234</c> there are 1234.</item>
/// <item>Thousands groups must have 3 digits (after a first group of 1 to 3). A leading '+', '-' or '−' and an
/// exponent (<c>1.5e6</c>, without grouping) are accepted; anything else is not a number.</item>
/// </list>
/// </remarks>
internal static class NumberParser
{
    /// <summary>Parses <paramref name="text"/>; returns false when it is not a number.</summary>
    /// <param name="text">The cell's text, not empty.</param>
    /// <param name="isCount">Whether the column holds counts (whole numbers), which decides a lone separator.</param>
    /// <param name="value">The number read.</param>
    internal static bool TryParse(string text, bool isCount, out double value)
    {
        value = 0;
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return false;
        }

        // The common case, plain digits, needs no separator analysis.
        if (s.Length <= 15 && IsDigits(s))
        {
            long plain = 0;
            foreach (char c in s)
            {
                plain = (plain * 10) + (c - '0');
            }

            value = plain;
            return true;
        }

        bool negative = false;
        if (s[0] is '+' or '-' or '−')
        {
            negative = s[0] != '+';
            s = s[1..].TrimStart();
        }

        string? exponent = null;
        int e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            ReadOnlySpan<char> exp = s[(e + 1)..];
            if (exp.Length > 0 && exp[0] is '+' or '-')
            {
                exp = exp[1..];
            }

            if (exp.IsEmpty || !IsDigits(exp))
            {
                return false;
            }

            exponent = s[e..].ToString();
            s = s[..e];
        }

        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        int dots = 0, commas = 0, spaces = 0, lastDot = -1, lastComma = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c))
            {
                continue;
            }

            if (c == '.')
            {
                dots++;
                lastDot = i;
            }
            else if (c == ',')
            {
                commas++;
                lastComma = i;
            }
            else if (char.IsWhiteSpace(c) || c is '\'' or '’')
            {
                spaces++;
            }
            else
            {
                return false;
            }
        }

        int decimalAt = -1;
        if (dots > 0 && commas > 0)
        {
            decimalAt = Math.Max(lastDot, lastComma);
            if ((decimalAt == lastDot ? dots : commas) != 1)
            {
                return false;
            }
        }
        else if (dots + commas == 1)
        {
            decimalAt = dots == 1 ? lastDot : lastComma;
            if (isCount && spaces == 0 && CouldGroupThousands(s, decimalAt))
            {
                decimalAt = -1;
            }
        }

        if (exponent is not null && (spaces > 0 || (dots + commas) > (decimalAt >= 0 ? 1 : 0)))
        {
            return false;
        }

        ReadOnlySpan<char> whole = decimalAt >= 0 ? s[..decimalAt] : s;
        ReadOnlySpan<char> fraction = decimalAt >= 0 ? s[(decimalAt + 1)..] : [];
        if (decimalAt >= 0 && (fraction.IsEmpty || !IsDigits(fraction)))
        {
            return false;
        }

        var digits = new StringBuilder(s.Length + 8);
        if (negative)
        {
            digits.Append('-');
        }

        if (!AppendGrouped(whole, digits))
        {
            return false;
        }

        if (decimalAt >= 0)
        {
            digits.Append('.').Append(fraction);
        }

        digits.Append(exponent);
        if (!double.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return double.IsFinite(value);
    }

    private static bool CouldGroupThousands(ReadOnlySpan<char> s, int at)
        => at is >= 1 and <= 3 && s.Length - at - 1 == 3 && s[0] != '0';

    /// <summary>Appends the digits of an integer part whose groups are split by separators, checking group sizes.</summary>
    private static bool AppendGrouped(ReadOnlySpan<char> whole, StringBuilder digits)
    {
        int group = 0, groups = 0;
        for (int i = 0; i < whole.Length; i++)
        {
            char c = whole[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                group++;
                continue;
            }

            // A separator: the group before it must be 1-3 digits (first) or exactly 3 (later).
            if (group == 0 || (groups == 0 ? group > 3 : group != 3))
            {
                return false;
            }

            groups++;
            group = 0;
        }

        return groups == 0 || group == 3;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
