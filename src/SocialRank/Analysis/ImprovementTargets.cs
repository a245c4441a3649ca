using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Analysis;

/// <summary>
/// "What would move this page up" (METHOD section 7, "Targets"): the smallest whole change of one of a page's raw figures
/// (engaged users, followers, likes, posts, ...) that improves its final place, or reaches a given place or zone, with
/// every other page and figure fixed.
/// </summary>
/// <remarks>
/// <para><b>Exact by construction.</b> A rating changes only where the page's value on some indicator, compared at the
/// indicator's precision (<see cref="Precision.Round"/>, the rating's own rule), passes or draws level with another page's
/// value, or crosses a bound of a zone scheme on that indicator. Those thresholds are found by bisection over whole changes
/// of the figure (each indicator's value is taken to move one way as the figure grows, as the article's indicators do),
/// and between two of them every place, total and zone stays as it is (for the built-in zone schemes: bands of places,
/// quantiles, thresholds on the total or on an indicator). So the candidates are the thresholds (an increase meets the
/// new state at the first value past one, a decrease at the last value before it), one unit either way, and 0, where a
/// divisor makes a value missing; each is checked by re-rating all pages with the change applied
/// (<see cref="RatingMethod{TPage}.Evaluate(IReadOnlyList{TPage}, EvaluationOptions)"/>), nearest first, because passing
/// a page pushes that page one place down on the indicator and changes its total too: the total is not monotone in the
/// figure. The answer is the nearest candidate that reaches the target (an increase before a decrease of the same size),
/// and one unit less (towards today's figure) is re-rated too and must not reach it (else the answer moves towards
/// today's figure until it holds).</para>
/// <para>Figures are searched from 0 to <see cref="MaxFigure"/> (a figure above it today is not searched: unreachable).
/// The search costs a few evaluations of the page per threshold and, when no value reaches the target, one re-rating of
/// every page per candidate (about two per other page and indicator the figure feeds). Pages are re-rated one thread at a
/// time (<see cref="EvaluationOptions.Sequential"/>); a call only reads the rating it is given, so calls may run on
/// several threads at once. A page check of the method that refuses a changed page throws as the
/// rating does; a value that leaves the page without a value on an indicator whose missing values fail the rating
/// (<see cref="MissingValueRule.Fail"/>) is never an answer.</para>
/// </remarks>
public static class ImprovementTargets
{
    /// <summary>The largest value of a figure searched: 10^12 (ratios of counts stay exact up to it).</summary>
    public const double MaxFigure = 1e12;

