namespace SocialRank.Cli.Input;

/// <summary>Which column of a <see cref="RawTable"/> holds each field, found by header name.</summary>
/// <typeparam name="TField">The field enumeration.</typeparam>
internal sealed class ColumnMap<TField>
    where TField : struct, Enum
{
    private readonly Dictionary<TField, int> _columns;

    private ColumnMap(Dictionary<TField, int> columns, IReadOnlyList<string> unknown)
    {
        _columns = columns;
        Unknown = unknown;
    }

    /// <summary>Gets the headers that name no known field (they are ignored).</summary>
    internal IReadOnlyList<string> Unknown { get; }

    /// <summary>Maps the headers of <paramref name="table"/>.</summary>
    /// <exception cref="InputException">A header is empty, two headers mean the same field, or a required field has no column.</exception>
    internal static ColumnMap<TField> Build(ITable table, IReadOnlyList<ColumnSpec<TField>> specs, IEnumerable<TField> required)
    {
        var byAlias = new Dictionary<string, ColumnSpec<TField>>(StringComparer.Ordinal);
        foreach (ColumnSpec<TField> spec in specs)
        {
            foreach (string alias in spec.Aliases)
            {
                byAlias[ColumnAliases.Normalize(alias)] = spec;
            }
        }

        var errors = new ErrorList();
        var columns = new Dictionary<TField, int>();
        var unknown = new List<string>();
        for (int i = 0; i < table.Headers.Count; i++)
        {
            string header = table.Headers[i];
            if (header.Length == 0)
            {
                // A trailing separator gives a nameless empty column; it is ignored like an unknown one.
                continue;
            }

            if (!byAlias.TryGetValue(ColumnAliases.Normalize(header), out ColumnSpec<TField>? spec))
            {
                unknown.Add(header);
                continue;
            }

            if (columns.TryGetValue(spec.Field, out int first))
            {
                errors.Add(InputErrors.DuplicateColumn(table.File, ColumnAliases.FieldName(spec.Field), table.Headers[first], header));
                continue;
            }

            columns[spec.Field] = i;
        }

        foreach (TField field in required)
        {
            if (!columns.ContainsKey(field))
            {
                ColumnSpec<TField> spec = specs.First(s => s.Field.Equals(field));
                errors.Add(InputErrors.MissingColumn(table.File, ColumnAliases.FieldName(field), spec.Aliases));
            }
        }

        errors.ThrowIfAny();
        return new ColumnMap<TField>(columns, unknown);
    }

    /// <summary>Returns whether the file has a column for <paramref name="field"/>.</summary>
    internal bool Has(TField field) => _columns.ContainsKey(field);

    /// <summary>Returns the column index of <paramref name="field"/>, or -1.</summary>
    internal int IndexOf(TField field) => _columns.TryGetValue(field, out int i) ? i : -1;
}
