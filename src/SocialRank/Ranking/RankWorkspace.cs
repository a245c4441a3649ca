using System.Buffers;

namespace SocialRank.Ranking;

/// <summary>
/// Reusable scratch memory for <see cref="Ranker"/>. With a workspace, ranking allocates nothing once the
/// workspace has grown to the largest column it has ranked.
/// </summary>
/// <remarks>
/// A workspace for <c>n</c> values holds about <c>24 × n</c> bytes (two 64-bit key buffers and two 32-bit index
/// buffers) plus a fixed 48 KiB of radix histograms, and <c>4 × n</c> bytes more once it ranks doubles of many
/// magnitudes exactly (the low key bits of the bucket path). A workspace is not thread-safe: give each thread its own.
/// </remarks>
public sealed class RankWorkspace
{
    private ulong[] _keys = [];
    private ulong[] _keysBuffer = [];
    private int[] _indices = [];
    private int[] _indicesBuffer = [];
    private int[] _histograms = [];
    private uint[] _lowBits = [];
    private bool _rented;

    /// <summary>Initializes a new, empty workspace; it grows on first use.</summary>
    public RankWorkspace()
    {
    }

    /// <summary>Initializes a new workspace ready for columns of up to <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The number of values to reserve room for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public RankWorkspace(int capacity)
    {
        EnsureCapacity(capacity);
    }

    /// <summary>
    /// The longest buffers an evaluation rents from the shared array pools: 2^20 (1,048,576) values. A workspace for longer
    /// columns is allocated for the evaluation and left to the garbage collector after it.
    /// </summary>
    internal const int MaxPooledLength = 1 << 20;

    /// <summary>
    /// Returns a workspace for up to <paramref name="capacity"/> values whose buffers are rented from the shared array
    /// pools; <see cref="ReturnRented"/> gives them back. For one evaluation's scratch: memory that repeated evaluations
    /// reuse instead of allocating (and the operating system faulting in) afresh each time. Above
    /// <see cref="MaxPooledLength"/> values the buffers are the workspace's own, not pooled.
    /// </summary>
    internal static RankWorkspace Rent(int capacity)
    {
        // Longer buffers are one evaluation's own and go back to the garbage collector with it: the shared pools keep
        // what they are given, and a service that rates ten million pages once would keep about a gigabyte committed.
        if (capacity > MaxPooledLength)
        {
            return new RankWorkspace(capacity);
        }

        var workspace = new RankWorkspace();
        workspace._keys = ArrayPool<ulong>.Shared.Rent(capacity);
        workspace._keysBuffer = ArrayPool<ulong>.Shared.Rent(capacity);
        workspace._indices = ArrayPool<int>.Shared.Rent(capacity);
        workspace._indicesBuffer = ArrayPool<int>.Shared.Rent(capacity);
        workspace._rented = true;
        return workspace;
    }

    /// <summary>Gives the buffers of a workspace from <see cref="Rent"/> back to the pools; the workspace is empty afterwards.</summary>
    internal void ReturnRented()
    {
        if (!_rented)
        {
            return;
        }

        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<ulong>.Shared.Return(_keysBuffer);
        ArrayPool<int>.Shared.Return(_indices);
        ArrayPool<int>.Shared.Return(_indicesBuffer);
        if (_lowBits.Length != 0)
        {
            ArrayPool<uint>.Shared.Return(_lowBits);
        }

        _lowBits = [];
        _keys = _keysBuffer = [];
        _indices = _indicesBuffer = [];
        _rented = false;
    }

    /// <summary>Gets the number of values this workspace can rank without growing.</summary>
    /// <value>The default value is 0 for a workspace made with the parameterless constructor.</value>
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

        // Grow every buffer at once, so that no ranking path allocates later; only the radix histograms (48 KiB whatever
        // the length) wait for the first column long enough to need them, so short columns never pay for them.
        ReturnRented();
        _keys = new ulong[capacity];
        _keysBuffer = new ulong[capacity];
        _indices = new int[capacity];
        _indicesBuffer = new int[capacity];
    }

    /// <summary>The first key buffer (sorted keys end here or in <see cref="KeysBuffer"/>).</summary>
    internal Span<ulong> Keys(int length) => _keys.AsSpan(0, length);

    /// <summary>The first key buffer as an array of at least <paramref name="length"/> words (for work split among threads).</summary>
    internal ulong[] KeysArray(int length)
    {
        EnsureCapacity(length);
        return _keys;
    }

    /// <summary>The second key buffer as an array of at least <paramref name="length"/> words.</summary>
    internal ulong[] KeysBufferArray(int length)
    {
        EnsureCapacity(length);
        return _keysBuffer;
    }

    /// <summary>The second key buffer, for radix passes; the counting path keeps each bucket's place here.</summary>
    internal Span<ulong> KeysBuffer(int length) => _keysBuffer.AsSpan(0, length);

    /// <summary>The first index buffer (original indices; bucket numbers in the counting path).</summary>
    internal Span<int> Indices(int length) => _indices.AsSpan(0, length);

    /// <summary>The second index buffer, for radix passes; the counting path keeps its bucket counts here.</summary>
    internal Span<int> IndicesBuffer(int length) => _indicesBuffer.AsSpan(0, length);

    /// <summary>
    /// Room for <paramref name="length"/> low key bits (the bucket path's), made on first use: rented from the pool in a
    /// rented workspace, else as long as the workspace's capacity.
    /// </summary>
    internal Span<uint> LowBits(int length)
    {
        if (_lowBits.Length < length)
        {
            if (_rented)
            {
                if (_lowBits.Length != 0)
                {
                    ArrayPool<uint>.Shared.Return(_lowBits);
                }

                _lowBits = ArrayPool<uint>.Shared.Rent(length);
            }
            else
            {
                _lowBits = new uint[Math.Max(length, _keys.Length)];
            }
        }

        return _lowBits.AsSpan(0, length);
    }

    /// <summary>Room for the radix histograms of every digit.</summary>
    internal Span<int> Histograms => _histograms.Length != 0 ? _histograms : (_histograms = new int[RadixSort.HistogramLength]);
}
