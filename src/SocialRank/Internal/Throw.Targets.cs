using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the improvement targets (<c>Analysis/ImprovementTargets.cs</c>).</summary>
internal static partial class Throw
{
    /// <summary>A target for a page the rating does not place: unknown id, or excluded.</summary>
    [DoesNotReturn]
    internal static void TargetPageNotRated(string id, string? reason, string paramName)
        => throw new ArgumentException(
            reason is null
                ? $"Page '{id}' is not rated in this rating, so it has no place to improve."
                : $"Page '{id}' is excluded from this rating ({reason}), so it has no place to improve.",
            paramName);

    /// <summary>A target place below 1.</summary>
    [DoesNotReturn]
    internal static void TargetPlaceOutOfRange(int place, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"A target place must be at least 1 but was {place}."));

    /// <summary>A target zone that no zone scheme of the method has.</summary>
    [DoesNotReturn]
    internal static void TargetZoneUnknown(string zone, string? scheme, string known, string paramName)
        => throw new ArgumentException(
            scheme is null
                ? $"No zone scheme of the method has a zone named '{zone}'; the zones are: {known}."
                : $"Zone scheme '{scheme}' of the method has no zone named '{zone}'; its zones are: {known}.",
            paramName);

    /// <summary>A target zone in a zone scheme the method does not have.</summary>
    [DoesNotReturn]
    internal static void TargetSchemeUnknown(string scheme, string paramName)
        => throw new ArgumentException($"The method has no zone scheme named '{scheme}'.", paramName);
}
