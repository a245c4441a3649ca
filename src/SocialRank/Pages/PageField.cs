using SocialRank.Indicators;

namespace SocialRank.Pages;

/// <summary>
/// One figure of a <see cref="PageStats"/> page, as the registry <see cref="PageFields"/> describes it: its key, its
/// display names in English and Russian, the value indicators read it through and whether a rating requires it.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Everything that names a field derives from its entry here: an input file's column headers, a method file's field
/// names, the messages about a page's bad count. A field is created only by <see cref="PageFields"/>.
/// </remarks>
public sealed class PageField
{
    internal PageField(string key, PageValue<PageStats> value, string russianName, int slot, bool isCount = true)
    {
        Key = key;
        Value = value;
        RussianName = russianName;
        Index = slot;
        IsCount = isCount;
    }

    /// <summary>Gets the field's key: lower case, words joined by <c>_</c>, e.g. <c>followers</c> or <c>engaged_users</c>.</summary>
    /// <remarks>Input files and method files name the field by it; <see cref="PageFields.TryGet"/> finds the field by it.</remarks>
    public string Key { get; }

    /// <summary>Gets the field's English display name, e.g. <c>engaged users</c>: the name of <see cref="Value"/>, and the name problems with the field are reported under (<see cref="PageStats.Check"/>).</summary>
    public string EnglishName => Value.Name;

    /// <summary>Gets the field's Russian display name, e.g. <c>подписчики</c>.</summary>
    public string RussianName { get; }

    /// <summary>Gets a value indicating whether the field is a count of things, which are whole: the <c>socialrank</c> tool refuses a fraction in it (the library itself takes any non-negative number, e.g. a period average).</summary>
    /// <remarks>A reader of localized numbers may read <c>1,234</c> in a count as 1234 (a thousands separator).</remarks>
    public bool IsCount { get; }

    /// <summary>Gets a value indicating whether a rating requires the field: a page without it is bad input for any indicator that reads it (<see cref="PageValue{TPage}.IsRequired"/>), rather than missing on that indicator.</summary>
    public bool IsRequired => Value.IsRequired;

    /// <summary>Gets the value indicators read the field through: the leaf of <see cref="PageStatsValues"/> named <see cref="EnglishName"/>, NaN (missing) when the field is unknown.</summary>
    public PageValue<PageStats> Value { get; }

    /// <summary>Gets the field's position in <see cref="PageFields.All"/>, from 0: where its value goes in the span given to <see cref="PageFields.With"/>.</summary>
    public int Index { get; }

    /// <summary>Returns the field's value on <paramref name="page"/>.</summary>
    /// <param name="page">The page to read.</param>
    /// <returns>The value, or <see langword="null"/> when it is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    public double? ValueOf(PageStats page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetCount(Index);
    }

    /// <summary>Returns a copy of <paramref name="page"/> with this field set to <paramref name="value"/> and everything else unchanged.</summary>
    /// <param name="page">The page to copy.</param>
    /// <param name="value">The new value, or <see langword="null"/> for unknown. It is not checked (see <see cref="PageStats.Check"/>).</param>
    /// <returns>The new page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    /// <remarks>To set several fields, <see cref="PageFields.With"/> copies the page once.</remarks>
    public PageStats With(PageStats page, double? value)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.WithCount(Index, value);
    }

    /// <summary>Returns the field's key.</summary>
    /// <returns><see cref="Key"/>.</returns>
    public override string ToString() => Key;
}
