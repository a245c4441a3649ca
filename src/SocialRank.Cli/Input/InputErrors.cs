using System.Globalization;

namespace SocialRank.Cli.Input;

/// <summary>Every message the tool gives about bad input, in one place; tests assert them word for word.</summary>
internal static class InputErrors
{
    internal static string FileNotFound(string file) => $"{file}: the file does not exist.";

    internal static string CannotRead(string file, string reason) => $"{file}: the file cannot be read: {reason}";

    internal static string UnknownFileType(string file)
        => $"{file}: unknown file type; use a .csv (comma, semicolon or tab separated, UTF-8) .xlsx or .parquet file.";

    internal static string EmptyFile(string file) => $"{file}: the file is empty; its first line must name the columns.";

    internal static string NoRows(string file) => $"{file}: the file has a header but no rows.";

    /// <summary>A required column not found: its accepted names, then the headers the file has (where a typo shows).</summary>
    internal static string MissingColumn(string file, string field, IReadOnlyList<string> aliases, IReadOnlyList<string> found)
        => $"{file}: no column for {field}; name one of: {string.Join(", ", aliases)}. "
            + (found.Count == 0 ? "The file has no headers." : $"The file's headers: {string.Join(", ", found.Select(h => $"'{h}'"))}.");

    internal static string DuplicateColumn(string file, string field, string first, string second)
        => $"{file}: columns '{first}' and '{second}' both mean {field}; keep one.";

    internal static string EmptyHeader(string file, int column)
        => string.Create(CultureInfo.InvariantCulture, $"{file}: column {column} has no header.");

    internal static string CellCount(string file, int line, bool isSheet, int cells, int headers)
        => string.Create(CultureInfo.InvariantCulture, $"{file}, {(isSheet ? "row" : "line")} {line}: {cells} cells but the header has {headers}.");

    internal static string NotANumber(CellLocation at, string value) => $"{at}: '{value}' is not a number.";

    internal static string Negative(CellLocation at, string value) => $"{at}: '{value}' is negative; counts must be 0 or more.";

    internal static string NotWhole(CellLocation at, string value) => $"{at}: '{value}' is not a whole number; counts are whole (a page has no half followers or posts).";

    internal static string NotPositive(CellLocation at, string value) => $"{at}: '{value}': a population must be more than 0.";

    internal static string EmptyId(CellLocation at) => $"{at}: the id is empty.";

    internal static string DuplicateId(CellLocation at, string value, int firstLine, bool isSheet)
        => string.Create(CultureInfo.InvariantCulture, $"{at}: '{value}' is already the id on {(isSheet ? "row" : "line")} {firstLine}; ids must be unique.");

    internal static string FormulaKept(CellLocation at, string value)
        => $"{at}: '{value}' starts with '=', which spreadsheets run as a formula; it is kept as text, and the outputs write it so that no spreadsheet runs it.";

    internal static string NotABoolean(CellLocation at, string value)
        => $"{at}: '{value}' is not a yes/no value; write true or false (also yes/no, 1/0, да/нет).";

    internal static string UnknownRegion(CellLocation at, string value, string regionsFile)
        => $"{at}: region '{value}' is not in {regionsFile}.";

    internal static string PopulationNeedsRegion(string file)
        => $"{file}: the method needs population, but the file has no population column and no --regions file was given.";

    internal static string RegionsNeedRegionColumn(string file, string regionsFile, IReadOnlyList<string> aliases)
        => $"{file}: --regions {regionsFile} was given but the file has no region column; name one of: {string.Join(", ", aliases)}.";

    internal static string EmptyPostPage(CellLocation at) => $"{at}: the page id is empty; every post names the page it is on.";

    internal static string EmptyPublishTime(CellLocation at) => $"{at}: the publish time is empty.";

    internal static string NotATime(CellLocation at, string value)
        => $"{at}: '{value}' is not a publish time; write 2020-07-01T09:15:00+06:00 (ISO 8601, with or without an offset), 07/01/2020 09:15 (month first, as Meta exports) or 01.07.2020 09:15 (day first).";

    internal static string SkippedTime(CellLocation at, string value, string zone)
        => $"{at}: '{value}' does not exist in time zone {zone}: the clock skips it (a daylight-saving change); write the time with its offset.";

    internal static string PostCountsAbsent(string file, IReadOnlyList<string> fields)
        => $"{file}: no column for {string.Join(", ", fields)}; {(fields.Count == 1 ? "that count is" : "those counts are")} unknown for every post.";

    internal static string UnknownTimeZone(string zone)
        => $"--tz {zone}: unknown time zone; give an IANA time zone id such as Asia/Almaty, Europe/Berlin or UTC.";

    internal static string BadPeriod(string period)
        => $"--period {period}: give a month as yyyy-MM (e.g. 2020-07) or a range of months as yyyy-MM..yyyy-MM (e.g. 2020-05..2020-07), the first not after the last.";

    internal static string MoreErrors(int more) => string.Create(CultureInfo.InvariantCulture, $"... and {more} more problems.");
}
