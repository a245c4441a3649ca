using SocialRank.Internal;
using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>How an uncertainty analysis runs and what it reports. Immutable; change it with <c>with</c>.</summary>
public sealed record UncertaintyOptions
{
    private readonly int _runs = 1000;
    private readonly int _topK = 3;
    private readonly IReadOnlyList<double> _quantiles = [];

    /// <summary>Gets the default options: 1,000 runs, seed 1, the top 3, all processors.</summary>
    public static UncertaintyOptions Default { get; } = new();

    /// <summary>Gets the number of runs (re-ratings under a drawn perturbation).</summary>
    /// <value>The default value is 1,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Runs
    {
        get => _runs;
        init
        {
            if (value < 1)
            {
                Throw.CountTooSmall(value, 1, nameof(Runs), nameof(value));
            }

            _runs = value;
        }
    }

    /// <summary>Gets the seed: the same seed, method, pages and perturbation give the same result on any number of threads.</summary>
    /// <value>The default value is 1.</value>
    public long Seed { get; init; } = 1;

    /// <summary>Gets k of "the probability of the top k": the share of runs that place a page k-th or better.</summary>
    /// <value>The default value is 3.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int TopK
    {
        get => _topK;
        init
        {
            if (value < 1)
            {
                Throw.CountTooSmall(value, 1, nameof(TopK), nameof(value));
            }

            _topK = value;
        }
    }

    /// <summary>
    /// Gets the quantiles of each page's places to report besides the median and the 5–95 % interval, as probabilities
    /// from 0 to 1 (e.g. 0.25 and 0.75 for the quartiles).
    /// </summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is not from 0 to 1.</exception>
    public IReadOnlyList<double> Quantiles
    {
        get => _quantiles;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (double p in value)
            {
                if (!(p is >= 0 and <= 1))
                {
                    Throw.ProbabilityOutOfRange(p, "A quantile", nameof(value));
                }
            }

            _quantiles = [.. value];
        }
    }

    /// <summary>
    /// Gets the name of the zone scheme whose zone a page keeps or leaves, or <see langword="null"/> for the method's first
    /// scheme (none when the method has no zones: the probability is then NaN).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ZoneScheme { get; init; }

    /// <summary>
    /// Gets a value indicating whether each run's Spearman's ρ and Kendall's τ-b with the nominal final places are computed
    /// (τ-b costs O(n log n) a run, about as much as the run itself on long tables).
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RunCorrelations { get; init; } = true;

    /// <summary>Gets the largest number of runs computed at once, or -1 for as many as there are processors. Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or below -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => Evaluation.MaxDegreeOfParallelism;
        init => Evaluation = new EvaluationOptions { MaxDegreeOfParallelism = value };
    }

    /// <summary>
    /// Gets the token that cancels the analysis: checked before every run and inside the evaluations it makes; a cancelled
    /// analysis throws <see cref="OperationCanceledException"/> and produces no result.
    /// </summary>
    /// <value>The default value is <see cref="CancellationToken.None"/>.</value>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Gets what is told the number of runs done (of <see cref="Runs"/>) as each run ends, from the threads that run them;
    /// <see langword="null"/> for nothing. The runs that set a long table's windows first are not counted.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Gets the options of the evaluations the analysis makes (parallelism; validated there).</summary>
    internal EvaluationOptions Evaluation { get; private init; } = EvaluationOptions.Default;

    /// <summary>Gets a value indicating whether every run evaluates the pages again (the straightforward way, for comparison), even where re-ranking the totals would do.</summary>
    internal bool EvaluateEveryRun { get; init; }
}
