using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>The exceptions of the indicator algebra (<c>Indicators/</c>).</summary>
internal static partial class Throw
{
    /// <summary>A scale factor that is NaN or infinite.</summary>
    [DoesNotReturn]
    internal static void FactorNotFinite(double factor, string paramName)
        => throw new ArgumentOutOfRangeException(paramName, Invariant($"A factor must be a finite number but was {Format(factor)}."));

    /// <summary>A composite value marked required.</summary>
    [DoesNotReturn]
    internal static void RequiredOnComposite(string name)
        => throw new InvalidOperationException(Invariant($"Only a field read from the page can be required, but '{name}' is computed from other values; mark its fields required instead."));
}
