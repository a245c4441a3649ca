using SocialRank.Pages;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Generates realistic raw page statistics, deterministically from a seed. The same distribution is written by
/// <c>benchmarks/pandas/generate.py</c> (with numpy's generator, so the numbers differ but not their shape).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Owners (regions): one per 20 pages, at least 14; a region's population is log-normal (median 300,000,
/// σ = 1.0 in log space), a whole number of at least 1,000. Pages pick a region uniformly, so pages share populations.</item>
/// <item>Followers: log-normal, median 3,000, σ = 2.0 (heavy-tailed: a few pages have millions), rounded down to a
/// whole number; many small pages tie.</item>
/// <item>Posts: 0 with probability 2 %; otherwise log-normal, median 30, σ = 0.8, rounded, at least 1.</item>
/// <item>Likes: posts × followers × a log-normal rate (median 0.01, σ = 1.0), rounded. Comments, shares, saves: likes
/// × log-normal fractions (medians 0.04, 0.02, 0.03; σ = 0.8, 1.0, 1.0), rounded.</item>
/// <item>Engaged users: (likes + comments) × uniform(0.2, 0.6), rounded.</item>
/// <item>Missing: followers, posts, likes, comments, shares, saves and engaged users are each missing with probability
/// 1 %, independently. Population is never missing (every region has one; the library treats a missing population as
/// bad input).</item>
/// </list>
/// </remarks>
internal static class PageGenerator
{
    /// <summary>The probability that one raw count is missing.</summary>
    public const double MissingProbability = 0.01;

    /// <summary>The default seed of the benchmarks.</summary>
    public const ulong DefaultSeed = 20200731;

    public static RawPages Generate(int n, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var rng = new SplitMix(seed);
        int regions = Math.Max(14, n / 20);
        var regionPopulation = new double[regions];
        for (int r = 0; r < regions; r++)
        {
            regionPopulation[r] = Math.Max(1000, Math.Round(300_000 * Math.Exp(1.0 * rng.NextNormal())));
        }

        var raw = new RawPages(n);
        for (int i = 0; i < n; i++)
        {
            double followers = Math.Floor(3000 * Math.Exp(2.0 * rng.NextNormal()));
            double posts = rng.NextDouble() < 0.02 ? 0 : Math.Max(1, Math.Round(30 * Math.Exp(0.8 * rng.NextNormal())));
            double likes = Math.Round(posts * followers * 0.01 * Math.Exp(1.0 * rng.NextNormal()));
            double comments = Math.Round(likes * 0.04 * Math.Exp(0.8 * rng.NextNormal()));
            double shares = Math.Round(likes * 0.02 * Math.Exp(1.0 * rng.NextNormal()));
            double saves = Math.Round(likes * 0.03 * Math.Exp(1.0 * rng.NextNormal()));
            double engaged = Math.Round((likes + comments) * (0.2 + (0.4 * rng.NextDouble())));
            double population = regionPopulation[(int)(rng.NextDouble() * regions)];

            raw.Followers[i] = Missing(ref rng, followers);
            raw.Posts[i] = Missing(ref rng, posts);
            raw.Likes[i] = Missing(ref rng, likes);
            raw.Comments[i] = Missing(ref rng, comments);
            raw.Shares[i] = Missing(ref rng, shares);
            raw.Saves[i] = Missing(ref rng, saves);
            raw.EngagedUsers[i] = Missing(ref rng, engaged);
            raw.Population[i] = population;
        }

        return raw;
    }

    public static List<PageStats> GeneratePages(int n, ulong seed) => Generate(n, seed).ToPages();

    private static double Missing(ref SplitMix rng, double value) => rng.NextDouble() < MissingProbability ? double.NaN : value;

    /// <summary>SplitMix64 with Box–Muller normals: small, fast and the same on every runtime.</summary>
    private struct SplitMix(ulong seed)
    {
        private ulong _state = seed;
        private double _spare = double.NaN;

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        public double NextNormal()
        {
            if (!double.IsNaN(_spare))
            {
                double s = _spare;
                _spare = double.NaN;
                return s;
            }

            double u1 = 1.0 - NextDouble();
            double u2 = NextDouble();
            double radius = Math.Sqrt(-2.0 * Math.Log(u1));
            _spare = radius * Math.Sin(2 * Math.PI * u2);
            return radius * Math.Cos(2 * Math.PI * u2);
        }

        private ulong Next()
        {
            unchecked
            {
                ulong z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
