namespace SocialRank.Ranking;

/// <summary>
/// Reusable scratch memory for <see cref="Ranker"/>. With a workspace, ranking allocates nothing once the
/// workspace has grown to the largest column it has ranked.
/// </summary>
/// <remarks>A workspace is not thread-safe: give each thread its own.</remarks>
public sealed class RankWorkspace
{
    private ulong[] _keys = [];
    private int[] _indices = [];

    /// <summary>Initializes a new, empty workspace; it grows on first use.</summary>
    public RankWorkspace()
    {
    }

    /// <summary>Initializes a new workspace ready for columns of up to <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The number of values to reserve room for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public RankWorkspace(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        EnsureCapacity(capacity);
    }

    /// <summary>Gets the number of values this workspace can rank without growing.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Grows the workspace, if needed, to rank columns of up to <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The number of values to reserve room for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public void EnsureCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity <= _keys.Length)
        {
            return;
        }

        _keys = new ulong[capacity];
        _indices = new int[capacity];
    }

    internal Span<ulong> Keys(int length) => _keys.AsSpan(0, length);

    internal Span<int> Indices(int length) => _indices.AsSpan(0, length);

    internal ulong[] KeyArray => _keys;

    internal int[] IndexArray => _indices;
}
