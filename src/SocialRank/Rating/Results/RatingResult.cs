using SocialRank.Internal;

namespace SocialRank.Rating;

/// <summary>
/// The result of rating a set of pages (METHOD section 5): for each rated page its scores, total, final place, zones and
/// what decided its place; the excluded pages with their reasons; and the method, so the table can be reproduced.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>The result holds columns; <see cref="Rows"/> gives views over them without creating an object per row.</remarks>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class RatingResult<TPage>
{
    private Dictionary<string, int>? _positionsById;
    private int[]? _positionsByRow;

    internal RatingResult(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, RatingColumns columns, IReadOnlyList<ExcludedPage<TPage>> excluded)
    {
        Method = method;
        Pages = pages;
        Columns = columns;
        Excluded = excluded;
        IdAt = i => method.IdOf(pages[i]);
        NameAt = i => method.NameOf(pages[i]);
    }

    /// <summary>Gets the id of the input page at a 0-based index (for pages in columns, read from the id column).</summary>
    internal Func<int, string> IdAt { get; init; }

    /// <summary>Gets the display name of the input page at a 0-based index.</summary>
    internal Func<int, string> NameAt { get; init; }

    /// <summary>Gets the method the pages were rated with.</summary>
    public RatingMethod<TPage> Method { get; }

    /// <summary>Gets the input pages, rated and excluded, in input order.</summary>
    public IReadOnlyList<TPage> Pages { get; }

    /// <summary>Gets the rated pages' rows in final-place order; equal places in input order.</summary>
    public RatingRowList<TPage> Rows => new(this, inputOrder: false);

    /// <summary>
    /// Gets the rated pages' rows in input order (excluded pages left out): the same rows as <see cref="Rows"/>, each with
    /// its <see cref="RatingRow{TPage}.Position"/> in the final table. A view, like <see cref="Rows"/>; the first use builds
    /// the positions once (thread-safe).
    /// </summary>
    public RatingRowList<TPage> RowsInInputOrder => new(this, inputOrder: true);

    /// <summary>Gets the pages left out of the rating, with their reasons, in input order.</summary>
    public IReadOnlyList<ExcludedPage<TPage>> Excluded { get; }

    internal RatingColumns Columns { get; }

    /// <summary>
    /// Returns the row of the rated page with id <paramref name="id"/>, in constant time: the first lookup builds an index of
    /// the ids once (thread-safe), later lookups use it.
    /// </summary>
    /// <param name="id">The page id (ordinal comparison).</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rated page has that id (it may be excluded).</exception>
    public RatingRow<TPage> Row(string id)
    {
        if (!TryGetRow(id, out RatingRow<TPage> row))
        {
            Throw.NoRow(id);
        }

        return row;
    }

    /// <summary>Looks up the row of the rated page with id <paramref name="id"/>, in constant time (see <see cref="Row"/>).</summary>
    /// <param name="id">The page id (ordinal comparison).</param>
    /// <param name="row">The row, when there is one.</param>
    /// <returns><see langword="true"/> when a rated page has that id; <see langword="false"/> when none has (it may be excluded).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetRow(string id, out RatingRow<TPage> row)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (PositionsById().TryGetValue(id, out int position))
        {
            row = Rows[position];
            return true;
        }

        row = default;
        return false;
    }

    /// <summary>Returns each rated row's 0-based position in final order, by row (input order), built once.</summary>
    internal int[] PositionsByRow()
    {
        int[]? positions = Volatile.Read(ref _positionsByRow);
        if (positions is null)
        {
            ReadOnlySpan<int> order = Columns.Order;
            var built = new int[order.Length];
            for (int i = 0; i < order.Length; i++)
            {
                built[order[i]] = i;
            }

            positions = Interlocked.CompareExchange(ref _positionsByRow, built, null) ?? built;
        }

        return positions;
    }

    private Dictionary<string, int> PositionsById()
    {
        Dictionary<string, int>? index = Volatile.Read(ref _positionsById);
        if (index is null)
        {
            ReadOnlySpan<int> order = Columns.Order;
            var built = new Dictionary<string, int>(order.Length, StringComparer.Ordinal);
            Func<int, string> idAt = IdAt;
            for (int i = 0; i < order.Length; i++)
            {
                // Ids are unique among rated pages (the evaluation checks them).
                built[idAt(Columns.InputIndex(order[i]))] = i;
            }

            // Published whole and never changed after: concurrent readers are safe.
            index = Interlocked.CompareExchange(ref _positionsById, built, null) ?? built;
        }

        return index;
    }
}
