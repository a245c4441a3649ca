using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>
/// Builds a <see cref="RatingMethod{TPage}"/>. Single-use: after <see cref="Build"/> every member throws. Nothing is
/// validated until <see cref="Build"/>, which reports every problem at once. Not thread-safe.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class RatingMethodBuilder<TPage>
{
    private readonly Func<TPage, string> _id;
    private readonly List<WeightedIndicator<TPage>> _indicators = [];
    private readonly List<string> _tieBreakers = [];
    private readonly List<ZoneScheme> _zones = [];
    private Func<TPage, string>? _names;
    private Func<TPage, string?>? _eligibility;
    private PageCheck<TPage>? _check;
    private TieMethod _indicatorTies = TieMethod.Min;
    private TieMethod _finalTies = TieMethod.Min;
    private MidpointRounding? _midpoint;
    private bool _exact;
    private bool _built;

    internal RatingMethodBuilder(Func<TPage, string> id)
    {
        _id = Throw.IfNull(id);
    }

    /// <summary>Starts a builder with everything <paramref name="method"/> has set (see <see cref="RatingMethod{TPage}.ToBuilder"/>).</summary>
    internal RatingMethodBuilder(RatingMethod<TPage> method)
        : this(method.IdOf)
    {
        _indicators.AddRange(method.Indicators);
        _tieBreakers.AddRange(method.TieBreakers);
        _zones.AddRange(method.ZoneSchemes);
        _names = method.NameOf;
        _eligibility = method.ExclusionReasonOf;
        _check = method.PageCheck;
        _indicatorTies = method.IndicatorTies;
        _finalTies = method.FinalTies;
    }

    /// <summary>Adds an indicator with weight 1.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(Indicator<TPage> indicator) => Add(indicator, 1.0);

    /// <summary>Adds an indicator with a weight (validated by <see cref="Build"/>: finite and &gt;= 0).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="weight">The weight its places are multiplied by.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(Indicator<TPage> indicator, double weight)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(indicator);
        _indicators.Add(new WeightedIndicator<TPage>(indicator, weight));
        return this;
    }

    /// <summary>Adds an indicator with weight 1 that reads its value from a page with <paramref name="read"/> (see <see cref="Add(string, Func{TPage, double}, Better, double)"/>).</summary>
    /// <param name="name">The indicator's name, unique within the method.</param>
    /// <param name="read">Reads the value from a page; NaN means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Better"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(string name, Func<TPage, double> read, Better better) => Add(name, read, better, 1.0);

    /// <summary>
    /// Adds an indicator that reads its value from a page with <paramref name="read"/>, where NaN means missing: the
    /// short form of <c>Add(new Indicator&lt;TPage&gt;(name, read, better), weight)</c>, compared exactly
    /// (<see cref="Precision.Exact"/>) with missing values ranked last.
    /// </summary>
    /// <param name="name">The indicator's name, unique within the method.</param>
    /// <param name="read">Reads the value from a page; NaN means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <param name="weight">The weight its places are multiplied by (validated by <see cref="Build"/>: finite and &gt;= 0).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Better"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(string name, Func<TPage, double> read, Better better, double weight)
    {
        ThrowIfBuilt();
        return Add(new Indicator<TPage>(name, read, better), weight);
    }

    /// <summary>Adds an indicator with weight 1 that reads its value from a page with <paramref name="read"/> (see <see cref="Add(string, Func{TPage, Nullable{double}}, Better, double)"/>).</summary>
    /// <param name="name">The indicator's name, unique within the method.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> or NaN means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Better"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(string name, Func<TPage, double?> read, Better better) => Add(name, read, better, 1.0);

    /// <summary>
    /// Adds an indicator that reads its value from a page with <paramref name="read"/>, where <see langword="null"/> (or
    /// NaN) means missing: the short form of <c>Add(new Indicator&lt;TPage&gt;(name, read, better), weight)</c>, compared
    /// exactly (<see cref="Precision.Exact"/>) with missing values ranked last.
    /// </summary>
    /// <param name="name">The indicator's name, unique within the method.</param>
    /// <param name="read">Reads the value from a page; <see langword="null"/> or NaN means missing.</param>
    /// <param name="better">Which end of the scale is better.</param>
    /// <param name="weight">The weight its places are multiplied by (validated by <see cref="Build"/>: finite and &gt;= 0).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="better"/> is not a defined <see cref="Better"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> Add(string name, Func<TPage, double?> read, Better better, double weight)
    {
        ThrowIfBuilt();
        return Add(new Indicator<TPage>(name, read, better), weight);
    }

    /// <summary>Adds indicators, each with weight 1.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> AddRange(IEnumerable<Indicator<TPage>> indicators)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(indicators);
        foreach (Indicator<TPage> indicator in indicators)
        {
            Add(indicator, 1.0);
        }

        return this;
    }

    /// <summary>
    /// Makes every indicator compare its values exactly (<see cref="Precision.Exact"/>), whatever precision it was added
    /// with: pages share a place only when their values are equal (for ratios of whole counts: equal true ratios). Values are
    /// then also shown in full.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithExactComparison()
    {
        ThrowIfBuilt();
        _exact = true;
        return this;
    }

    /// <summary>
    /// Sets the midpoint rule of every indicator that has a precision (see <see cref="Precision.Midpoint"/>): values exactly
    /// halfway round away from zero (as spreadsheets do; the default of <see cref="Precision.Decimals"/>) or to even (as
    /// numpy and pandas do). Validated by <see cref="Build"/>.
    /// </summary>
    /// <param name="midpoint"><see cref="MidpointRounding.AwayFromZero"/> or <see cref="MidpointRounding.ToEven"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithMidpointRounding(MidpointRounding midpoint)
    {
        ThrowIfBuilt();
        _midpoint = midpoint;
        return this;
    }

    /// <summary>Sets how tied values share places on each indicator.</summary>
    /// <param name="ties">The tie method; the default is <see cref="TieMethod.Min"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithIndicatorTies(TieMethod ties)
    {
        ThrowIfBuilt();
        _indicatorTies = ties;
        return this;
    }

    /// <summary>Sets how pages with equal totals (after any tie-breakers) share final places.</summary>
    /// <param name="ties">The tie method; the default is <see cref="TieMethod.Min"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithFinalTies(TieMethod ties)
    {
        ThrowIfBuilt();
        _finalTies = ties;
        return this;
    }

    /// <summary>
    /// Sets the tie-breakers for equal totals, replacing any set before: pages with equal totals are compared by their
    /// places on these indicators, in order (the better place wins); pages still tied share the place. No names (the
    /// default) means equal totals share the place.
    /// </summary>
    /// <param name="indicatorNames">The names of indicators of this method, in order (validated by <see cref="Build"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorNames"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithTieBreakers(params string[] indicatorNames)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(indicatorNames);
        foreach (string name in indicatorNames)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(indicatorNames));
        }

        _tieBreakers.Clear();
        _tieBreakers.AddRange(indicatorNames);
        return this;
    }

    /// <summary>Adds a zone scheme; results carry each page's zone in every scheme, in the order added.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> AddZones(ZoneScheme scheme)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(scheme);
        _zones.Add(scheme);
        return this;
    }

    /// <summary>Sets how a page's display name is read; by default the id is shown.</summary>
    /// <param name="names">Reads a page's display name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithNames(Func<TPage, string> names)
    {
        ThrowIfBuilt();
        _names = Throw.IfNull(names);
        return this;
    }

    /// <summary>Sets how to tell an ineligible page: the function returns the reason, or <see langword="null"/> for an eligible page.</summary>
    /// <param name="exclusionReason">Reads why a page is not eligible.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exclusionReason"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithEligibility(Func<TPage, string?> exclusionReason)
    {
        ThrowIfBuilt();
        _eligibility = Throw.IfNull(exclusionReason);
        return this;
    }

    /// <summary>
    /// Sets the check run on every page before rating, replacing any set before (<see cref="RatingMethod.ForPageStats"/>
    /// sets <see cref="PageStats.Check"/>; to keep it and add your own, pass <c>PageStats.Check + yours</c>). All problems of
    /// all pages are reported together.
    /// </summary>
    /// <param name="check">The check.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its method.</exception>
    public RatingMethodBuilder<TPage> WithCheck(PageCheck<TPage> check)
    {
        ThrowIfBuilt();
        _check = Throw.IfNull(check);
        return this;
    }

    /// <summary>Validates everything added and builds the method.</summary>
    /// <returns>The immutable method.</returns>
    /// <exception cref="InvalidOperationException">
    /// The builder has already built its method, or the method is not valid: no indicators, duplicate indicator names,
    /// a negative, NaN or infinite weight, all weights 0, weights summing to more than
    /// <see cref="RatingMethod.MaxWeightSum"/>, an undefined tie method, an unknown or repeated tie-breaker, a zone scheme
    /// on an unknown indicator or a repeated zone scheme name. The message lists every problem.
    /// </exception>
    public RatingMethod<TPage> Build()
    {
        ThrowIfBuilt();
        _built = true;
        var problems = new List<string>();
        if (_indicators.Count == 0)
        {
            problems.Add(Throw.NoIndicatorsMessage());
        }

        AddDuplicates(_indicators.Select(i => i.Indicator.Name), problems, Throw.DuplicateIndicatorMessage);
        bool anyPositive = false;
        foreach (WeightedIndicator<TPage> w in _indicators)
        {
            if (!double.IsFinite(w.Weight))
            {
                problems.Add(Throw.WeightNotFiniteMessage(w.Indicator.Name, w.Weight));
            }
            else if (w.Weight < 0)
            {
                problems.Add(Throw.WeightNegativeMessage(w.Indicator.Name, w.Weight));
            }
            else if (w.Weight > 0)
            {
                anyPositive = true;
            }
        }

        if (_indicators.Count > 0 && !anyPositive && _indicators.TrueForAll(w => w.Weight == 0))
        {
            problems.Add(Throw.AllWeightsZeroMessage(_indicators.Count));
        }

        // A total is a sum of weight × place, each place at most 2^31: weights summing to more than 2^22 could make it
        // exceed 2^53 (where doubles stop holding every whole number) or overflow, and the final places be wrong.
        double weightSum = _indicators.Where(w => double.IsFinite(w.Weight) && w.Weight > 0).Sum(w => w.Weight);
        if (weightSum > RatingMethod.MaxWeightSum)
        {
            problems.Add(Throw.WeightSumTooLargeMessage(weightSum, RatingMethod.MaxWeightSum));
        }

        if (!Enum.IsDefined(_indicatorTies))
        {
            problems.Add(Throw.UndefinedTiesMessage("Indicator", _indicatorTies));
        }

        if (!Enum.IsDefined(_finalTies))
        {
            problems.Add(Throw.UndefinedTiesMessage("Final", _finalTies));
        }

        var names = new HashSet<string>(_indicators.Select(i => i.Indicator.Name), StringComparer.Ordinal);
        foreach (string tieBreaker in _tieBreakers.Distinct(StringComparer.Ordinal))
        {
            if (!names.Contains(tieBreaker))
            {
                problems.Add(Throw.UnknownTieBreakerMessage(tieBreaker));
            }
        }

        AddDuplicates(_tieBreakers, problems, Throw.DuplicateTieBreakerMessage);
        if (_tieBreakers.Count > RatingMethod<TPage>.MaxTieBreakers)
        {
            problems.Add(Throw.TooManyTieBreakersMessage(_tieBreakers.Count, RatingMethod<TPage>.MaxTieBreakers));
        }

        foreach (ZoneScheme scheme in _zones)
        {
            if (scheme.IndicatorName is string indicator && !names.Contains(indicator))
            {
                problems.Add(Throw.UnknownZoneIndicatorMessage(scheme.Name, indicator));
            }

            if (scheme.Zones is not { } zones)
            {
                problems.Add(Throw.NoZoneListMessage(scheme.Name));
            }
            else if (zones.Count > ZoneScheme.MaxZones)
            {
                problems.Add(Throw.TooManyZonesMessage(scheme.Name, zones.Count, ZoneScheme.MaxZones));
            }
        }

        AddDuplicates(_zones.Select(z => z.Name), problems, Throw.DuplicateZoneSchemeMessage);
        if (_zones.Count > RatingMethod<TPage>.MaxZoneSchemes)
        {
            problems.Add(Throw.TooManyZoneSchemesMessage(_zones.Count, RatingMethod<TPage>.MaxZoneSchemes));
        }

        if (_midpoint is MidpointRounding rule && rule is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            problems.Add(Throw.MidpointRuleNotSupportedMessage(rule));
        }

        if (problems.Count > 0)
        {
            Throw.InvalidMethod(problems);
        }

        WeightedIndicator<TPage>[] indicators = [.. _indicators.Select(WithComparison)];
        return new RatingMethod<TPage>(
            _id, _names, _eligibility, _check, indicators, _indicatorTies, _finalTies, [.. _tieBreakers], [.. _zones]);
    }

    /// <summary>The indicator with the comparison set by <see cref="WithExactComparison"/> and <see cref="WithMidpointRounding"/>.</summary>
    private WeightedIndicator<TPage> WithComparison(WeightedIndicator<TPage> weighted)
    {
        Indicator<TPage> indicator = weighted.Indicator;
        Precision precision = _exact ? Precision.Exact : _midpoint is MidpointRounding rule ? indicator.Precision.WithMidpoint(rule) : indicator.Precision;
        return precision == indicator.Precision ? weighted : weighted with { Indicator = indicator with { Precision = precision } };
    }

    private static void AddDuplicates(IEnumerable<string> names, List<string> problems, Func<string, int, string> message)
    {
        foreach (IGrouping<string, string> group in names.GroupBy(n => n, StringComparer.Ordinal))
        {
            int count = group.Count();
            if (count > 1)
            {
                problems.Add(message(group.Key, count));
            }
        }
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            Throw.BuilderUsed();
        }
    }
}
