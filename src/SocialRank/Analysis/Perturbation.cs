using System.Globalization;
using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Analysis;

/// <summary>
/// A plausible change of a rating method that an uncertainty analysis draws once per run (METHOD section 7): weights
/// within ±x, one indicator dropped, another tie method of indicator places, exact comparison instead of the published
/// precision, or the caller's own change. Compose them with <see cref="Then"/>; each run applies the steps in order,
/// the caller's own changes (<see cref="Custom{TPage}"/>) after the built-in ones. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Runs whose perturbation has no <see cref="Custom{TPage}"/> step are re-rated without evaluating the pages again: each
/// indicator's places are ranked once per tie method and precision drawn, and a run only sums its totals and ranks them
/// (the evaluation's own rule, tie-breakers included). A dropped indicator keeps deciding exclusions and its zones; it
/// only stops counting in the totals and breaking ties.
/// </remarks>
public sealed class Perturbation
{
    /// <summary>The default spread of <see cref="Weights()"/>: 0.25, each weight multiplied by a factor from [0.75, 1.25].</summary>
    public const double DefaultWeightSpread = 0.25;

    /// <summary>The default concentration of <see cref="DirichletWeights()"/>: 50 (the shares of the weights vary by about ±14 % of a share of 1/6).</summary>
    public const double DefaultConcentration = 50;

    private static readonly TieMethod[] AllTieMethods = [TieMethod.Min, TieMethod.Average, TieMethod.Max, TieMethod.Dense, TieMethod.Ordinal];

    private Perturbation(Step[] steps) => Steps = steps;

    /// <summary>Gets the perturbation that changes nothing: every run is the nominal rating.</summary>
    public static Perturbation None { get; } = new([]);

    /// <summary>Gets a value indicating whether this perturbation changes nothing.</summary>
    public bool IsNone => Steps.Length == 0;

    internal Step[] Steps { get; }

    /// <summary>Gets a value indicating whether a step is the caller's own (the pages are then evaluated in every run).</summary>
    internal bool HasCustom => Array.Exists(Steps, s => s.Kind == StepKind.Custom);

    /// <summary>Returns the perturbation that multiplies each weight by its own factor drawn uniformly from [1 − 0.25, 1 + 0.25].</summary>
    /// <returns>The perturbation.</returns>
    public static Perturbation Weights() => Weights(DefaultWeightSpread);

    /// <summary>Returns the perturbation that multiplies each weight by its own factor drawn uniformly from [1 − <paramref name="spread"/>, 1 + <paramref name="spread"/>].</summary>
    /// <param name="spread">The spread x, from 0 to 1 (0.25 is ±25 %).</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spread"/> is not from 0 to 1.</exception>
    public static Perturbation Weights(double spread)
    {
        if (!(spread is >= 0 and <= 1))
        {
            Throw.SpreadOutOfRange(spread, nameof(spread));
        }

        return new([new Step(StepKind.Weights, spread, [], null)]);
    }

    /// <summary>Returns the perturbation that draws the weights from a Dirichlet distribution around the nominal ones, with concentration 50.</summary>
    /// <returns>The perturbation.</returns>
    public static Perturbation DirichletWeights() => DirichletWeights(DefaultConcentration);

    /// <summary>
    /// Returns the perturbation that draws the weights' shares from a Dirichlet distribution whose mean is the nominal shares:
    /// the parameters are <paramref name="concentration"/> × each nominal share, and the drawn shares are scaled back to the
    /// nominal sum of weights. The higher the concentration, the closer the draws stay to the nominal weights; a zero weight stays 0.
    /// </summary>
    /// <param name="concentration">The concentration, a finite number &gt; 0.</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="concentration"/> is not a finite number &gt; 0.</exception>
    public static Perturbation DirichletWeights(double concentration)
    {
        if (!(concentration > 0 && double.IsFinite(concentration)))
        {
            Throw.ConcentrationOutOfRange(concentration, nameof(concentration));
        }

        return new([new Step(StepKind.Dirichlet, concentration, [], null)]);
    }

    /// <summary>
    /// Returns the perturbation that drops one indicator, drawn uniformly from those with a weight &gt; 0 (none when fewer than
    /// two have one): its weight becomes 0 and it no longer breaks ties.
    /// </summary>
    /// <returns>The perturbation.</returns>
    public static Perturbation DropOneIndicator() => new([new Step(StepKind.Drop, 0, [], null)]);

    /// <summary>Returns the perturbation that ranks indicator places with a tie method drawn uniformly from all five.</summary>
    /// <returns>The perturbation.</returns>
    public static Perturbation IndicatorTies() => IndicatorTies(AllTieMethods);

    /// <summary>Returns the perturbation that ranks indicator places with a tie method drawn uniformly from <paramref name="choices"/>.</summary>
    /// <param name="choices">The tie methods to draw from (a method given twice is twice as likely).</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="choices"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A choice is not a defined <see cref="TieMethod"/>.</exception>
    public static Perturbation IndicatorTies(params TieMethod[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Length == 0)
        {
            Throw.NoTieMethods(nameof(choices));
        }

        TieMethod[] copy = [.. choices.Select(c => Throw.IfUndefined(c, "Each tie method", nameof(choices)))];
        return new([new Step(StepKind.Ties, 0, copy, null)]);
    }

