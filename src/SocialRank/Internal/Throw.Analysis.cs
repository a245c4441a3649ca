using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the analysis (<c>Analysis/</c>): rank correlations, agreement and uncertainty options.</summary>
internal static partial class Throw
{
    /// <summary>A column handed to a rank statistic holds NaN (a missing value has no rank to correlate).</summary>
    [DoesNotReturn]
    internal static void MissingInCorrelation(string paramName, int index)
        => throw new ArgumentException(Invariant($"Rank statistics need values without NaN, but {paramName}[{index}] is NaN."), paramName);

    /// <summary>Kendall's W without any column, or with columns of different lengths.</summary>
    [DoesNotReturn]
    internal static void ConcordanceColumns(string paramName, int column, int length, int expected)
        => throw new ArgumentException(Invariant($"Every column must be as long as the first ({expected}) but column {column} has {length} values."), paramName);

    /// <summary>A probability outside [0, 1] or NaN.</summary>
    [DoesNotReturn]
    internal static void ProbabilityOutOfRange(double value, string what, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{what} must be from 0 to 1 but was {Format(value)}."));

    /// <summary>A count that must be at least <paramref name="min"/>.</summary>
    [DoesNotReturn]
    internal static void CountTooSmall(int value, int min, string what, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"{what} must be at least {min} but was {value}."));

    /// <summary>Two editions rated with different methods, compared without saying so.</summary>
    [DoesNotReturn]
    internal static void EditionMethodsDiffer(string difference, string paramName)
        => throw new ArgumentException($"The two editions were rated with different methods ({difference}); compare them only with EditionOptions.AllowDifferentMethods, and say so wherever the comparison is shown.", paramName);

    /// <summary>Samples of a sensitivity estimate that differ in length or are empty.</summary>
    [DoesNotReturn]
    internal static void SampleLengths(int a, int b, int ab)
        => throw new ArgumentException(Invariant($"The three samples must be of one length, at least 1, but were {a}, {b} and {ab} long."));

    /// <summary>A sensitivity analysis of a perturbation without steps.</summary>
    [DoesNotReturn]
    internal static void NoSensitivityInputs(string paramName)
        => throw new ArgumentException("A sensitivity analysis needs at least one input: give a perturbation with at least one step (weights, ties, ...).", paramName);

    /// <summary>A weight spread that is not a finite fraction from 0 to 1.</summary>
    [DoesNotReturn]
    internal static void SpreadOutOfRange(double value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"The weight spread must be a fraction from 0 to 1 (0.25 is ±25 %) but was {Format(value)}."));

    /// <summary>A Dirichlet concentration that is not a finite positive number.</summary>
    [DoesNotReturn]
    internal static void ConcentrationOutOfRange(double value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"The Dirichlet concentration must be a finite number > 0 but was {Format(value)}."));

    /// <summary>A method whose weights cannot be perturbed by a Dirichlet draw (they sum to 0).</summary>
    [DoesNotReturn]
    internal static void NoWeightToPerturb()
        => throw new InvalidOperationException("The method's weights sum to 0; a Dirichlet draw around them is undefined.");

    /// <summary>A user's perturbation changed which pages are rated.</summary>
    [DoesNotReturn]
    internal static void PerturbationChangedPages(int run, int count, int expected)
        => throw new InvalidOperationException(Invariant($"Run {run}: the perturbed method rates {count} pages but the nominal method rates {expected}; a perturbation must not change which pages are rated."));

    /// <summary>A user's perturbation returned a method without the nominal method's pages' ids in the same rows.</summary>
    [DoesNotReturn]
    internal static void PerturbationReturnedNull(int run)
        => throw new InvalidOperationException(Invariant($"Run {run}: the perturbation returned no method."));

    /// <summary>An analysis of too many pages for a quadratic audit.</summary>
    [DoesNotReturn]
    internal static void TooManyPagesForAudit(int count, int max, string audit)
        => throw new NotSupportedException(Invariant($"The {audit} supports at most {max:N0} rated pages but there are {count:N0}."));

    /// <summary>A gamma shape that is not a finite positive number.</summary>
    [DoesNotReturn]
    internal static void GammaShapeOutOfRange(double value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"The gamma shape must be a finite number > 0 but was {Format(value)}."));

    /// <summary>Tie methods to draw from: none given.</summary>
    [DoesNotReturn]
    internal static void NoTieMethods(string paramName)
        => throw new ArgumentException("Give at least one tie method to draw from.", paramName);

    /// <summary>A custom perturbation for another type of page than the analysis'.</summary>
    [DoesNotReturn]
    internal static void PerturbationPageType(Type expected, Type actual, string paramName)
        => throw new ArgumentException(Invariant($"The perturbation changes methods for pages of type {expected.Name} but the analysis rates pages of type {actual.Name}."), paramName);

    /// <summary>Indicator variants to draw from: fewer than two given.</summary>
    [DoesNotReturn]
    internal static void TooFewVariants(int count, string paramName)
        => throw new ArgumentException(Invariant($"Give at least two variants of the indicator to draw from, not {count}."), paramName);

    /// <summary>A perturbation names an indicator the method does not have.</summary>
    [DoesNotReturn]
    internal static void NoIndicatorToVary(string name, IEnumerable<string> names)
        => throw new KeyNotFoundException(Invariant($"The perturbation varies the indicator '{name}', which the method does not have; its indicators: {string.Join(", ", names.Select(n => "'" + n + "'"))}."));

    /// <summary>A history of no editions.</summary>
    [DoesNotReturn]
    internal static void NoEditions(string paramName)
        => throw new ArgumentException("Give at least one edition, oldest first.", paramName);
}
