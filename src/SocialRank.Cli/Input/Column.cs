using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>A column an input file may have: its name as the tool shows it, the header names that mean it and, for a number, the page field it holds.</summary>
internal sealed class Column
{
    internal Column(string name, IEnumerable<string> headers, PageField? field = null)
    {
        Name = name;
        Field = field;

        // Kept in the form they are compared in, each once, in the order given.
        Headers = [.. headers.Select(ColumnAliases.Normalize).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the column's name in messages and the help, e.g. <c>engaged_users</c> (a page field's key).</summary>
    internal string Name { get; }

    /// <summary>Gets the header names that mean the column, as compared (<see cref="ColumnAliases.Normalize"/>), the canonical ones first.</summary>
    internal IReadOnlyList<string> Headers { get; }

    /// <summary>Gets the page field the column holds, or <see langword="null"/> for a text column.</summary>
    internal PageField? Field { get; }

    /// <summary>Gets a value indicating whether the column holds numbers (a page field's values).</summary>
    internal bool IsNumber => Field is not null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
