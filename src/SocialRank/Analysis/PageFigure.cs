using SocialRank.Internal;

namespace SocialRank.Analysis;

/// <summary>
/// One raw figure of a page that <see cref="ImprovementTargets"/> may change: its name, how to read it and how to make a
/// copy of the page with another value. Immutable and thread-safe as long as its functions are.
/// </summary>
/// <remarks>
/// For the library's page model, make one from a field of the page-field registry:
/// <c>new PageFigure&lt;PageStats&gt;(PageFields.EngagedUsers.Key, PageFields.EngagedUsers.ValueOf, PageFields.EngagedUsers.With)</c>.
/// </remarks>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class PageFigure<TPage>
{
    private readonly Func<TPage, double?> _read;
    private readonly Func<TPage, double?, TPage> _with;

    /// <summary>Initializes a figure.</summary>
    /// <param name="name">The figure's name, e.g. <c>engaged_users</c>.</param>
    /// <param name="read">Reads the figure from a page; <see langword="null"/> (or NaN) when it is unknown.</param>
    /// <param name="with">Returns a copy of a page with the figure set to a value, everything else unchanged.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public PageFigure(string name, Func<TPage, double?> read, Func<TPage, double?, TPage> with)
    {
        Name = Throw.IfBlank(name);
        _read = Throw.IfNull(read);
        _with = Throw.IfNull(with);
    }

    /// <summary>Gets the figure's name.</summary>
    public string Name { get; }

    /// <summary>Reads the figure from <paramref name="page"/>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The value, or <see langword="null"/> when it is unknown (NaN is unknown too).</returns>
    public double? Read(TPage page) => _read(page) is double v && !double.IsNaN(v) ? v : null;

    /// <summary>Returns a copy of <paramref name="page"/> with the figure set to <paramref name="value"/>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The copy.</returns>
    public TPage With(TPage page, double value) => _with(page, value);

    /// <summary>Returns the figure's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
