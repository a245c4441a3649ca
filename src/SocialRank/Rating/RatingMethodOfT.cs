using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>
/// A complete, validated rating method (METHOD sections 3 to 5): indicators with weights, the tie method of indicator
/// places and of final places, tie-breakers for equal totals, zone schemes, and how pages are identified, named, excluded
/// and checked. Immutable and thread-safe; evaluate it on any number of page sets.
/// </summary>
/// <remarks>Build one with <see cref="RatingMethod.For{TPage}"/>, <see cref="RatingMethod.ForPageStats"/> or <see cref="RatingMethod.Article()"/>.</remarks>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class RatingMethod<TPage>
{
    internal const int MaxTieBreakers = 100;
    internal const int MaxZoneSchemes = 1000;

    private readonly WeightedIndicator<TPage>[] _indicators;
    private readonly string[] _tieBreakers;
    private readonly ZoneScheme[] _zones;

    internal RatingMethod(
        Func<TPage, string> id,
        Func<TPage, string>? names,
        Func<TPage, string?>? eligibility,
        PageCheck<TPage>? check,
        WeightedIndicator<TPage>[] indicators,
        TieMethod indicatorTies,
        TieMethod finalTies,
        string[] tieBreakers,
        ZoneScheme[] zones)
    {
        IdOf = id;
        NameOf = names ?? id;
        ExclusionReasonOf = eligibility;
        PageCheck = check;
        _indicators = indicators;
        IndicatorTies = indicatorTies;
        FinalTies = finalTies;
        _tieBreakers = tieBreakers;
        _zones = zones;
        RankOptions = [.. indicators.Select(i => i.Indicator.ToRankOptions(indicatorTies))];
        TieBreakerIndices = [.. tieBreakers.Select(IndexOf)];
        RequiredLeaves = [.. indicators.Select(i => i.Indicator.Value.Leaves.Where(l => l.IsRequired).ToArray())];
        Weights = [.. indicators.Select(i => i.Weight)];
        Names = [.. indicators.Select(i => i.Indicator.Name)];
        Precisions = [.. indicators.Select(i => i.Indicator.Precision)];
        Readers = [.. indicators.Select(i => i.Indicator.Value)];
        Values = new ValuePlan<TPage>(Readers);
        FinalRankOptions = new RankOptions { Ties = finalTies };
    }

    /// <summary>Gets the indicators with their weights, in the order they were added (the order of columns in results).</summary>
    public IReadOnlyList<WeightedIndicator<TPage>> Indicators => _indicators;

    /// <summary>Gets how tied values share places on each indicator.</summary>
    /// <value>The default value is <see cref="TieMethod.Min"/>.</value>
    public TieMethod IndicatorTies { get; }

    /// <summary>Gets how pages with equal totals (after tie-breakers) share final places.</summary>
    /// <value>The default value is <see cref="TieMethod.Min"/>.</value>
    public TieMethod FinalTies { get; }

    /// <summary>Gets the names of the indicators that break ties in the total, in order; empty when ties are shared.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> TieBreakers => _tieBreakers;

    /// <summary>Gets the zone schemes, in the order they were added.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<ZoneScheme> ZoneSchemes => _zones;

    /// <summary>Gets the function that reads a page's unique id.</summary>
    public Func<TPage, string> IdOf { get; }

    /// <summary>Gets the function that reads a page's display name.</summary>
    /// <value>The default value is <see cref="IdOf"/>.</value>
    public Func<TPage, string> NameOf { get; }

    /// <summary>Gets the function that reads why a page is not eligible (<see langword="null"/> when eligible), or <see langword="null"/> when every page is eligible.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Func<TPage, string?>? ExclusionReasonOf { get; }

    /// <summary>Gets the check run on every page before rating, or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public PageCheck<TPage>? PageCheck { get; }

    internal RankOptions[] RankOptions { get; }

    internal int[] TieBreakerIndices { get; }

    internal PageValue<TPage>[][] RequiredLeaves { get; }

    internal double[] Weights { get; }

    /// <summary>Gets the indicators' names, in order (shared by every result).</summary>
    internal string[] Names { get; }

    /// <summary>Gets the indicators' precisions, in order (shared by every result).</summary>
    internal Precision[] Precisions { get; }

    /// <summary>Gets the values the indicators read, in order.</summary>
    internal PageValue<TPage>[] Readers { get; }

    /// <summary>Gets the plan that computes every indicator's value of a page at once.</summary>
    internal ValuePlan<TPage> Values { get; }

    /// <summary>Gets the options that rank the totals into final places.</summary>
    internal RankOptions FinalRankOptions { get; }

    /// <summary>Returns the position of the indicator named <paramref name="name"/> in <see cref="Indicators"/>.</summary>
    /// <param name="name">The indicator's name (ordinal comparison).</param>
    /// <returns>The 0-based position, or -1 when there is no such indicator.</returns>
    public int IndexOf(string name)
    {
        for (int i = 0; i < _indicators.Length; i++)
        {
            if (string.Equals(_indicators[i].Indicator.Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Returns a new builder with everything this method sets (identification, names, eligibility, check, indicators with
    /// their weights and precisions, tie methods, tie-breakers and zone schemes), to change one thing and build again:
    /// e.g. <c>method.ToBuilder().WithFinalTies(TieMethod.Dense).Build()</c>. The method itself is unchanged; building the
    /// builder unchanged gives a method that evaluates every page set identically.
    /// </summary>
    /// <remarks>
    /// Indicators keep the precision they were built with (after <see cref="RatingMethodBuilder{TPage}.WithExactComparison"/>
    /// or <see cref="RatingMethodBuilder{TPage}.WithMidpointRounding"/>, if the method was built with either).
    /// <see cref="RatingMethodBuilder{TPage}.WithTieBreakers"/> on the new builder replaces the tie-breakers, and
    /// <see cref="RatingMethodBuilder{TPage}.AddZones"/> adds to the zone schemes.
    /// </remarks>
    /// <returns>A new, single-use builder.</returns>
    public RatingMethodBuilder<TPage> ToBuilder() => new(this);

    /// <summary>Rates <paramref name="pages"/> with <see cref="EvaluationOptions.Default"/>.</summary>
    /// <param name="pages">The pages; an empty list gives an empty result.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPagesException">The pages have problems; the exception lists every one.</exception>
    public RatingResult<TPage> Evaluate(IReadOnlyList<TPage> pages) => Evaluate(pages, EvaluationOptions.Default);

    /// <summary>Rates <paramref name="pages"/>.</summary>
    /// <param name="pages">The pages; an empty list gives an empty result.</param>
    /// <param name="options">How to compute (parallelism); results do not depend on it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPagesException">The pages have problems; the exception lists every one.</exception>
    public RatingResult<TPage> Evaluate(IReadOnlyList<TPage> pages, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        return RatingEvaluator.Evaluate(this, pages, options);
    }

    /// <summary>
    /// Rates the pages within their groups with <see cref="EvaluationOptions.Default"/>: one rating per group, each
    /// exactly the rating of that group's pages alone (see <see cref="EvaluateByGroup(IReadOnlyList{TPage}, Func{TPage, string}, EvaluationOptions)"/>).
    /// </summary>
    /// <param name="pages">The pages of every group.</param>
    /// <param name="groupOf">A page's group key (its network, owner, category or period).</param>
    /// <returns>The groups' ratings, in ordinal order of their keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or <paramref name="groupOf"/> is <see langword="null"/>, or a page's key is.</exception>
    /// <exception cref="SocialRank.Pages.InvalidPagesException">Pages of one or more groups have problems: every group's problems, in group order.</exception>
    public IReadOnlyList<RatingGroup<TPage>> EvaluateByGroup(IReadOnlyList<TPage> pages, Func<TPage, string> groupOf)
        => EvaluateByGroup(pages, groupOf, EvaluationOptions.Default);

    /// <summary>
    /// Rates the pages within their groups: one rating per group key, each exactly <see cref="Evaluate(IReadOnlyList{TPage}, EvaluationOptions)"/>
    /// of that group's pages alone, in their input order, with their own places, totals and zones (a place-band scheme's
    /// leaders are each group's leaders). Groups are rated in parallel (up to <see cref="EvaluationOptions.MaxDegreeOfParallelism"/>
    /// at once, each on one thread; a single group with the options' own parallelism); the result is the same on any
    /// number of threads. Ids need to be unique within a
    /// group only.
    /// </summary>
    /// <param name="pages">The pages of every group.</param>
    /// <param name="groupOf">A page's group key (its network, owner, category or period).</param>
    /// <param name="options">The parallelism.</param>
    /// <returns>The groups' ratings, in ordinal order of their keys.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a page's key is.</exception>
    /// <exception cref="SocialRank.Pages.InvalidPagesException">Pages of one or more groups have problems: every group's problems, in group order.</exception>
    public IReadOnlyList<RatingGroup<TPage>> EvaluateByGroup(IReadOnlyList<TPage> pages, Func<TPage, string> groupOf, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(groupOf);
        ArgumentNullException.ThrowIfNull(options);
        var members = new Dictionary<string, List<TPage>>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++)
        {
            TPage page = pages[i];
            string? key = groupOf(page);
            if (key is null)
            {
                Throw.NullGroupKey(i, IdOf(page), nameof(groupOf));
            }

            if (!members.TryGetValue(key, out List<TPage>? group))
            {
                members[key] = group = [];
            }

            group.Add(page);
        }

        string[] keys = [.. members.Keys.Order(StringComparer.Ordinal)];
        var results = new RatingResult<TPage>?[keys.Length];
        var problems = new IReadOnlyList<PageProblem>?[keys.Length];
        void Rate(int g)
        {
            try
            {
                // One group alone may use the caller's threads; several share them, one group a thread.
                results[g] = RatingEvaluator.Evaluate(this, members[keys[g]], keys.Length == 1 ? options : EvaluationOptions.Sequential);
            }
            catch (InvalidPagesException e)
            {
                problems[g] = e.Problems;
            }
        }

        int degree = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        if (degree == 1 || keys.Length == 1)
        {
            for (int g = 0; g < keys.Length; g++)
            {
                Rate(g);
            }
        }
        else
        {
            Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = degree }, Rate);
        }

        if (Array.Exists(problems, p => p is not null))
        {
            throw new InvalidPagesException(problems.Where(p => p is not null).SelectMany(p => p!));
        }

        return [.. keys.Select((key, g) => new RatingGroup<TPage>(key, results[g]!))];
    }
}
