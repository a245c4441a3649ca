using System.Globalization;
using SocialRank.Internal;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>
/// One rated page's line of the result: its scores on each indicator, total, final place, zones and what decided its
/// place. A view over the result's columns: creating one allocates nothing.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
public readonly struct RatingRow<TPage>
{
    private readonly RatingResult<TPage> _result;
    private readonly int _row;
    private readonly int _position;

    internal RatingRow(RatingResult<TPage> result, int row, int position)
    {
        _result = result;
        _row = row;
        _position = position;
    }

    /// <summary>Gets the page.</summary>
    public TPage Page => _result.Pages[InputIndex];

    /// <summary>Gets the page's id.</summary>
    public string Id => _result.IdAt(InputIndex);

    /// <summary>Gets the page's display name.</summary>
    public string Name => _result.NameAt(InputIndex);

    /// <summary>Gets the page's 0-based position in the input.</summary>
    public int InputIndex => _result.Columns.InputIndex(_row);

    /// <summary>Gets the row's 1-based position in the final table (rows in final-place order, equal places in input order).</summary>
    public int Position => _position;

    /// <summary>Gets the page's results on every indicator, in the method's order.</summary>
    public IndicatorScores Scores => new(_result.Columns, _row);

    /// <summary>Gets the total of the weighted penalties; fewer is better.</summary>
    public double Total => _result.Columns.Totals[_row];

    /// <summary>Gets the final place (the ranking of totals, lowest first, after tie-breakers).</summary>
    public double FinalPlace => _result.Columns.Final[_row];

    /// <summary>
    /// Gets what decided the final place among pages with the same total: <see cref="DecisionKind.Total"/> when the
    /// total alone did (no other page has it), <see cref="DecisionKind.TieBreaker"/> with the indicator when a tie-breaker
    /// gave the page a place of its own, <see cref="DecisionKind.Shared"/> when the page still shares its place, or
    /// <see cref="DecisionKind.InputOrder"/> when it was still tied and the final tie method is ordinal.
    /// </summary>
    public Decision Decision
    {
        get
        {
            int code = _result.Columns.DecidedCode(_row, _position);
            RatingMethod<TPage> method = _result.Method;
            return code switch
            {
                RatingColumns.DecidedByTotal => Decision.ByTotal,
                RatingColumns.DecidedShared => method.FinalTies == Ranking.TieMethod.Ordinal ? Decision.ByInputOrder : Decision.SharedPlace,
                _ => Decision.TieBreaker(method.TieBreakers[code], method.TieBreakerIndices[code]),
            };
        }
    }

    /// <summary>Gets the page's zone in each of the method's zone schemes, in order (<see langword="null"/> for no zone). Allocates a new list.</summary>
    public IReadOnlyList<Zone?> Zones
    {
        get
        {
            var zones = new Zone?[_result.Method.ZoneSchemes.Count];
            for (int s = 0; s < zones.Length; s++)
            {
                zones[s] = ZoneOf(s);
            }

            return zones;
        }
    }

    /// <summary>Returns the page's zone in the scheme at position <paramref name="scheme"/> of the method.</summary>
    /// <param name="scheme">The 0-based scheme position.</param>
    /// <returns>The zone, or <see langword="null"/> when the page has none in that scheme.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is out of range.</exception>
    public Zone? ZoneOf(int scheme)
    {
        IReadOnlyList<ZoneScheme> schemes = _result.Method.ZoneSchemes;
        ArgumentOutOfRangeException.ThrowIfNegative(scheme);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scheme, schemes.Count);
        return schemes[scheme].ZoneOfCode(_result.Columns.ZoneCodes[scheme][_row]);
    }

    /// <summary>Returns the page's zone in the scheme named <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme's name.</param>
    /// <returns>The zone, or <see langword="null"/> when the page has none in that scheme.</returns>
    /// <exception cref="KeyNotFoundException">The method has no such scheme.</exception>
    public Zone? ZoneOf(string scheme)
    {
        IReadOnlyList<ZoneScheme> schemes = _result.Method.ZoneSchemes;
        for (int s = 0; s < schemes.Count; s++)
        {
            if (string.Equals(schemes[s].Name, scheme, StringComparison.Ordinal))
            {
                return ZoneOf(s);
            }
        }

        Throw.NoZoneScheme(scheme);
        return null; // not reached: NoZoneScheme throws
    }

    /// <summary>Returns the row as text: position, id, total and final place.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Position}. {Id}: total {Total:R}, place {FinalPlace:R}");
}
