namespace SocialRank.Benchmarks.Ranking;

/// <summary>Realistic columns to rank, made with fixed seeds so every run ranks the same numbers.</summary>
internal static class RankData
{
    /// <summary>Heavy-tailed integer counts (followers-like): floor(exp(N(6, 2))), median about 400, maximum in the millions.</summary>
    public static double[] Counts(int n, int seed = 20261126)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Math.Floor(Math.Exp(6 + (2 * Normal(random))));
        }

        return values;
    }

    /// <summary>Percentages with two decimals, 0.00 to 100.00 (a value like 12.34 is the double nearest 1234 / 100).</summary>
    public static double[] Percentages(int n, int seed = 20261127)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = random.Next(0, 10_001) / 100.0;
        }

        return values;
    }

    /// <summary>Doubles with random full-width mantissas and no ties: the radix path's worst case.</summary>
    public static double[] Doubles(int n, int seed = 20261128)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Normal(random) * 1000;
        }

        return values;
    }

    public static double[] Make(string kind, int n) => kind switch
    {
        "Counts" => Counts(n),
        "Percentages" => Percentages(n),
        "Doubles" => Doubles(n),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data kind."),
    };

    private static double Normal(Random random)
    {
        // Box-Muller.
        double u = 1.0 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
