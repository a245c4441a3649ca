namespace SocialRank.Cli.Output;

/// <summary>
/// The one rule for text colours on zone colours, from WCAG 2.x: relative luminance of sRGB colours, the contrast ratio
/// of two of them, and the text colour for a background (black or white, whichever contrasts more; one of the two always
/// reaches at least 4.58:1, above the 4.5:1 of level AA for normal text). The HTML page, the console table and the chart
/// all take their text colours from here.
/// </summary>
internal static class Contrast
{
    /// <summary>The contrast ratio WCAG 2.x level AA asks of normal text.</summary>
    internal const double AA = 4.5;

    /// <summary>Black, as text on light backgrounds.</summary>
    internal const string Black = "#000000";

    /// <summary>White, as text on dark backgrounds.</summary>
    internal const string White = "#ffffff";

    /// <summary>Returns the relative luminance (0 black to 1 white) of an sRGB colour, as WCAG 2.x defines it.</summary>
    internal static double Luminance(byte r, byte g, byte b) => (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));

    /// <summary>Returns the relative luminance of a colour written <c>#rgb</c> or <c>#rrggbb</c> (anything else is read as <see cref="HtmlRenderer.Rgb"/> reads it).</summary>
    internal static double Luminance(string color)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(color);
        return Luminance(r, g, b);
    }

    /// <summary>Returns the contrast ratio of two colours, from 1 (equal) to 21 (black and white).</summary>
    internal static double Ratio(string first, string second)
    {
        double a = Luminance(first), b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Returns the text colour for <paramref name="background"/>: <see cref="Black"/> or <see cref="White"/>, whichever has the higher contrast ratio on it.</summary>
    internal static string TextOn(string background) => Ratio(Black, background) >= Ratio(White, background) ? Black : White;

    /// <summary>Returns whether the text colour for <paramref name="background"/> is white (see <see cref="TextOn"/>).</summary>
    internal static bool NeedsWhiteText(string background) => TextOn(background) == White;

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
