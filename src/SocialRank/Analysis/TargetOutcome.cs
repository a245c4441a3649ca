namespace SocialRank.Analysis;

/// <summary>The answer of <see cref="ImprovementTargets.Find"/>: whether a change of the one figure reaches the target.</summary>
public enum TargetOutcome
{
    /// <summary>A change reaches the target: <see cref="FigureTarget.Value"/> is the figure that does with the smallest change.</summary>
    Reached,

    /// <summary>The page meets the target today (for <see cref="TargetKind.BetterPlace"/>: it is first); the change is 0.</summary>
    AlreadyMet,

    /// <summary>No value of the figure (from 0 to <see cref="ImprovementTargets.MaxFigure"/>, in the directions searched) reaches the target with everything else fixed; also when today's figure is above <see cref="ImprovementTargets.MaxFigure"/>.</summary>
    Unreachable,

    /// <summary>The page's figure is unknown (missing) today, so there is nothing to change from.</summary>
    FigureUnknown,
}
