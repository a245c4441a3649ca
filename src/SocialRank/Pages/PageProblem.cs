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
}
