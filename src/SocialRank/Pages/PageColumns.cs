using System.Collections;
using SocialRank.Indicators;
using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>
/// Pages held in columns instead of one <see cref="PageStats"/> object each: an id column, optional name, network, owner
/// and exclusion-reason columns, and one column of numbers per <see cref="PageField"/> (NaN for unknown). Evaluate a
/// <see cref="PageStats"/> method over them as over a list of pages, <c>method.Evaluate(columns)</c>: the result is the
/// same, bit for bit, and no page object is made for a page that is rated and valid. Immutable and thread-safe as long
/// as the memory the columns point to is not changed while it is read.
/// </summary>
/// <remarks>
/// <para>The columns are not copied: each <c>With…</c> returns a new set that points to the same memory, plus the column
/// given. A field without a column is unknown on every page.</para>
/// <para>As an <see cref="IReadOnlyList{T}"/> of <see cref="PageStats"/>, the set gives page <c>i</c> as a new object made
/// from row <c>i</c> each time it is asked for (equal to the last, by value): the rating's result lists its pages this
/// way, and a rating reads page objects only where it needs them (a page with a bad count, a missing value or an
/// exclusion; a method whose ids, names, eligibility or check are not the ones <see cref="Rating.RatingMethod.ForPageStats"/>
/// sets; a value read by a function that is not one of <see cref="PageStatsValues"/>).</para>
/// <para>A NaN in a count column is unknown, as <see langword="null"/> is for <see cref="PageStats"/>.</para>
/// </remarks>
public sealed class PageColumns : IReadOnlyList<PageStats>
{
    private readonly ReadOnlyMemory<double>[] _counts;

