using System.Collections;
using SocialRank.Internal;

namespace SocialRank.Rating;

/// <summary>A page's results on every indicator of the method, in the method's order. A view: it allocates nothing.</summary>
public readonly struct IndicatorScores : IReadOnlyList<IndicatorScore>
{
    private readonly RatingColumns _columns;
    private readonly int _row;

    internal IndicatorScores(RatingColumns columns, int row)
    {
        _columns = columns;
        _row = row;
    }

    /// <summary>Gets the number of indicators.</summary>
    public int Count => _columns.Names.Length;

    /// <summary>Gets the result on the indicator at position <paramref name="index"/> of the method.</summary>
    /// <param name="index">The 0-based indicator position.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public IndicatorScore this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            double place = _columns.PlaceColumns[index][_row];
            double weight = _columns.Weights[index];
            double compared = _columns.ComparedValue(index, _row);
            double value = _columns.Precisions[index].IsExact || double.IsNaN(compared) ? compared : _columns.RawValueOf(index, _row);
            return new IndicatorScore(_columns.Names[index], value, compared, place, weight, weight * place);
        }
    }

    /// <summary>Gets the result on the indicator named <paramref name="indicator"/>.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The method has no such indicator.</exception>
    public IndicatorScore this[string indicator]
    {
        get
        {
            int index = Array.IndexOf(_columns.Names, indicator);
            if (index < 0)
            {
                Throw.NoIndicator(indicator);
            }

            return this[index];
        }
    }

    /// <summary>Returns an enumerator over the scores.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<IndicatorScore> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