    /// <summary>
    /// Returns the perturbation that compares every indicator exactly in half of the runs (drawn) and at its published
    /// precision in the others: does rounding as published decide any place?
    /// </summary>
    /// <returns>The perturbation.</returns>
    public static Perturbation ExactOrPublished() => new([new Step(StepKind.Exact, 0, [], null)]);

    /// <summary>
    /// Returns the caller's own perturbation: a function that, given the run's method (after the built-in steps) and the
    /// run's random numbers, returns the method to rate the run with (another ER variant, another indicator, ...). It must
    /// rate the same pages; runs with it evaluate the pages each time.
    /// </summary>
    /// <param name="change">The change; it may be called from several threads at once, each with its own <see cref="RunRandom"/>.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    public static Perturbation Custom<TPage>(Func<RatingMethod<TPage>, RunRandom, RatingMethod<TPage>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new([new Step(StepKind.Custom, 0, [], change, null)]);
    }

    /// <summary>
    /// Returns the perturbation that rates the indicator named <paramref name="indicator"/> by one of
    /// <paramref name="variants"/> in each run, drawn uniformly: another definition of the same figure, e.g. ER pooled
    /// over the month's totals or as the mean of the posts' own rates where post data exists. The indicator keeps its
    /// name, weight (as drawn), precision (as drawn) and missing-value rule; a variant gives only its value and direction.
    /// List the nominal definition among the variants for it to be drawn too. Runs with it evaluate the pages each time,
    /// like <see cref="Custom{TPage}"/>.
    /// </summary>
    /// <param name="indicator">The name of the method's indicator to vary.</param>
    /// <param name="variants">The definitions to draw from: at least two.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The perturbation, described as "'ER' as ER/ER (mean of posts)".</returns>
    /// <exception cref="ArgumentNullException">An argument or a variant is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is blank, or fewer than two variants are given.</exception>
    /// <remarks>An analysis whose method has no indicator named <paramref name="indicator"/> throws <see cref="KeyNotFoundException"/> in its first run.</remarks>
    public static Perturbation IndicatorVariants<TPage>(string indicator, params Indicator<TPage>[] variants)
    {
        Throw.IfBlank(indicator, nameof(indicator));
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Length < 2)
        {
            Throw.TooFewVariants(variants.Length, nameof(variants));
        }

        Indicator<TPage>[] copy = [.. variants.Select(v => Throw.IfNull(v, nameof(variants)))];
        Func<RatingMethod<TPage>, RunRandom, RatingMethod<TPage>> change = (method, random) => WithVariant(method, indicator, copy[random.NextInt(copy.Length)]);
        return new([new Step(StepKind.Custom, 0, [], change, $"'{indicator}' as {string.Join("/", copy.Select(v => v.Name))}")]);
    }

    /// <summary>Returns <paramref name="method"/> with the indicator named <paramref name="name"/> rated by <paramref name="variant"/>'s value and direction.</summary>
    private static RatingMethod<TPage> WithVariant<TPage>(RatingMethod<TPage> method, string name, Indicator<TPage> variant)
    {
        int index = method.IndexOf(name);
        if (index < 0)
        {
            Throw.NoIndicatorToVary(name, method.Indicators.Select(i => i.Indicator.Name));
        }

        Indicator<TPage> nominal = method.Indicators[index].Indicator;
        Indicator<TPage> varied = nominal with { Value = variant.Value, Better = variant.Better };
        return Rebuilt(method, j => j == index ? varied : method.Indicators[j].Indicator, j => method.Indicators[j].Weight, method.IndicatorTies, method.TieBreakers, exact: false);
    }

    /// <summary>
    /// Returns a method built from <paramref name="method"/> with the given indicators, weights, tie method of indicator
    /// places, tie-breakers and exactness; identification, names, eligibility, check, final ties and zones unchanged.
    /// </summary>
    internal static RatingMethod<TPage> Rebuilt<TPage>(
        RatingMethod<TPage> method, Func<int, Indicator<TPage>> indicator, Func<int, double> weight, TieMethod ties, IEnumerable<string> tieBreakers, bool exact)
    {
        RatingMethodBuilder<TPage> builder = RatingMethod.For(method.IdOf).WithNames(method.NameOf);
        if (method.ExclusionReasonOf is { } eligibility)
        {
            builder.WithEligibility(eligibility);
        }

        if (method.PageCheck is { } check)
        {
            builder.WithCheck(check);
        }

        for (int j = 0; j < method.Indicators.Count; j++)
        {
            builder.Add(indicator(j), weight(j));
        }

        builder.WithIndicatorTies(ties).WithFinalTies(method.FinalTies).WithTieBreakers([.. tieBreakers]);
        foreach (ZoneScheme scheme in method.ZoneSchemes)
        {
            builder.AddZones(scheme);
        }

        if (exact)
        {
            builder.WithExactComparison();
        }

        return builder.Build();
    }

    /// <summary>Returns the perturbation that applies this one, then <paramref name="next"/>.</summary>
    /// <param name="next">The perturbation to apply after this one.</param>
    /// <returns>The composed perturbation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    public Perturbation Then(Perturbation next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new([.. Steps, .. next.Steps]);
    }

    /// <summary>Describes the perturbation, e.g. "weights ±25 %, drop one indicator".</summary>
    /// <returns>The description; "none" for <see cref="None"/>.</returns>
    public override string ToString() => IsNone ? "none" : string.Join(", ", Steps.Select(NameOf));

    /// <summary>Describes one step, e.g. "weights ±25 %".</summary>
    internal static string NameOf(Step s) => s.Kind switch
    {
        StepKind.Weights => "weights ±" + (s.Parameter * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %",
        StepKind.Dirichlet => "Dirichlet weights (concentration " + s.Parameter.ToString("R", CultureInfo.InvariantCulture) + ")",
        StepKind.Drop => "drop one indicator",
        StepKind.Ties => "indicator ties from " + string.Join("/", s.Ties.Select(t => t.ToString().ToLowerInvariant())),
        StepKind.Exact => "exact or as published",
        _ => s.Name ?? "custom",
    };

    /// <summary>Throws when a custom step was made for another type of page than <typeparamref name="TPage"/>.</summary>
    internal void CheckPageType<TPage>(string paramName)
    {
        foreach (Step step in Steps)
        {
            if (step.Change is { } change && change is not Func<RatingMethod<TPage>, RunRandom, RatingMethod<TPage>>)
            {
                Throw.PerturbationPageType(change.GetType().GetGenericArguments()[0].GetGenericArguments()[0], typeof(TPage), paramName);
            }
        }
    }

    /// <summary>Draws one run's changes into <paramref name="draw"/>, which holds the nominal method's choices.</summary>
    internal void Apply(Draw draw, RunRandom random)
    {
        foreach (Step step in Steps)
        {
            ApplyStep(step, draw, random);
        }
    }

    /// <summary>Draws one step's changes into <paramref name="draw"/> (a custom step changes the built method instead: nothing here).</summary>
    internal static void ApplyStep(Step step, Draw draw, RunRandom random)
    {
        switch (step.Kind)
        {
            case StepKind.Weights:
                for (int j = 0; j < draw.Weights.Length; j++)
                {
                    double factor = 1 + (step.Parameter * ((2 * random.NextDouble()) - 1));
                    draw.Weights[j] *= factor;
                }

                break;
            case StepKind.Dirichlet:
                DrawDirichlet(draw.Weights, step.Parameter, random);
                break;
            case StepKind.Drop:
                DropOne(draw, random);
                break;
            case StepKind.Ties:
                draw.Ties = step.Ties[random.NextInt(step.Ties.Length)];
                break;
            case StepKind.Exact:
                draw.Exact = random.NextDouble() < 0.5;
                break;
            default:
                break;
        }
    }

    /// <summary>The tie methods a run may draw, the nominal one first.</summary>
    internal TieMethod[] PossibleTies(TieMethod nominal)
    {
        var possible = new List<TieMethod> { nominal };
        foreach (Step step in Steps)
        {
            if (step.Kind == StepKind.Ties)
            {
                possible.AddRange(step.Ties);
            }
        }

        return [.. possible.Distinct()];
    }

    /// <summary>Gets a value indicating whether a run may compare exactly.</summary>
    internal bool MayBeExact => Array.Exists(Steps, s => s.Kind == StepKind.Exact);

    private static void DrawDirichlet(double[] weights, double concentration, RunRandom random)
    {
        double sum = 0;
        foreach (double w in weights)
        {
            sum += w;
        }

        if (sum <= 0)
        {
            Throw.NoWeightToPerturb();
        }

        double drawn = 0;
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = weights[j] > 0 ? random.NextGamma(concentration * weights[j] / sum) : 0;
            drawn += weights[j];
        }

        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = weights[j] / drawn * sum;
        }
    }

    private static void DropOne(Draw draw, RunRandom random)
    {
        int positive = draw.Weights.Count(w => w > 0);
        if (positive < 2)
        {
            return;
        }

        int pick = random.NextInt(positive);
        for (int j = 0; j < draw.Weights.Length; j++)
        {
            if (draw.Weights[j] > 0 && pick-- == 0)
            {
                draw.Weights[j] = 0;
                draw.Dropped = j;
                return;
            }
        }
    }

    internal enum StepKind
    {
        Weights,
        Dirichlet,
        Drop,
        Ties,
        Exact,
        Custom,
    }

    /// <summary>One step of a perturbation: its kind, its number (spread or concentration), its tie methods, the caller's function and its description.</summary>
    internal sealed record Step(StepKind Kind, double Parameter, TieMethod[] Ties, Delegate? Change, string? Name = null);

    /// <summary>One run's choices: weights (0 for a dropped indicator), the dropped indicator (−1 for none), tie method, exactness.</summary>
    internal sealed class Draw(double[] weights, TieMethod ties)
    {
        public double[] Weights { get; } = weights;

        public int Dropped { get; set; } = -1;

        public TieMethod Ties { get; set; } = ties;

        public bool Exact { get; set; }
    }
}
