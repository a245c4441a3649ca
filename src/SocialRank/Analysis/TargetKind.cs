namespace SocialRank.Analysis;

/// <summary>What an <see cref="ImprovementTarget"/> asks of a page's final place.</summary>
public enum TargetKind
{
    /// <summary>A better final place than today's (a lower number).</summary>
    BetterPlace,

    /// <summary>A final place at or above a given place (<see cref="ImprovementTarget.Place"/>).</summary>
    Place,

    /// <summary>A given zone of a zone scheme (<see cref="ImprovementTarget.Zone"/>), or for a scheme of place bands a zone above it.</summary>
    Zone,
}
