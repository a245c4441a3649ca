namespace SocialRank.Cli.Input;

/// <summary>A file read whole as a header and rows of cells, before any column is interpreted.</summary>
/// <param name="File">The file name as given on the command line (used in messages).</param>
/// <param name="IsSheet">Whether the file is a spreadsheet (messages say "row" instead of "line").</param>
/// <param name="Headers">The header row's cells.</param>
/// <param name="Rows">The data rows, blank rows left out.</param>
internal sealed record RawTable(string File, bool IsSheet, IReadOnlyList<string> Headers, IReadOnlyList<RawRow> Rows) : ITable
{
    IEnumerable<RawRow> ITable.Rows => Rows;
}

/// <summary>One data row.</summary>
/// <param name="Line">The 1-based line (CSV) or row (sheet) number, for messages.</param>
/// <param name="Cells">The cells' text, one per header; a missing cell is empty, and so is a Parquet file's number (its text is made from <paramref name="Numbers"/> when needed).</param>
/// <param name="Numbers">For a sheet, a Parquet file or a CSV file read with plain numbers (<see cref="TableSource.Open"/>), the cells that hold numbers (so they need no text parsing); otherwise <see langword="null"/>.</param>
/// <param name="Problem">Why the row cannot be used (e.g. a wrong number of cells), or <see langword="null"/>.</param>
internal sealed record RawRow(int Line, string[] Cells, double?[]? Numbers, string? Problem = null);
