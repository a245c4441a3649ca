using System.Diagnostics.CodeAnalysis;

namespace SocialRank.Internal;

/// <summary>
/// The messages of the pages' problems (<c>Pages/</c> and the evaluation's page reading): each problem is collected as a
/// <c>PageProblem</c> whose message is built here, and all of them are reported by one <c>InvalidPagesException</c>.
/// </summary>
internal static partial class Throw
{
    /// <summary>How a message names a page that has no usable id: its 0-based position, e.g. <c>#3</c>.</summary>
    internal static string PagePosition(int index) => Invariant($"#{index}");

    /// <summary>The message of an <c>InvalidPagesException</c>: the one problem's message, or a count and every message on its own line.</summary>
    internal static string ProblemsMessage(IReadOnlyList<string> messages)
        => messages.Count == 1 ? messages[0]
            : Invariant($"{messages.Count} problems in the input pages:") + JoinLines(messages);

    /// <summary>A page that is <see langword="null"/>.</summary>
    internal static string NullPageMessage(int index) => Invariant($"Page #{index} (0-based) is null.");

    /// <summary>A page without an id.</summary>
    internal static string NoIdMessage(int index) => Invariant($"Page #{index} (0-based) has no id.");

    /// <summary>An id that several pages use.</summary>
    internal static string DuplicateIdMessage(string id, IReadOnlyList<int> indices)
        => Invariant($"Page id '{id}' is used by pages {JoinAnd([.. indices.Select(PagePosition)])} (0-based); page ids must be unique.");

    /// <summary>A required field that is missing, with the indicators that need it.</summary>
    internal static string RequiredMissingMessage(string id, string field, IReadOnlyList<string> indicators)
        => Invariant($"Page '{id}': {field} is missing but {JoinAnd([.. indicators.Select(n => "'" + n + "'")])} {(indicators.Count == 1 ? "needs" : "need")} it.");

    /// <summary>A missing value on an indicator whose missing-value rule is Fail.</summary>
    internal static string MissingFailsMessage(string id, string indicator)
        => Invariant($"Page '{id}': indicator '{indicator}' has no value and its missing-value rule is Fail.");

    /// <summary>The exclusion reason of a page whose value is missing on an indicator whose missing-value rule is Exclude.</summary>
    internal static string MissingReasonMessage(string indicator) => indicator + " is missing";

    /// <summary>A page without an owner, when owners are rated.</summary>
    internal static string OwnerMissingMessage(string id) => Invariant($"Page '{id}': owner is missing but rating owners needs it.");

    /// <summary>Two pages of one owner that give different populations.</summary>
    internal static string OwnerPopulationDiffersMessage(string owner, string firstPage, double first, string page, double other)
        => Invariant($"Owner '{owner}': page '{page}' gives population {Format(other)} but page '{firstPage}' gives {Format(first)}; an owner has one population.");

    /// <summary>A negative count.</summary>
    internal static string NegativeMessage(string page, string field, double value)
        => Invariant($"Page '{page}': {field} must be >= 0 but was {Format(value)}.");

    /// <summary>A count that is NaN.</summary>
    internal static string NotANumberMessage(string page, string field) => Invariant($"Page '{page}': {field} must be a number but was NaN.");

    /// <summary>A count that is infinite.</summary>
    internal static string InfiniteMessage(string page, string field, double value)
        => Invariant($"Page '{page}': {field} must be finite but was {Format(value)}.");

    /// <summary>A span of field values whose length is not the number of fields.</summary>
    [DoesNotReturn]
    internal static void ValuesPerField(string paramName, int length, int fields)
        => throw new ArgumentException(Invariant($"{paramName} must have one value per page field ({fields}) but has {length}."), paramName);

    /// <summary>A column of <c>PageColumns</c> whose length is not the number of pages.</summary>
    [DoesNotReturn]
    internal static void ColumnLength(string paramName, string column, int length, int pages)
        => throw new ArgumentException(Invariant($"The {column} column has {length} values but there are {pages} pages (one id each); every column needs one value per page."), paramName);

    /// <summary>An id column with a <see langword="null"/> entry.</summary>
    [DoesNotReturn]
    internal static void NullIdInColumn(string paramName, int index)
        => throw new ArgumentException(Invariant($"The id of page #{index} (0-based) is null; every page needs an id (an empty id is reported when the pages are rated)."), paramName);

    /// <summary>A list of pages with a <see langword="null"/> page, where every page is needed.</summary>
    [DoesNotReturn]
    internal static void NullPageInList(string paramName, int index) => throw new ArgumentNullException(paramName, NullPageMessage(index));
}
