using SocialRank.Internal;

namespace SocialRank.Analysis;

/// <summary>How <see cref="EditionComparison.Compare{TPage}"/> matches and reports. Immutable; change it with <c>with</c>.</summary>
public sealed record EditionOptions
{
    private readonly int _movers = 5;

    /// <summary>Gets the default options: no id map, the same method required, the 5 biggest movers.</summary>
    public static EditionOptions Default { get; } = new();

    /// <summary>Gets the ids of renamed pages: the earlier edition's id to the later one's.</summary>
    /// <value>The default value is <see langword="null"/> (ids are the same in both).</value>
    public IReadOnlyDictionary<string, string>? IdMap { get; init; }

    /// <summary>Gets a value indicating whether editions rated with different methods may be compared (the result then says how they differ).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowDifferentMethods { get; init; }

    /// <summary>Gets how many of the biggest movers to list.</summary>
    /// <value>The default value is 5.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Movers
    {
        get => _movers;
        init
        {
            if (value < 0)
            {
                Throw.CountTooSmall(value, 0, nameof(Movers), nameof(value));
            }

            _movers = value;
        }
    }
}
