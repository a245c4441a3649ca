namespace SocialRank.Cli.Input;

/// <summary>Where a cell is: the file as the user named it, the line (CSV) or row (Excel), and the column's header.</summary>
/// <param name="File">The file name as given on the command line.</param>
/// <param name="Line">The 1-based line of a CSV file or row of a sheet.</param>
/// <param name="Column">The header of the column, as written in the file.</param>
/// <param name="IsSheet">Whether the file is a spreadsheet (rows) rather than CSV (lines).</param>
internal readonly record struct CellLocation(string File, int Line, string Column, bool IsSheet)
{
    public override string ToString() => $"{File}, {(IsSheet ? "row" : "line")} {Line}, column '{Column}'";
}
