using SocialRank.Internal;


namespace SocialRank.Pages;

/// <summary>
/// The input pages have problems (bad counts, duplicate ids, a missing required field or a missing value an indicator
/// fails on). Lists every problem found, not only the first.
/// </summary>
public sealed class InvalidPagesException : Exception
{
    /// <summary>Initializes an exception with no problems and a generic message.</summary>
    public InvalidPagesException()
        : this("The input pages are not valid.")
    {
    }

    /// <summary>Initializes an exception with no listed problems and the given message.</summary>
    /// <param name="message">The message.</param>
    public InvalidPagesException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes an exception with no listed problems, the given message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public InvalidPagesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes an exception listing <paramref name="problems"/>; the message lists each on its own line.</summary>
    /// <param name="problems">The problems, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidPagesException(IEnumerable<PageProblem> problems)
        : this(ToList(problems))
    {
    }

    private InvalidPagesException(List<PageProblem> problems)
        : base(Throw.ProblemsMessage([.. problems.Select(p => p.Message)]))
    {
        Problems = problems.AsReadOnly();
    }

    /// <summary>Gets every problem found, in input order (page by page, field by field).</summary>
    public IReadOnlyList<PageProblem> Problems { get; }

    private static List<PageProblem> ToList(IEnumerable<PageProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return [.. problems];
    }
}
