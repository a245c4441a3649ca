namespace SocialRank.Rating;

/// <summary>A stage of an evaluation, reported to <see cref="EvaluationOptions.Progress"/> when it is done.</summary>
public enum EvaluationStage
{
    /// <summary>Every page is read and checked, and every indicator's value computed.</summary>
    PagesRead = 0,

    /// <summary>Every indicator's places are ranked.</summary>
    IndicatorsRanked,

    /// <summary>The weighted totals are summed and the final places and order found.</summary>
    FinalPlaces,

    /// <summary>The zones are assigned: the result is complete.</summary>
    Zones,
}
