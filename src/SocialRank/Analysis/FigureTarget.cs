namespace SocialRank.Analysis;

/// <summary>
/// The smallest change of one of a page's figures that reaches a target, all else fixed, verified by re-rating
/// (see <see cref="ImprovementTargets.Find"/>); or why there is none. Immutable.
/// </summary>
public sealed class FigureTarget
{
    internal FigureTarget(string pageId, string pageName, string figure, ImprovementTarget target, TargetOutcome outcome, double? today, double? value,
        double placeToday, double? placeThen, string? zoneToday, string? zoneThen)
    {
        PageId = pageId;
        PageName = pageName;
        Figure = figure;
        Target = target;
        Outcome = outcome;
        Today = today;
        Value = value;
        PlaceToday = placeToday;
        PlaceThen = placeThen;
        ZoneToday = zoneToday;
        ZoneThen = zoneThen;
    }

    /// <summary>Gets the page's id.</summary>
    public string PageId { get; }

    /// <summary>Gets the page's display name.</summary>
    public string PageName { get; }

    /// <summary>Gets the name of the figure changed (<see cref="PageFigure{TPage}.Name"/>), e.g. <c>engaged_users</c>.</summary>
    public string Figure { get; }

    /// <summary>Gets the target.</summary>
    public ImprovementTarget Target { get; }

    /// <summary>Gets whether the target is reached, met already, out of reach, or the figure is unknown.</summary>
    public TargetOutcome Outcome { get; }

    /// <summary>Gets the figure today, or <see langword="null"/> when it is unknown (<see cref="TargetOutcome.FigureUnknown"/>).</summary>
    public double? Today { get; }

    /// <summary>Gets the figure that reaches the target (<see cref="Today"/> for <see cref="TargetOutcome.AlreadyMet"/>), or <see langword="null"/> when none does.</summary>
    public double? Value { get; }

    /// <summary>Gets <see cref="Value"/> − <see cref="Today"/>, a whole number, in the figure's unit (positive: more), or <see langword="null"/> when no value reaches the target.</summary>
    public double? Change => Value - Today;

    /// <summary>Gets <see cref="Change"/> as a percentage of <see cref="Today"/> (e.g. 2.16 for +412 on 19,103), or <see langword="null"/> when there is no change or today's figure is 0.</summary>
    public double? PercentOfToday => Change is double change && Today is double today && today != 0 ? change * 100 / today : null;

    /// <summary>Gets a value indicating whether a change reaches the target (<see cref="TargetOutcome.Reached"/>).</summary>
    public bool IsReached => Outcome == TargetOutcome.Reached;

    /// <summary>Gets the page's final place today.</summary>
    public double PlaceToday { get; }

    /// <summary>Gets the page's final place with the change applied (today's for <see cref="TargetOutcome.AlreadyMet"/>), or <see langword="null"/> when no value reaches the target.</summary>
    public double? PlaceThen { get; }

    /// <summary>Gets the page's zone today in the target's scheme (for a place target, the method's first scheme), or <see langword="null"/>.</summary>
    public string? ZoneToday { get; }

    /// <summary>Gets the page's zone with the change applied in the same scheme as <see cref="ZoneToday"/>, or <see langword="null"/>.</summary>
    public string? ZoneThen { get; }

    /// <summary>Describes the answer in English, e.g. <c>engaged_users +412 (19103 → 19515): place 4 → 3</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Outcome switch
    {
        TargetOutcome.Reached => FormattableString.Invariant($"{Figure} {Change:+0;-0} ({Today} → {Value}): place {PlaceToday} → {PlaceThen}"),
        TargetOutcome.AlreadyMet => FormattableString.Invariant($"{Figure}: {Target} already met (place {PlaceToday})"),
        TargetOutcome.Unreachable => $"{Figure}: no change reaches {Target}",
        _ => $"{Figure}: unknown",
    };
}
