namespace SocialRank.Sql;

/// <summary>
/// Where <see cref="SqlRating.ToSql"/> reads the pages from: the table and the names of its id, input-order, group and
/// exclusion columns. The page fields are read from columns named by their keys (<see cref="SocialRank.Pages.PageField.Key"/>:
/// <c>followers</c>, <c>posts</c>, …, <c>population</c>), NULL or NaN for missing. Immutable; change it with <c>with</c>.
/// </summary>
public sealed record SqlOptions
{
    private readonly string _table = "pages";
    private readonly string _idColumn = "id";
    private readonly string _orderColumn = "input_order";
    private readonly string? _groupColumn;
    private readonly string? _exclusionReasonColumn = "exclusion_reason";

    /// <summary>Gets the default options.</summary>
    public static SqlOptions Default { get; } = new();

    /// <summary>Gets the table (or view) of page rows, one row per page; a dotted name (<c>schema.pages</c>) is quoted part by part.</summary>
    /// <value>The default value is <c>pages</c>.</value>
    /// <exception cref="ArgumentException">The value is <see langword="null"/>, empty or white space.</exception>
    public string Table
    {
        get => _table;
        init => _table = SqlThrow.IfBlank(value, nameof(Table));
    }

    /// <summary>Gets the column of page ids (unique within a group).</summary>
    /// <value>The default value is <c>id</c>.</value>
    /// <exception cref="ArgumentException">The value is <see langword="null"/>, empty or white space.</exception>
    public string IdColumn
    {
        get => _idColumn;
        init => _idColumn = SqlThrow.IfBlank(value, nameof(IdColumn));
    }

    /// <summary>
    /// Gets the column that orders the pages as the library's input list does (an integer, unique within a group): it
    /// decides ordinal ties.
    /// </summary>
    /// <value>The default value is <c>input_order</c>.</value>
    /// <exception cref="ArgumentException">The value is <see langword="null"/>, empty or white space.</exception>
    public string OrderColumn
    {
        get => _orderColumn;
        init => _orderColumn = SqlThrow.IfBlank(value, nameof(OrderColumn));
    }

    /// <summary>Gets the column whose values are rated separately (<c>PARTITION BY</c>), or <see langword="null"/> for one rating of all rows.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? GroupColumn
    {
        get => _groupColumn;
        init => _groupColumn = value is null ? null : SqlThrow.IfBlank(value, nameof(GroupColumn));
    }

    /// <summary>
    /// Gets the column of exclusion reasons (NULL for an eligible page; text for a page left out, e.g. a personal account),
    /// or <see langword="null"/> when the table has none.
    /// </summary>
    /// <value>The default value is <c>exclusion_reason</c>, the column the <c>socialrank</c> tool reads.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? ExclusionReasonColumn
    {
        get => _exclusionReasonColumn;
        init => _exclusionReasonColumn = value is null ? null : SqlThrow.IfBlank(value, nameof(ExclusionReasonColumn));
    }
}
