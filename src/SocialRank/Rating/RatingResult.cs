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
    internal RatingResult(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, RatingColumns columns, IReadOnlyList<ExcludedPage<TPage>> excluded)
    {
        Method = method;
        Pages = pages;
        Columns = columns;
        Excluded = excluded;
    }

    /// <summary>Gets the method the pages were rated with.</summary>
    public RatingMethod<TPage> Method { get; }

    /// <summary>Gets the input pages, rated and excluded, in input order.</summary>
    public IReadOnlyList<TPage> Pages { get; }

    /// <summary>Gets the rated pages' rows in final-place order; equal places in input order.</summary>
    public RatingRowList<TPage> Rows => new(this);

    /// <summary>Gets the pages left out of the rating, with their reasons, in input order.</summary>
    public IReadOnlyList<ExcludedPage<TPage>> Excluded { get; }

    internal RatingColumns Columns { get; }

    /// <summary>Returns the row of the rated page with id <paramref name="id"/> (a linear search).</summary>
    /// <param name="id">The page id (ordinal comparison).</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">No rated page has that id (it may be excluded).</exception>
    public RatingRow<TPage> Row(string id)
    {
        foreach (RatingRow<TPage> row in Rows)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                return row;
            }
        }

        throw new KeyNotFoundException(RatingThrow.Invariant($"No rated page has id '{id}'."));
    }
}