    /// <summary>
    /// Returns the smallest whole change of <paramref name="figure"/> on page <paramref name="pageId"/> that reaches
    /// <paramref name="target"/> in <paramref name="rating"/>'s method with every other page and figure fixed, verified by
    /// re-rating; or says that none does (see the remarks of <see cref="ImprovementTargets"/>).
    /// </summary>
    /// <param name="rating">The rating today.</param>
    /// <param name="pageId">The id of a page rated in it.</param>
    /// <param name="figure">The figure to change.</param>
    /// <param name="target">What to reach.</param>
    /// <param name="directions">Whether to search increases, decreases or both (the default).</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The answer, with its outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The page is not rated (unknown or excluded), or the target's zone or scheme is not in the method.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="directions"/> is not a defined <see cref="ChangeDirection"/>.</exception>
    public static FigureTarget Find<TPage>(RatingResult<TPage> rating, string pageId, PageFigure<TPage> figure, ImprovementTarget target, ChangeDirection directions = ChangeDirection.Either)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(pageId);
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(target);
        Throw.IfUndefined(directions, "The change direction");
        return new Search<TPage>(rating, RowOf(rating, pageId, nameof(pageId)), figure, target, nameof(target)).Run(directions);
    }

    /// <summary>
    /// Returns page <paramref name="pageId"/>'s cheapest single-figure moves: for each of <paramref name="figures"/>, the
    /// smallest change (either way) to a better final place and to the next zone up of the method's first scheme of place
    /// bands, ordered by the change as a percentage of today's figure.
    /// </summary>
    /// <param name="rating">The rating today.</param>
    /// <param name="pageId">The id of a page rated in it.</param>
    /// <param name="figures">The figures to try, e.g. every count of the page but the population.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the figures, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The page is not rated (unknown or excluded).</exception>
    public static TargetSummary Summarize<TPage>(RatingResult<TPage> rating, string pageId, IEnumerable<PageFigure<TPage>> figures)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(pageId);
        ArgumentNullException.ThrowIfNull(figures);
        PageFigure<TPage>[] all = [.. figures];
        foreach (PageFigure<TPage> figure in all)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
        }

        RatingRow<TPage> row = RowOf(rating, pageId, nameof(pageId));
        IReadOnlyList<ZoneScheme> schemes = rating.Method.ZoneSchemes;
        int bands = -1;
        for (int s = 0; s < schemes.Count && bands < 0; s++)
        {
            bands = schemes[s] is PlaceBandZoneScheme ? s : -1;
        }

        Zone? zone = bands < 0 ? null : row.ZoneOf(bands);
        int index = zone is null ? -1 : IndexOf(schemes[bands].Zones, zone);
        string? next = index > 0 ? schemes[bands].Zones[index - 1].Name : null;
        FigureTarget[] toPlace = Cheapest(all.Select(f => new Search<TPage>(rating, row, f, ImprovementTarget.BetterPlace, nameof(rating)).Run(ChangeDirection.Either)));
        FigureTarget[] toZone = next is null ? [] :
            Cheapest(all.Select(f => new Search<TPage>(rating, row, f, ImprovementTarget.ToZone(next, schemes[bands].Name), nameof(rating)).Run(ChangeDirection.Either)));
        return new TargetSummary(row.Id, row.Name, row.FinalPlace, zone?.Name, next, toPlace, toZone);
    }

    /// <summary>Reached answers first, by |percent of today| (none last), then |change|; the rest in the given order.</summary>
    private static FigureTarget[] Cheapest(IEnumerable<FigureTarget> answers)
        => [.. answers.OrderBy(a => a.IsReached ? 0 : 1)
            .ThenBy(a => a.IsReached ? (a.PercentOfToday is double p ? Math.Abs(p) : double.PositiveInfinity) : 0)
            .ThenBy(a => a.IsReached ? Math.Abs(a.Change!.Value) : 0)];

    private static RatingRow<TPage> RowOf<TPage>(RatingResult<TPage> rating, string pageId, string paramName)
    {
        if (!rating.TryGetRow(pageId, out RatingRow<TPage> row))
        {
            Throw.TargetPageNotRated(pageId, rating.Excluded.FirstOrDefault(e => e.Id == pageId)?.Reason, paramName);
        }

        return row;
    }

    private static int IndexOf(IReadOnlyList<Zone> zones, Zone zone)
    {
        for (int i = 0; i < zones.Count; i++)
        {
            if (zones[i].Equals(zone))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One search: a page, a figure, a target.</summary>
    private sealed class Search<TPage>
    {
        private readonly RatingResult<TPage> _rating;
        private readonly RatingMethod<TPage> _method;
        private readonly PageFigure<TPage> _figure;
        private readonly ImprovementTarget _target;
        private readonly string _id;
        private readonly string _name;
        private readonly int _input;
        private readonly TPage _page;
        private readonly TPage[] _pages;
        private readonly double _placeToday;
        private readonly int _scheme;
        private readonly int _zone;
        private readonly bool _orBetter;
        private readonly int _reportScheme;
        private readonly string? _zoneToday;
        private readonly bool _metToday;
        private readonly double[] _slots;
        private readonly Dictionary<long, double[]> _compared = [];

        public Search(RatingResult<TPage> rating, RatingRow<TPage> row, PageFigure<TPage> figure, ImprovementTarget target, string paramName)
        {
            _rating = rating;
            _method = rating.Method;
            _figure = figure;
            _target = target;
            _id = row.Id;
            _name = row.Name;
            _input = row.InputIndex;
            _page = row.Page;
            _pages = [.. rating.Pages];
            _placeToday = row.FinalPlace;
            _scheme = -1;
            _zone = -1;
            IReadOnlyList<ZoneScheme> schemes = _method.ZoneSchemes;
            if (target.Kind == TargetKind.Zone)
            {
                (_scheme, _zone) = FindZone(schemes, target, paramName);
                _orBetter = schemes[_scheme] is PlaceBandZoneScheme;
            }

            _reportScheme = _scheme >= 0 ? _scheme : schemes.Count > 0 ? 0 : -1;
            _zoneToday = _reportScheme < 0 ? null : row.ZoneOf(_reportScheme)?.Name;
            _metToday = target.Kind == TargetKind.BetterPlace ? _placeToday <= 1 : Meets(row);
            _slots = new double[Math.Max(1, _method.Values.SlotCount)];
        }

        public FigureTarget Run(ChangeDirection directions)
        {
            if (_figure.Read(_page) is not double today)
            {
                return Answer(TargetOutcome.FigureUnknown, null, null, null, null);
            }

            if (_metToday)
            {
                return Answer(TargetOutcome.AlreadyMet, today, today, _placeToday, _zoneToday);
            }

            if (today > MaxFigure)
            {
                return Answer(TargetOutcome.Unreachable, today, null, null, null); // beyond the range searched
            }

            // Whole changes d keep the figure within [0, MaxFigure]: from −floor(today) to floor(MaxFigure − today).
            long low = -(long)Math.Floor(today);
            long high = (long)Math.Floor(MaxFigure - today);
            foreach (long candidate in Candidates(today, low, high, directions))
            {
                long d = candidate;
                if (TryReach(today, d, out double place, out string? zone))
                {
                    // One unit less, towards today's figure, must not reach the target; if it does (an indicator that is
                    // not monotone in the figure), the answer moves towards today's figure until it holds.
                    long step = Math.Sign(d);
                    while (d - step != 0 && TryReach(today, d - step, out double p, out string? z))
                    {
                        d -= step;
                        (place, zone) = (p, z);
                    }

                    return Answer(TargetOutcome.Reached, today, today + d, place, zone);
                }
            }

            return Answer(TargetOutcome.Unreachable, today, null, null, null);
        }

        private FigureTarget Answer(TargetOutcome outcome, double? today, double? value, double? place, string? zone)
            => new(_id, _name, _figure.Name, _target, outcome, today, value, _placeToday, place, _zoneToday, zone);

        /// <summary>Every change at which the rating may change, in the directions searched, nearest first (an increase before a decrease of the same size).</summary>
        private List<long> Candidates(double today, long low, long high, ChangeDirection directions)
        {
            var set = new HashSet<long> { low, -1, 1 };

            // The lowest figure 0 is a case of its own (a divisor of 0 makes a value missing); bisect above it.
            long from = today + low == 0 ? low + 1 : low;
            if (from < high)
            {
                int k = _method.Indicators.Count;
                double[] atFrom = Compared(today, from), atHigh = Compared(today, high);
                for (int j = 0; j < k; j++)
                {
                    double a = atFrom[j], b = atHigh[j];
                    if (double.IsNaN(a) || double.IsNaN(b) || a == b)
                    {
                        continue; // the indicator does not move with the figure (or is missing at an end: not searched)
                    }

                    bool rising = a < b;
                    foreach (double level in Levels(j))
                    {
                        foreach (bool strict in (ReadOnlySpan<bool>)[false, true])
                        {
                            long t = FirstTrue(from, high, d =>
                            {
                                double r = Compared(today, d)[j];
                                return rising ? (strict ? r > level : r >= level) : (strict ? r < level : r <= level);
                            });
                            // The state changes between t − 1 and t: an increase first meets it at t, a decrease at t − 1.
                            set.Add(t > 0 ? t : t - 1);
                        }
                    }
                }
            }

            bool up = directions != ChangeDirection.Decrease, down = directions != ChangeDirection.Increase;
            return [.. set.Where(d => d != 0 && d >= low && d <= high && (d > 0 ? up : down)).OrderBy(Math.Abs).ThenBy(d => d < 0)];
        }

        /// <summary>The values the page's value on indicator <paramref name="j"/> may pass: the other rated pages' compared values and the bounds of zone schemes on the indicator.</summary>
        private HashSet<double> Levels(int j)
        {
            var levels = new HashSet<double>();
            RatingColumns columns = _rating.Columns;
            for (int row = 0; row < columns.Count; row++)
            {
                double v = columns.ComparedValue(j, row);
                if (columns.InputIndex(row) != _input && !double.IsNaN(v))
                {
                    levels.Add(v);
                }
            }

            string indicator = _method.Indicators[j].Indicator.Name;
            foreach (ZoneScheme scheme in _method.ZoneSchemes)
            {
                if (scheme is ThresholdZoneScheme { IsOnTotal: false } thresholds && thresholds.IndicatorName == indicator)
                {
                    foreach (ValueBand band in thresholds.Bands)
                    {
                        if (band.Lower is ZoneBound lower)
                        {
                            levels.Add(lower.Value);
                        }

                        if (band.Upper is ZoneBound upper)
                        {
                            levels.Add(upper.Value);
                        }
                    }
                }
            }

            return levels;
        }

        /// <summary>The first d in [<paramref name="from"/>, <paramref name="to"/>] where <paramref name="test"/> holds (it holds from some d on), or <paramref name="to"/> + 1.</summary>
        private static long FirstTrue(long from, long to, Func<long, bool> test)
        {
            long lo = from, hi = to + 1;
            while (lo < hi)
            {
                long mid = lo + ((hi - lo) / 2);
                if (test(mid))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }

        /// <summary>The page's value on each indicator, as the rating compares it, with the figure changed by <paramref name="d"/>.</summary>
        private double[] Compared(double today, long d)
        {
            if (_compared.TryGetValue(d, out double[]? known))
            {
                return known;
            }

            TPage page = _figure.With(_page, today + d);
            ValuePlan<TPage> plan = _method.Values;
            plan.ComputeBlock(new ReadOnlySpan<TPage>(in page), _slots, stride: 1);
            int k = _method.Indicators.Count;
            double[] values = new double[k];
            for (int j = 0; j < k; j++)
            {
                double v = 0;
                Precision precision = _method.Precisions[j];
                plan.ValuesOfBlock(j, _slots, stride: 1, precision, new Span<double>(ref v));
                values[j] = precision.Round(v);
            }

            _compared[d] = values;
            return values;
        }

        /// <summary>Re-rates every page with the figure changed by <paramref name="d"/>; whether the page then meets the target.</summary>
        private bool TryReach(double today, long d, out double place, out string? zone)
        {
            place = double.NaN;
            zone = null;
            double[] values = Compared(today, d);
            for (int j = 0; j < values.Length; j++)
            {
                if (double.IsNaN(values[j]) && _method.Indicators[j].Indicator.Missing == MissingValueRule.Fail)
                {
                    return false; // the rating refuses a page without this value (e.g. no posts): not an answer
                }
            }

            _pages[_input] = _figure.With(_page, today + d);
            RatingResult<TPage> again = _method.Evaluate(_pages, EvaluationOptions.Sequential);
            _pages[_input] = _page;
            if (!again.TryGetRow(_id, out RatingRow<TPage> row))
            {
                return false; // excluded with the change (a value it needs is missing)
            }

            place = row.FinalPlace;
            zone = _reportScheme < 0 ? null : row.ZoneOf(_reportScheme)?.Name;
            return _target.Kind == TargetKind.BetterPlace ? place < _placeToday : Meets(row);
        }

        private bool Meets(RatingRow<TPage> row)
        {
            if (_target.Kind == TargetKind.Place)
            {
                return row.FinalPlace <= _target.Place!.Value;
            }

            Zone? zone = row.ZoneOf(_scheme);
            int index = zone is null ? -1 : IndexOf(_method.ZoneSchemes[_scheme].Zones, zone);
            return index >= 0 && (_orBetter ? index <= _zone : index == _zone);
        }

        private static (int Scheme, int Zone) FindZone(IReadOnlyList<ZoneScheme> schemes, ImprovementTarget target, string paramName)
        {
            string zone = target.Zone!;
            for (int s = 0; s < schemes.Count; s++)
            {
                if (target.Scheme is not null && !string.Equals(schemes[s].Name, target.Scheme, StringComparison.Ordinal))
                {
                    continue;
                }

                IReadOnlyList<Zone> zones = schemes[s].Zones;
                for (int z = 0; z < zones.Count; z++)
                {
                    if (string.Equals(zones[z].Name, zone, StringComparison.Ordinal))
                    {
                        return (s, z);
                    }
                }

                if (target.Scheme is not null)
                {
                    Throw.TargetZoneUnknown(zone, target.Scheme, string.Join(", ", zones.Select(z => "'" + z.Name + "'")), paramName);
                }
            }

            if (target.Scheme is not null)
            {
                Throw.TargetSchemeUnknown(target.Scheme, paramName);
            }

            Throw.TargetZoneUnknown(zone, null, string.Join(", ", schemes.SelectMany(s => s.Zones).Select(z => "'" + z.Name + "'").Distinct()), paramName);
            return default;
        }
    }
}
