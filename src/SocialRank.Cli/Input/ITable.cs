namespace SocialRank.Cli.Input;

/// <summary>A file's header and its data rows: read whole (<see cref="RawTable"/>) or streamed once (<see cref="TableSource"/>).</summary>
internal interface ITable
{
    /// <summary>Gets the file name as given on the command line (used in messages).</summary>
    string File { get; }

    /// <summary>Gets a value indicating whether the file is a spreadsheet (messages say "row" instead of "line").</summary>
    bool IsSheet { get; }

    /// <summary>Gets the header row's cells.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Gets the data rows, blank rows left out.</summary>
    IEnumerable<RawRow> Rows { get; }
}
