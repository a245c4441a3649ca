using SocialRank.Cli.Input;

namespace SocialRank.Cli;

/// <summary>The help of <c>socialrank rate</c>: what it does, the columns it reads, how numbers are read.</summary>
internal static class RateHelp
{
    /// <summary>Gets the command's description (also shown in the overview).</summary>
    internal static string Summary { get; } =
        "Rate the pages of a CSV or Excel file into a table, CSV, Markdown, HTML or JSON, and optionally a PNG chart." + Environment.NewLine +
        "Exit codes: 0 success; 2 bad input (the message names file, line, column and value) or bad options; 1 a failure inside the tool.";

    /// <summary>Gets the input rules printed after the options by <c>socialrank rate --help</c>.</summary>
    internal static string Details { get; } =
        ColumnAliases.Describe() +
        "Other columns are ignored (listed on stderr). Columns the method needs must be present; an empty cell is a missing value (not 0)." + Environment.NewLine +
        "Pages with eligible = false (or, without an eligible column, a non-empty exclusion_reason) are listed as excluded." + Environment.NewLine +
        "A text cell may not start with = + - @ (spreadsheets would run it as a formula)." + Environment.NewLine +
        Environment.NewLine +
        "Numbers: '12 345' (also no-break space), '12,345', '1.5', '1,5', '1.234,5' and '1,234.5' are all read; with both '.' and ','" + Environment.NewLine +
        "the last one is the decimal separator; a separator that occurs twice groups thousands; a single ',' or '.' followed by exactly" + Environment.NewLine +
        "three digits (after 1-3 digits, not starting with 0) groups thousands, since counts are whole: '1,234' is 1234; otherwise it is" + Environment.NewLine +
        "the decimal separator. Counts must be 0 or more." + Environment.NewLine;
}
