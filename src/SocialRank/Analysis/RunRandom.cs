using SocialRank.Internal;

namespace SocialRank.Analysis;

/// <summary>
/// The random numbers of one run of an uncertainty analysis: xoshiro256** seeded by SplitMix64 from the analysis' seed
/// and the run's index, so a run draws the same numbers whichever thread computes it and whatever runs came before.
/// Not thread-safe: each run has its own.
/// </summary>
/// <remarks>The library's own generator (not <see cref="System.Random"/>, whose algorithm may change between .NET versions):
/// a seed gives the same analysis on every version and platform.</remarks>
public sealed class RunRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Initializes the numbers of run <paramref name="run"/> of the analysis seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">The analysis' seed.</param>
    /// <param name="run">The run's 0-based index.</param>
    public RunRandom(long seed, int run)
    {
        unchecked
        {
            ulong x = ((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)run + 0xD1B54A32D192ED03UL);
            _s0 = SplitMix(ref x);
            _s1 = SplitMix(ref x);
            _s2 = SplitMix(ref x);
            _s3 = SplitMix(ref x);
        }
    }

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>A number from 0 to 2^64 − 1, every one equally likely.</returns>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Returns a number drawn uniformly from [0, 1), a multiple of 2^−53.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a whole number drawn uniformly from 0 to <paramref name="maxExclusive"/> − 1 (without modulo bias).</summary>
    /// <param name="maxExclusive">The number of choices, at least 1.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is less than 1.</exception>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive < 1)
        {
            Throw.CountTooSmall(maxExclusive, 1, "The number of choices", nameof(maxExclusive));
        }

        ulong bound = (ulong)maxExclusive;
        ulong limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong r;
        do
        {
            r = NextUInt64();
        }
        while (r >= limit);

        return (int)(r % bound);
    }

    /// <summary>Returns a number drawn from the standard normal distribution (the polar method).</summary>
    /// <returns>The number.</returns>
    public double NextNormal()
    {
        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        return u * Math.Sqrt(-2 * Math.Log(s) / s);
    }

    /// <summary>Returns a number drawn from the gamma distribution of shape <paramref name="shape"/> and scale 1 (Marsaglia and Tsang).</summary>
    /// <param name="shape">The shape, a finite number &gt; 0.</param>
    /// <returns>The number, &gt;= 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is not a finite number &gt; 0.</exception>
    public double NextGamma(double shape)
    {
        if (!(shape > 0 && double.IsFinite(shape)))
        {
            Throw.GammaShapeOutOfRange(shape, nameof(shape));
        }

        if (shape < 1)
        {
            // Boost a shape below 1: Gamma(a) = Gamma(a + 1) × U^(1/a).
            return NextGamma(shape + 1) * Math.Pow(1 - NextDouble(), 1 / shape);
        }

        double d = shape - (1.0 / 3), c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x = NextNormal();
            double v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = 1 - NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
