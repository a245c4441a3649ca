namespace SocialRank.Cli.Input;

/// <summary>Which column of a table holds each known <see cref="Column"/>, found by header name.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<Column, int> _columns;

    private ColumnMap(Dictionary<Column, int> columns, IReadOnlyList<string> unknown)
    {
        _columns = columns;
        Unknown = unknown;
    }

    /// <summary>Gets the headers that name no known column (they are ignored).</summary>
    internal IReadOnlyList<string> Unknown { get; }

    /// <summary>Maps the headers of <paramref name="table"/> to <paramref name="known"/>.</summary>
    /// <exception cref="InputException">Two headers mean the same column, or a required column is absent.</exception>
    internal static ColumnMap Build(ITable table, IReadOnlyList<Column> known, IEnumerable<Column> required)
    {
        var byHeader = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (Column column in known)
        {
            foreach (string header in column.Headers)
            {
                byHeader[header] = column;
            }
        }

        var errors = new ErrorList();
        var columns = new Dictionary<Column, int>(ReferenceEqualityComparer.Instance);
        var unknown = new List<string>();
        for (int i = 0; i < table.Headers.Count; i++)
        {
            string header = table.Headers[i];
            if (header.Length == 0)
            {
                // A trailing separator gives a nameless empty column; it is ignored like an unknown one.
                continue;
            }

            if (!byHeader.TryGetValue(ColumnAliases.Normalize(header), out Column? column))
            {
                unknown.Add(header);
                continue;
            }

            if (columns.TryGetValue(column, out int first))
            {
                errors.Add(InputErrors.DuplicateColumn(table.File, column.Name, table.Headers[first], header));
                continue;
            }

            columns[column] = i;
        }

        foreach (Column column in required)
        {
            if (!columns.ContainsKey(column))
            {
                errors.Add(InputErrors.MissingColumn(table.File, column.Name, column.Headers, table.Headers));
            }
        }

        errors.ThrowIfAny();
        return new ColumnMap(columns, unknown);
    }

    /// <summary>Returns whether the file has <paramref name="column"/>.</summary>
    internal bool Has(Column column) => _columns.ContainsKey(column);

    /// <summary>Returns the index of <paramref name="column"/> in the file, or -1.</summary>
    internal int IndexOf(Column column) => _columns.TryGetValue(column, out int i) ? i : -1;
}
