using System.Globalization;
using SocialRank.Pages;

namespace SocialRank.Rating;

/// <summary>The one place that builds the exceptions and problem messages of the Rating folder.</summary>
internal static class RatingThrow
{
    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string ProblemsMessage(IReadOnlyList<PageProblem> problems)
        => problems.Count == 1 ? problems[0].Message
            : Invariant($"{problems.Count} problems in the input pages:") + JoinLines(problems.Select(p => p.Message));

    internal static string MethodProblemsMessage(IReadOnlyList<string> problems)
        => problems.Count == 1 ? problems[0]
            : Invariant($"The rating method has {problems.Count} problems:") + JoinLines(problems);

    internal static ArgumentOutOfRangeException DegreeOfParallelism(int value)
        => new(nameof(value), Invariant($"MaxDegreeOfParallelism must be -1 (automatic) or at least 1 but was {value}."));

    internal static ArgumentOutOfRangeException ParallelThreshold(int value)
        => new(nameof(value), Invariant($"ParallelThreshold must be >= 0 but was {value}."));

    internal static InvalidOperationException BuilderUsed()
        => new("This builder has already built its rating method; start a new builder.");

    internal static InvalidOperationException InvalidMethod(IReadOnlyList<string> problems)
        => new(MethodProblemsMessage(problems));

    internal static NotSupportedException TooManyPagesForTieBreakers(int count, int max)
        => new(Invariant($"Tie-breakers support at most {max:N0} rated pages but there are {count:N0}."));

    internal static string NoIndicators() => "A rating method needs at least one indicator.";

    internal static string DuplicateIndicator(string name, int count)
        => Invariant($"Indicator '{name}' is added {count} times; indicator names must be unique.");

    internal static string WeightNotFinite(string name, double weight)
        => Invariant($"Weight of indicator '{name}' must be a finite number but was {Format(weight)}.");

    internal static string WeightNegative(string name, double weight)
        => Invariant($"Weight of indicator '{name}' must be >= 0 but was {Format(weight)}.");

    internal static string AllWeightsZero(int count)
        => count == 1 ? "The only weight is 0; at least one weight must be above 0."
            : Invariant($"All {count} weights are 0; at least one weight must be above 0.");

    internal static string UndefinedTies(string which, Ranking.TieMethod value)
        => Invariant($"{which} tie method must be a defined TieMethod value but was {value}.");

    internal static string MidpointRuleNotSupported(MidpointRounding value)
        => Invariant($"The midpoint rounding must be AwayFromZero or ToEven but was {value}.");

    internal static string UnknownTieBreaker(string name)
        => Invariant($"Tie-breaker '{name}' is not an indicator of this method.");

    internal static string DuplicateTieBreaker(string name, int count)
        => Invariant($"Tie-breaker '{name}' is listed {count} times.");

    internal static string TooManyTieBreakers(int count, int max)
        => Invariant($"A rating method may have at most {max} tie-breakers but has {count}.");

    internal static string NoZoneList(string scheme)
        => Invariant($"Zone scheme '{scheme}' has no list of zones (its Zones is null).");

    internal static string TooManyZones(string scheme, int count, int max)
        => Invariant($"Zone scheme '{scheme}' gives {count} zones; at most {max} are allowed.");

    internal static string UnknownZoneIndicator(string scheme, string indicator)
        => Invariant($"Zone scheme '{scheme}' zones indicator '{indicator}', which is not an indicator of this method.");

    internal static string DuplicateZoneScheme(string name, int count)
        => Invariant($"Zone scheme '{name}' is added {count} times; zone scheme names must be unique.");

    internal static string TooManyZoneSchemes(int count, int max)
        => Invariant($"A rating method may have at most {max} zone schemes but has {count}.");

    internal static PageProblem NullPage(int index)
        => new(Invariant($"#{index}"), "page", "null", Invariant($"Page #{index} (0-based) is null."));

    internal static PageProblem NoId(int index)
        => new(Invariant($"#{index}"), "id", "missing", Invariant($"Page #{index} (0-based) has no id."));

    internal static PageProblem DuplicateId(string id, IReadOnlyList<int> indices)
        => new(id, "id", id, Invariant($"Page id '{id}' is used by pages {JoinIndices(indices)} (0-based); page ids must be unique."));

    internal static PageProblem RequiredMissing(string id, string field, IReadOnlyList<string> indicators)
        => new(id, field, "missing", Invariant($"Page '{id}': {field} is missing but {JoinQuoted(indicators)} {(indicators.Count == 1 ? "needs" : "need")} it."));

    internal static PageProblem MissingFails(string id, string indicator)
        => new(id, indicator, "missing", Invariant($"Page '{id}': indicator '{indicator}' has no value and its missing-value rule is Fail."));

    internal static string MissingReason(string indicator) => indicator + " is missing";

    internal static PageProblem OwnerMissing(string id)
        => new(id, "owner", "missing", Invariant($"Page '{id}': owner is missing but rating owners needs it."));

    internal static PageProblem OwnerPopulationDiffers(string owner, string firstPage, double first, string page, double other)
        => new(owner, "population", Format(other), Invariant($"Owner '{owner}': page '{page}' gives population {Format(other)} but page '{firstPage}' gives {Format(first)}; an owner has one population."));

    private static string JoinLines(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (string line in lines)
        {
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }

    private static string JoinIndices(IReadOnlyList<int> indices)
    {
        var parts = indices.Select(i => Invariant($"#{i}")).ToList();
        return parts.Count == 2 ? parts[0] + " and " + parts[1]
            : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    private static string JoinQuoted(IReadOnlyList<string> names)
    {
        var parts = names.Select(n => "'" + n + "'").ToList();
        return parts.Count == 1 ? parts[0]
            : parts.Count == 2 ? parts[0] + " and " + parts[1]
            : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }
}
