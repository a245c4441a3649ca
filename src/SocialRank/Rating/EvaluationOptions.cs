using SocialRank.Internal;

namespace SocialRank.Rating;

/// <summary>
/// How a rating is computed (never what it computes: results are identical for every setting). Immutable; change it
/// with <c>with</c>.
/// </summary>
public sealed record EvaluationOptions
{
    private readonly int _maxDegreeOfParallelism = -1;
    private readonly int _parallelThreshold = 100_000;

    /// <summary>Gets the default options: automatic parallelism above <see cref="ParallelThreshold"/> pages.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets options that compute everything on the calling thread.</summary>
    public static EvaluationOptions Sequential { get; } = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>
    /// Gets the largest number of threads that read and rank indicators at once (indicators are independent), or -1 for
    /// as many as there are processors. With more than one, the functions that read values from pages must be safe to
    /// call from several threads at once.
    /// </summary>
    /// <value>The default value is -1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or below -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            if (value is not (-1 or >= 1))
            {
                Throw.DegreeOfParallelism(value, nameof(value));
            }

            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>Gets the smallest number of pages rated in parallel; fewer pages are rated on the calling thread.</summary>
    /// <value>The default value is 100,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ParallelThreshold
    {
        get => _parallelThreshold;
        init
        {
            if (value < 0)
            {
                Throw.ParallelThreshold(value, nameof(value));
            }

            _parallelThreshold = value;
        }
    }

    /// <summary>
    /// Gets the token that cancels the evaluation: it is checked between stages and between blocks of pages, and a
    /// cancelled evaluation throws <see cref="OperationCanceledException"/> having returned its scratch memory and
    /// produced no result. Equal options compare their tokens too.
    /// </summary>
    /// <value>The default value is <see cref="CancellationToken.None"/>.</value>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Gets what is told each stage as it is done (<see cref="EvaluationStage"/>), on the evaluating thread; <see langword="null"/>
    /// for nothing. A long evaluation's caller can show it, or cancel through <see cref="CancellationToken"/> in it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IProgress<EvaluationStage>? Progress { get; init; }
}