    /// <summary>Initializes a set of pages, one per id, with every other column absent (every count unknown).</summary>
    /// <param name="ids">The pages' ids, one per page; none may be <see langword="null"/> (an empty id is reported when the pages are rated, as for <see cref="PageStats"/>).</param>
    /// <exception cref="ArgumentException">An id is <see langword="null"/>.</exception>
    public PageColumns(ReadOnlyMemory<string> ids)
    {
        ReadOnlySpan<string> span = ids.Span;
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] is null)
            {
                Throw.NullIdInColumn(nameof(ids), i);
            }
        }

        Ids = ids;
        _counts = new ReadOnlyMemory<double>[PageFields.All.Count];
    }

    private PageColumns(PageColumns original)
    {
        Ids = original.Ids;
        Names = original.Names;
        Networks = original.Networks;
        Owners = original.Owners;
        ExclusionReasons = original.ExclusionReasons;
        _counts = (ReadOnlyMemory<double>[])original._counts.Clone();
    }

    /// <summary>Gets the number of pages.</summary>
    public int Count => Ids.Length;

    /// <summary>Gets the pages' ids.</summary>
    public ReadOnlyMemory<string> Ids { get; }

    /// <summary>Gets the pages' display names (<see cref="PageStats.Name"/>), or empty when the set has none.</summary>
    /// <value>The default value is empty.</value>
    public ReadOnlyMemory<string?> Names { get; private init; }

    /// <summary>Gets the pages' networks (<see cref="PageStats.Network"/>), or empty when the set has none.</summary>
    /// <value>The default value is empty.</value>
    public ReadOnlyMemory<string?> Networks { get; private init; }

    /// <summary>Gets the pages' owners (<see cref="PageStats.Owner"/>), or empty when the set has none.</summary>
    /// <value>The default value is empty.</value>
    public ReadOnlyMemory<string?> Owners { get; private init; }

    /// <summary>Gets why each page is not rated (<see cref="PageStats.ExclusionReason"/>; <see langword="null"/> when it is), or empty when every page is.</summary>
    /// <value>The default value is empty.</value>
    public ReadOnlyMemory<string?> ExclusionReasons { get; private init; }

    /// <summary>Gets page <paramref name="index"/> as a new <see cref="PageStats"/> (see the remarks of <see cref="PageColumns"/>).</summary>
    /// <param name="index">The page's 0-based index.</param>
    /// <returns>The page: its id, name, network, owner, exclusion reason and counts (NaN read as unknown); no posts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or at least <see cref="Count"/>.</exception>
    public PageStats this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var page = new PageStats(Ids.Span[index])
            {
                Name = At(Names, index),
                Network = At(Networks, index),
                Owner = At(Owners, index),
                ExclusionReason = At(ExclusionReasons, index),
            };
            Span<double?> counts = stackalloc double?[_counts.Length];
            for (int f = 0; f < counts.Length; f++)
            {
                counts[f] = _counts[f].IsEmpty || double.IsNaN(_counts[f].Span[index]) ? null : _counts[f].Span[index];
            }

            return page.WithCounts(counts);
        }
    }

    /// <summary>Returns the same pages with <paramref name="field"/>'s values (NaN for unknown), replacing any column of it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">One value per page (not checked here: a rating reports negative and infinite counts).</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per page.</exception>
    public PageColumns With(PageField field, ReadOnlyMemory<double> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckLength(values.Length, field.Key, nameof(values));
        var copy = new PageColumns(this);
        copy._counts[field.Index] = values;
        return copy;
    }

    /// <summary>Returns the same pages with display names (<see langword="null"/> or blank shows the id).</summary>
    /// <param name="names">One name per page.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException"><paramref name="names"/> does not have one value per page.</exception>
    public PageColumns WithNames(ReadOnlyMemory<string?> names)
    {
        CheckLength(names.Length, "name", nameof(names));
        return new PageColumns(this) { Names = names };
    }

    /// <summary>Returns the same pages with networks.</summary>
    /// <param name="networks">One network per page (<see langword="null"/> when not stated).</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException"><paramref name="networks"/> does not have one value per page.</exception>
    public PageColumns WithNetworks(ReadOnlyMemory<string?> networks)
    {
        CheckLength(networks.Length, "network", nameof(networks));
        return new PageColumns(this) { Networks = networks };
    }

    /// <summary>Returns the same pages with owners.</summary>
    /// <param name="owners">One owner per page (<see langword="null"/> when not stated).</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException"><paramref name="owners"/> does not have one value per page.</exception>
    public PageColumns WithOwners(ReadOnlyMemory<string?> owners)
    {
        CheckLength(owners.Length, "owner", nameof(owners));
        return new PageColumns(this) { Owners = owners };
    }

    /// <summary>Returns the same pages with exclusion reasons.</summary>
    /// <param name="reasons">One reason per page, <see langword="null"/> for a page that is rated.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> does not have one value per page.</exception>
    public PageColumns WithExclusionReasons(ReadOnlyMemory<string?> reasons)
    {
        CheckLength(reasons.Length, "exclusion reason", nameof(reasons));
        return new PageColumns(this) { ExclusionReasons = reasons };
    }

    /// <summary>Returns <paramref name="field"/>'s column, or empty when the set has none (every page's value unknown).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    public ReadOnlyMemory<double> ValuesOf(PageField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _counts[field.Index];
    }

    /// <summary>
    /// Returns <paramref name="pages"/> as columns: ids, names, networks, owners, exclusion reasons and every field
    /// (unknown as NaN); posts are not kept. Rating the columns gives the result of rating the pages.
    /// </summary>
    /// <param name="pages">The pages, none <see langword="null"/>.</param>
    /// <returns>The columns, new arrays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or one of its pages is <see langword="null"/>.</exception>
    public static PageColumns FromPages(IReadOnlyList<PageStats> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        int n = pages.Count;
        var ids = new string[n];
        var names = new string?[n];
        var networks = new string?[n];
        var owners = new string?[n];
        var reasons = new string?[n];
        var counts = new double[PageFields.All.Count][];
        for (int f = 0; f < counts.Length; f++)
        {
            counts[f] = new double[n];
        }

        for (int i = 0; i < n; i++)
        {
            PageStats page = pages[i];
            if (page is null)
            {
                Throw.NullPageInList(nameof(pages), i);
            }

            ids[i] = page.Id;
            names[i] = page.Name;
            networks[i] = page.Network;
            owners[i] = page.Owner;
            reasons[i] = page.ExclusionReason;
            for (int f = 0; f < counts.Length; f++)
            {
                counts[f][i] = page.GetCount(f) ?? double.NaN;
            }
        }

        PageColumns columns = new PageColumns(ids).WithNames(names).WithNetworks(networks).WithOwners(owners).WithExclusionReasons(reasons);
        for (int f = 0; f < counts.Length; f++)
        {
            columns._counts[f] = counts[f];
        }

        return columns;
    }

    /// <summary>Returns an enumerator of the pages as new <see cref="PageStats"/> objects, in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<PageStats> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gets the display name of page <paramref name="index"/> (the rule of <see cref="PageStats.DisplayName"/>).</summary>
    internal string DisplayNameAt(int index) => PageStats.DisplayNameOf(Ids.Span[index], At(Names, index));

    /// <summary>Gets the exclusion reasons' span, empty when every page is rated.</summary>
    internal ReadOnlySpan<string?> ExclusionReasonSpan => ExclusionReasons.Span;

    /// <summary>
    /// Returns whether every count of pages <paramref name="start"/> to <paramref name="end"/> − 1 that is known is a
    /// non-negative finite number, so that <see cref="PageStats.Check"/> has nothing to report on them.
    /// </summary>
    internal bool CountsValid(int start, int end)
    {
        bool valid = true;
        foreach (ReadOnlyMemory<double> column in _counts)
        {
            if (column.IsEmpty)
            {
                continue;
            }

            foreach (double v in column.Span[start..end])
            {
                // NaN (unknown) passes both tests; −0 is ≥ 0.
                valid &= !(v < 0) & (v != double.PositiveInfinity);
            }
        }

        return valid;
    }

    /// <summary>
    /// Returns how to read what <paramref name="read"/> reads from a page, straight from the columns: a field of
    /// <see cref="PageStatsValues"/> is copied from its column, interactions are summed from the kinds' columns by the
    /// rule of <see cref="PageStats.Interactions"/>; any other function is called on each page made from its row.
    /// </summary>
    internal ColumnRead ReaderOf(Func<PageStats, double> read)
    {
        foreach (PageField field in PageFields.All)
        {
            if (ReferenceEquals(field.Value.ReadFunction, read))
            {
                ReadOnlyMemory<double> column = _counts[field.Index];
                return (start, destination) =>
                {
                    if (column.IsEmpty)
                    {
                        destination.Fill(double.NaN);
                    }
                    else
                    {
                        column.Span.Slice(start, destination.Length).CopyTo(destination);
                    }
                };
            }
        }

        if (PageStatsValues.TryGetKindsOfRead(read, out InteractionKinds kinds))
        {
            ReadOnlyMemory<double> likes = _counts[PageFields.Likes.Index], comments = _counts[PageFields.Comments.Index];
            ReadOnlyMemory<double> shares = _counts[PageFields.Shares.Index], saves = _counts[PageFields.Saves.Index];
            return (start, destination) =>
            {
                ReadOnlySpan<double> l = likes.Span, c = comments.Span, sh = shares.Span, sv = saves.Span;
                for (int p = 0; p < destination.Length; p++)
                {
                    int i = start + p;
                    destination[p] = PageStats.SumKinds(kinds, At(l, i), At(c, i), At(sh, i), At(sv, i));
                }
            };
        }

        return (start, destination) =>
        {
            for (int p = 0; p < destination.Length; p++)
            {
                destination[p] = read(this[start + p]);
            }
        };
    }

    private static string? At(ReadOnlyMemory<string?> column, int index) => column.IsEmpty ? null : column.Span[index];

    private static double At(ReadOnlySpan<double> column, int index) => column.IsEmpty ? double.NaN : column[index];

    private void CheckLength(int length, string column, string paramName)
    {
        if (length != Count)
        {
            Throw.ColumnLength(paramName, column, length, Count);
        }
    }
}
