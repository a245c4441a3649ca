namespace SocialRank.Rating;

/// <summary>One group's rating of <see cref="RatingMethod{TPage}.EvaluateByGroup(IReadOnlyList{TPage}, Func{TPage, string})"/>: its key and the rating of its pages alone.</summary>
/// <param name="Key">The group's key (a network, an owner, a category, a period).</param>
/// <param name="Result">The rating of the group's pages, exactly as <see cref="RatingMethod{TPage}.Evaluate(IReadOnlyList{TPage})"/> rates them alone: its own places, totals and zones (each scheme's bands within the group).</param>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed record RatingGroup<TPage>(string Key, RatingResult<TPage> Result);
