using SocialRank.Cli.Input;

namespace SocialRank.Cli;

/// <summary>The help of <c>socialrank rate</c>: what it does, the columns it reads, how numbers are read, how values are compared and rounded.</summary>
internal static class RateHelp
{
    /// <summary>Gets the command's description (also shown in the overview).</summary>
    internal static string Summary { get; } =
        "Rate the pages of a CSV, Excel or Parquet file into a table, CSV, Markdown, HTML, JSON, Excel or Parquet, and optionally a PNG chart." + Environment.NewLine +
        "Exit codes: 0 success; 2 bad input (the message names file, line, column and value) or bad options; 1 a failure inside the tool.";

    /// <summary>Gets how values are computed, compared and rounded (part of <see cref="Details"/>; declared first, as static initialisers run in order).</summary>
    internal static string Evaluation { get; } =
        "Values: a ratio's numerator and denominator are formed from the whole counts and divided once, so equal true ratios always tie" + Environment.NewLine +
        "(3 followers, 1 post, 1 like and 1 follower, 3 posts, 1 like both have an ER of 33.33...%). Where a count or a product exceeds" + Environment.NewLine +
        "2^53 or a value is not whole, the same formula is computed in floating point and exactness is not guaranteed." + Environment.NewLine +
        "Rounding: each indicator compares and shows its values at its precision (counts whole, average engagement per post at 1 decimal," + Environment.NewLine +
        "the percentages and ER at 2), so pages that look equal in the table share the place. The true value is rounded, as a person" + Environment.NewLine +
        "would: 5 interactions on 4 posts is exactly 1.25, shown and compared as 1.3; 729 interactions on 120 posts with 2,700 followers" + Environment.NewLine +
        "is an ER of exactly 0.225 %, shown as 0.23. Halves round away from zero by default, as spreadsheets' ROUND does; with" + Environment.NewLine +
        "--rounding half-to-even (or \"rounding\": \"half-to-even\" in method.json) they round to the even digit, as numpy and pandas do:" + Environment.NewLine +
        "1.25 is 1.2 and ties with 1.2, 0.225 is 0.22. --exact (or \"precision\": \"exact\") compares exactly, without rounding." + Environment.NewLine;

    /// <summary>Gets what the HTML page holds (part of <see cref="Details"/>).</summary>
    internal static string HtmlPage { get; } =
        "HTML page (--format html, or --out rating.html): one self-contained file to publish: the title, the --source and --date lines," + Environment.NewLine +
        "the table in zone colours (text colours chosen for WCAG AA contrast; the table scrolls in its own box on a phone), numbers" + Environment.NewLine +
        "grouped in thousands as the --lang language writes them, the equal totals and what decided between them, a legend of every" + Environment.NewLine +
        "zone scheme, the excluded pages, the chart of the totals as vector SVG, and the full method (indicators, directions," + Environment.NewLine +
        "weights, precisions and rounding rule, tie methods and tie-breakers)." + Environment.NewLine;

    /// <summary>Gets the input rules printed after the options by <c>socialrank rate --help</c>.</summary>
    internal static string Details { get; } =
        ColumnAliases.Describe() +
        "Other columns are ignored (listed on stderr). Columns the method needs must be present; an empty cell is a missing value (not 0)." + Environment.NewLine +
        "Pages with eligible = false (or, without an eligible column, a non-empty exclusion_reason) are listed as excluded." + Environment.NewLine +
        "Text cells are read as they are (@handle, -1); one starting with = is kept with a note, and outputs defuse formulas." + Environment.NewLine +
        Environment.NewLine +
        "Numbers: '12 345' (also no-break space), '12,345', '1.5', '1,5', '1.234,5' and '1,234.5' are all read; with both '.' and ','" + Environment.NewLine +
        "the last one is the decimal separator; a separator that occurs twice groups thousands; a single ',' or '.' followed by exactly" + Environment.NewLine +
        "three digits (after 1-3 digits, not starting with 0) groups thousands, since counts are whole: '1,234' is 1234; otherwise it is" + Environment.NewLine +
        "the decimal separator. Counts must be whole and 0 or more; a population more than 0." + Environment.NewLine +
        "Parquet (.parquet): columns by name, as above; integer, floating-point and decimal columns are numbers, string columns text" + Environment.NewLine +
        "(read as above), boolean columns true/false; a null is a missing value. Messages name the row, counting records from 1." + Environment.NewLine +
        Environment.NewLine +
        Evaluation +
        Environment.NewLine +
        HtmlPage;
}
