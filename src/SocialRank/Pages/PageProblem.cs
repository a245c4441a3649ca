using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>One problem found in the input pages: which page, which field, what value and what is wrong.</summary>
/// <param name="PageId">The id of the page, or a description of its position when it has no usable id.</param>
/// <param name="Field">The field or indicator the problem is about, e.g. <c>followers</c>.</param>
/// <param name="Value">The offending value as text (invariant culture), e.g. <c>-5</c>, <c>NaN</c> or <c>missing</c>.</param>
/// <param name="Message">A complete sentence that says what is wrong, e.g. <c>Page 'atyrau-ig': followers must be &gt;= 0 but was -5.</c></param>
public sealed record PageProblem(string PageId, string Field, string Value, string Message)
{
    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    // The problems the library finds; their messages are written once, in Internal/Throw.Pages.cs.

    /// <summary>Page <paramref name="index"/> (0-based) is <see langword="null"/>.</summary>
    internal static PageProblem NullPage(int index) => new(Throw.PagePosition(index), "page", "null", Throw.NullPageMessage(index));

    /// <summary>Page <paramref name="index"/> (0-based) has no id.</summary>
    internal static PageProblem NoId(int index) => new(Throw.PagePosition(index), "id", "missing", Throw.NoIdMessage(index));

    /// <summary>The pages at <paramref name="indices"/> share <paramref name="id"/>.</summary>
    internal static PageProblem DuplicateId(string id, IReadOnlyList<int> indices) => new(id, "id", id, Throw.DuplicateIdMessage(id, indices));

    /// <summary>The required <paramref name="field"/> is missing; <paramref name="indicators"/> need it.</summary>
    internal static PageProblem RequiredMissing(string id, string field, IReadOnlyList<string> indicators)
        => new(id, field, "missing", Throw.RequiredMissingMessage(id, field, indicators));

    /// <summary>The value of <paramref name="indicator"/> is missing and its missing-value rule is Fail.</summary>
    internal static PageProblem MissingFails(string id, string indicator) => new(id, indicator, "missing", Throw.MissingFailsMessage(id, indicator));

    /// <summary>The page has no owner, and owners are rated.</summary>
    internal static PageProblem OwnerMissing(string id) => new(id, "owner", "missing", Throw.OwnerMissingMessage(id));

    /// <summary>Two pages of <paramref name="owner"/> give different populations.</summary>
    internal static PageProblem OwnerPopulationDiffers(string owner, string firstPage, double first, string page, double other)
        => new(owner, "population", Throw.Format(other), Throw.OwnerPopulationDiffersMessage(owner, firstPage, first, page, other));

    /// <summary>The count <paramref name="value"/> of <paramref name="field"/> is negative, NaN or infinite.</summary>
    internal static PageProblem BadCount(string id, string field, double value)
        => double.IsNaN(value) ? new(id, field, "NaN", Throw.NotANumberMessage(id, field))
            : double.IsInfinity(value) ? new(id, field, Throw.Format(value), Throw.InfiniteMessage(id, field, value))
            : new(id, field, Throw.Format(value), Throw.NegativeMessage(id, field, value));
}
