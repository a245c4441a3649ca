using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>
/// The exceptions of the rating (<c>Rating/</c>): options, the builder and the method's problems (collected by
/// <c>Build</c> and reported together), the evaluation's limits, and looking up what a method or result does not have.
/// </summary>
internal static partial class Throw
{
    /// <summary>A degree of parallelism that is neither -1 nor at least 1.</summary>
    [DoesNotReturn]
    internal static void DegreeOfParallelism(int value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"MaxDegreeOfParallelism must be -1 (automatic) or at least 1 but was {value}."));

    /// <summary>A negative parallel threshold.</summary>
    [DoesNotReturn]
    internal static void ParallelThreshold(int value, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"ParallelThreshold must be >= 0 but was {value}."));

    /// <summary>A builder used after it built its method.</summary>
    [DoesNotReturn]
    internal static void BuilderUsed() => throw new InvalidOperationException("This builder has already built its rating method; start a new builder.");

    /// <summary>A method with problems: the one problem, or a count and every problem on its own line.</summary>
    [DoesNotReturn]
    internal static void InvalidMethod(IReadOnlyList<string> problems)
        => throw new InvalidOperationException(problems.Count == 1 ? problems[0]
            : Invariant($"The rating method has {problems.Count} problems:") + JoinLines(problems));

    /// <summary>More rated pages than tie-breakers support.</summary>
    [DoesNotReturn]
    internal static void TooManyPagesForTieBreakers(int count, int max)
        => throw new NotSupportedException(Invariant($"Tie-breakers support at most {max:N0} rated pages but there are {count:N0}."));

    /// <summary>A method has no indicator of the name asked for.</summary>
    [DoesNotReturn]
    internal static void NoIndicator(string indicator) => throw new KeyNotFoundException(Invariant($"The method has no indicator '{indicator}'."));

    /// <summary>A method has no zone scheme of the name asked for.</summary>
    [DoesNotReturn]
    internal static void NoZoneScheme(string scheme) => throw new KeyNotFoundException(Invariant($"The method has no zone scheme '{scheme}'."));

    /// <summary>A result has no rated page of the id asked for.</summary>
    [DoesNotReturn]
    internal static void NoRow(string id) => throw new KeyNotFoundException(Invariant($"No rated page has id '{id}'."));

    // The method's problems, collected by the builder.

    /// <summary>A method without indicators.</summary>
    internal static string NoIndicatorsMessage() => "A rating method needs at least one indicator.";

    /// <summary>An indicator name added more than once.</summary>
    internal static string DuplicateIndicatorMessage(string name, int count)
        => Invariant($"Indicator '{name}' is added {count} times; indicator names must be unique.");

    /// <summary>A weight that is NaN or infinite.</summary>
    internal static string WeightNotFiniteMessage(string name, double weight)
        => Invariant($"Weight of indicator '{name}' must be a finite number but was {Format(weight)}.");

    /// <summary>A negative weight.</summary>
    internal static string WeightNegativeMessage(string name, double weight)
        => Invariant($"Weight of indicator '{name}' must be >= 0 but was {Format(weight)}.");

    /// <summary>Weights whose sum lets a total pass 2^53.</summary>
    internal static string WeightSumTooLargeMessage(double sum, double most)
        => Invariant($"The weights sum to {Format(sum)}; they may sum to at most {Format(most)}, so that every total (weight × place, summed) stays a number a double holds exactly.");

    /// <summary>Every weight 0.</summary>
    internal static string AllWeightsZeroMessage(int count)
        => count == 1 ? "The only weight is 0; at least one weight must be above 0."
            : Invariant($"All {count} weights are 0; at least one weight must be above 0.");

    /// <summary>A tie method (<paramref name="which"/>: Indicator or Final) that its enum does not define.</summary>
    internal static string UndefinedTiesMessage<T>(string which, T value)
        where T : struct, Enum
        => Invariant($"{which} tie method must be a defined {typeof(T).Name} value but was {value}.");

    /// <summary>A midpoint rule other than the two a precision supports.</summary>
    internal static string MidpointRuleNotSupportedMessage(MidpointRounding value)
        => Invariant($"The midpoint rounding must be AwayFromZero or ToEven but was {value}.");

    /// <summary>A tie-breaker that is not an indicator of the method.</summary>
    internal static string UnknownTieBreakerMessage(string name) => Invariant($"Tie-breaker '{name}' is not an indicator of this method.");

    /// <summary>A tie-breaker listed more than once.</summary>
    internal static string DuplicateTieBreakerMessage(string name, int count) => Invariant($"Tie-breaker '{name}' is listed {count} times.");

    /// <summary>More tie-breakers than a method may have.</summary>
    internal static string TooManyTieBreakersMessage(int count, int max)
        => Invariant($"A rating method may have at most {max} tie-breakers but has {count}.");

    /// <summary>A zone scheme whose <c>Zones</c> is <see langword="null"/>.</summary>
    internal static string NoZoneListMessage(string scheme) => Invariant($"Zone scheme '{scheme}' has no list of zones (its Zones is null).");

    /// <summary>A zone scheme that gives more zones than allowed.</summary>
    internal static string TooManyZonesMessage(string scheme, int count, int max)
        => Invariant($"Zone scheme '{scheme}' gives {count} zones; at most {max} are allowed.");

    /// <summary>A zone scheme on an indicator the method does not have.</summary>
    internal static string UnknownZoneIndicatorMessage(string scheme, string indicator)
        => Invariant($"Zone scheme '{scheme}' zones indicator '{indicator}', which is not an indicator of this method.");

    /// <summary>A zone scheme name added more than once.</summary>
    internal static string DuplicateZoneSchemeMessage(string name, int count)
        => Invariant($"Zone scheme '{name}' is added {count} times; zone scheme names must be unique.");

    /// <summary>More zone schemes than a method may have.</summary>
    internal static string TooManyZoneSchemesMessage(int count, int max)
        => Invariant($"A rating method may have at most {max} zone schemes but has {count}.");

    /// <summary>A page whose group key is null.</summary>
    [DoesNotReturn]
    internal static void NullGroupKey(int index, string id, string paramName)
        => throw new ArgumentNullException(paramName, Invariant($"The group key of page {index} ('{id}') is null; give every page a group."));
}
