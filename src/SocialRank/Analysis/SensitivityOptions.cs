using SocialRank.Internal;
using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>How a sensitivity analysis runs. Immutable; change it with <c>with</c>.</summary>
public sealed record SensitivityOptions
{
    private readonly int _samples = 256;

    /// <summary>Gets the default options: 256 samples, seed 1, all processors.</summary>
    public static SensitivityOptions Default { get; } = new();

    /// <summary>Gets the number of rows of each of the samples A and B (a run rates Samples × (inputs + 2) times).</summary>
    /// <value>The default value is 256.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    public int Samples
    {
        get => _samples;
        init
        {
            if (value < 2)
            {
                Throw.CountTooSmall(value, 2, nameof(Samples), nameof(value));
            }

            _samples = value;
        }
    }

    /// <summary>Gets the seed: the same seed, method, pages and perturbation give the same indices on any number of threads.</summary>
    /// <value>The default value is 1.</value>
    public long Seed { get; init; } = 1;

    /// <summary>Gets the most ratings computed at once; −1 for one per processor.</summary>
    /// <value>The default value is −1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets the options of each rating.</summary>
    /// <value>The default value is <see cref="EvaluationOptions.Default"/>.</value>
    public EvaluationOptions Evaluation { get; init; } = EvaluationOptions.Default;
}
