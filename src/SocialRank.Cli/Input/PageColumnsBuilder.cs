using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>
/// Collects the pages file's checked pages into columns (<see cref="PageColumns"/>) instead of one
/// <see cref="PageStats"/> object each: a million pages keep their figures in ten arrays (only those of the fields some
/// page has), not in a million objects.
/// </summary>
internal sealed class PageColumnsBuilder
{
    private readonly Growing<string> _ids = new();
    private readonly Growing<string?> _names = new();
    private readonly Growing<string?> _networks = new();
    private readonly Growing<string?> _owners = new();
    private readonly Growing<string?> _reasons = new();
    private readonly Growing<double>?[] _counts = new Growing<double>?[PageFields.All.Count];

    /// <summary>Gets the number of pages added.</summary>
    internal int Count => _ids.Count;

    /// <summary>Adds a page: its fields as <see cref="PageFileReader.PageFieldsSink"/> hands them over (<paramref name="values"/> by <see cref="PageField.Index"/>, <see langword="null"/> unknown).</summary>
    internal void Add(string id, string name, string? network, string? owner, string? exclusionReason, ReadOnlySpan<double?> values)
    {
        int row = _ids.Count;
        _ids.Add(id);
        _names.Add(name);
        _networks.Add(network);
        _owners.Add(owner);
        _reasons.Add(exclusionReason);
        for (int f = 0; f < _counts.Length; f++)
        {
            if (values[f] is double value)
            {
                // A field's column starts with the first page that has it; the pages before it did not.
                (_counts[f] ??= Growing<double>.Filled(row, double.NaN)).Add(value);
            }
            else
            {
                _counts[f]?.Add(double.NaN);
            }
        }
    }

    /// <summary>Returns the pages as columns over the collected arrays (not copied).</summary>
    internal PageColumns Build()
    {
        PageColumns columns = new PageColumns(_ids.Memory)
            .WithNames(_names.Memory).WithNetworks(_networks.Memory).WithOwners(_owners.Memory).WithExclusionReasons(_reasons.Memory);
        foreach (PageField field in PageFields.All)
        {
            if (_counts[field.Index] is { } column)
            {
                columns = columns.With(field, column.Memory);
            }
        }

        return columns;
    }

    /// <summary>An array that doubles when full.</summary>
    private sealed class Growing<T>
    {
        private T[] _items = new T[1024];

        internal int Count { get; private set; }

        internal ReadOnlyMemory<T> Memory => _items.AsMemory(0, Count);

        internal static Growing<T> Filled(int count, T value)
        {
            var growing = new Growing<T>();
            for (int i = 0; i < count; i++)
            {
                growing.Add(value);
            }

            return growing;
        }

        internal void Add(T item)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = item;
        }
    }
}
