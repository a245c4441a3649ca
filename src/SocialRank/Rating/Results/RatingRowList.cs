using System.Collections;

namespace SocialRank.Rating;

/// <summary>
/// The rows of a rating result, in final-place order (<see cref="RatingResult{TPage}.Rows"/>: equal places in input order) or
/// in input order (<see cref="RatingResult{TPage}.RowsInInputOrder"/>). A view: reading it allocates nothing.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
public readonly struct RatingRowList<TPage> : IReadOnlyList<RatingRow<TPage>>
{
    private readonly RatingResult<TPage> _result;
    private readonly int[]? _positionsByRow;

    internal RatingRowList(RatingResult<TPage> result, bool inputOrder)
    {
        _result = result;
        _positionsByRow = inputOrder ? result.PositionsByRow() : null;
    }

    /// <summary>Gets the number of rated pages.</summary>
    public int Count => _result.Columns.Count;

    /// <summary>Gets the row at a 0-based index: a position in final-place order, or in input order for <see cref="RatingResult{TPage}.RowsInInputOrder"/>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public RatingRow<TPage> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _positionsByRow is null
                ? new RatingRow<TPage>(_result, _result.Columns.OrderArray[index], index + 1)
                : new RatingRow<TPage>(_result, index, _positionsByRow[index] + 1);
        }
    }

    /// <summary>Returns an allocation-free enumerator over the rows.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<RatingRow<TPage>> IEnumerable<RatingRow<TPage>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the rows of a <see cref="RatingRowList{TPage}"/>.</summary>
    public struct Enumerator : IEnumerator<RatingRow<TPage>>
    {
        private readonly RatingRowList<TPage> _list;
        private int _index;

        internal Enumerator(RatingRowList<TPage> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>Gets the current row.</summary>
        public readonly RatingRow<TPage> Current => _list[_index];

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next row.</summary>
        /// <returns><see langword="false"/> after the last row.</returns>
        public bool MoveNext() => ++_index < _list.Count;

        /// <summary>Moves back before the first row.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing.</summary>
        public readonly void Dispose()
        {
        }
    }
}
