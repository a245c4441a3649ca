using SocialRank.Indicators;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// The six indicators of the article written out by hand for the baselines, with the same arithmetic as the library's
/// <c>ArticleIndicators.All</c> (all four interaction kinds; a division by 0 or by a missing value is missing) and the same
/// comparison precisions (decimal places 0, 2, 0, 1, 2, 2), so that every pipeline ranks bit-identical keys.
/// </summary>
internal static class ArticleFormulas
{
    public const int Count = 6;

    /// <summary>Decimal places each indicator is compared at, in the article's order.</summary>
    public static readonly int[] Precisions = [0, 2, 0, 1, 2, 2];

    /// <summary>The zone bands of the final table: the article's 3, 7, 5, 5, 5 places, then a rest zone.</summary>
    public static readonly int[] Bands = [3, 7, 5, 5, 5];

    /// <summary>The indicators as functions of a page, in the article's order; NaN is missing.</summary>
    public static readonly Func<PageStats, double>[] All =
        [Followers, FollowersPercentOfPopulation, EngagedUsers, EngagementPerPost, EngagedPercentOfPopulation, EngagementRate];

    public static double Followers(PageStats p) => p.Followers ?? double.NaN;

    public static double FollowersPercentOfPopulation(PageStats p) => Divide((p.Followers ?? double.NaN) * 100.0, p.Population ?? double.NaN);

    public static double EngagedUsers(PageStats p) => p.EngagedUsers ?? double.NaN;

    public static double EngagementPerPost(PageStats p) => Divide(Interactions(p), p.Posts ?? double.NaN);

    public static double EngagedPercentOfPopulation(PageStats p) => Divide((p.EngagedUsers ?? double.NaN) * 100.0, p.Population ?? double.NaN);

    public static double EngagementRate(PageStats p) => Divide(Divide(Interactions(p), p.Posts ?? double.NaN) * 100.0, p.Followers ?? double.NaN);

    public static double Interactions(PageStats p)
    {
        double sum = 0;
        sum += p.Likes ?? double.NaN;
        sum += p.Comments ?? double.NaN;
        sum += p.Shares ?? double.NaN;
        sum += p.Saves ?? double.NaN;
        return sum;
    }

    public static double Divide(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    /// <summary>Rounds to <paramref name="decimals"/> places the way values are compared (half to even on the scaled value, as numpy's <c>round</c>).</summary>
    public static double Round(double value, int decimals)
    {
        double scale = 1;
        for (int i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        double scaled = value * scale;
        return double.IsFinite(scaled) ? Math.Round(scaled, MidpointRounding.ToEven) / scale : value;
    }

    /// <summary>The zone code of a final place (min ties, so the place is the first position of its group): 1 to 5 for the bands, 6 for the rest.</summary>
    public static byte ZoneOf(double finalPlace)
    {
        double end = 0;
        for (int b = 0; b < Bands.Length; b++)
        {
            end += Bands[b];
            if (finalPlace <= end)
            {
                return (byte)(b + 1);
            }
        }

        return (byte)(Bands.Length + 1);
    }
}

/// <summary>What a baseline pipeline returns: the indicator values and places, totals, final places and zone codes.</summary>
public sealed record PipelineOutput(double[][] Values, double[][] Places, double[] Totals, double[] FinalPlaces, byte[] Zones);
