using SocialRank.Pages;

namespace SocialRank.Formatting;

/// <summary>How <see cref="RatingTables"/> builds a table: its language, title and what its score cells show. Immutable; change with <c>with</c>.</summary>
public sealed record RatingTableOptions
{
    /// <summary>Gets the default options: English, no title, values and places, no grouping.</summary>
    public static RatingTableOptions Default { get; } = new();

    /// <summary>Gets the labels of the table's language.</summary>
    /// <value>The default value is <see cref="LabelSet.English"/>.</value>
    public LabelSet Labels { get; init; } = LabelSet.English;

    /// <summary>Gets the table's title.</summary>
    /// <value>The default value is the empty string (none).</value>
    public string Title { get; init; } = "";

    /// <summary>Gets whether a score cell shows the value and the place, <c>17.37 (1)</c>; otherwise the place alone, as the article's final table.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ShowValues { get; init; } = true;

    /// <summary>Gets whether values are written with group separators (<c>142,318</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool GroupThousands { get; init; }

    /// <summary>Gets the headers of the indicator columns, one per indicator in method order; <see langword="null"/> for the indicators' names.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IReadOnlyList<string>? IndicatorHeaders { get; init; }

    /// <summary>
    /// Gets how many rows a final table shows at most: its first rows in final-place order (a page sharing the last
    /// place shown with pages left out is shown, they are not); <see langword="null"/> for every rated page. The table's
    /// <see cref="RatingTable.RatedCount"/> still counts them all. An indicator table ignores it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? Top
    {
        get => _top;
        init
        {
            if (value is int top)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(top, 1, nameof(Top));
            }

            _top = value;
        }
    }

    private readonly int? _top;

    /// <summary>
    /// Gets the final places of a previous edition (e.g. last month's rating of the same pages) by page id; when set, a final
    /// table has a <see cref="TableColumnKind.Change"/> column after the place: ▲3 for a page three places up, ▼2 down,
    /// = at the same place, <see cref="LabelSet.NewInTable"/> for a page without a previous place. <see langword="null"/> for none.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, double>? PreviousPlaces { get; init; }

    /// <summary>Gets which interaction kinds the method counts, stated in its description; <see langword="null"/> to leave them unsaid.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public InteractionKinds? Interactions { get; init; }
}
