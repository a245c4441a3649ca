using SocialRank.Pages;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// The six indicators of the article written out by hand for the baselines, as METHOD defines them (all four interaction
/// kinds; a division by 0 or by a missing value is missing): each ratio as one numerator over one denominator of whole
/// counts, divided once, so the doubles are the correctly rounded true ratios, as the library's; compared exactly or at
/// the article's precisions (decimal places 0, 2, 0, 1, 2, 2), rounding the decimal value half away from zero.
/// </summary>
internal static class ArticleFormulas
{
    public const int Count = 6;

    /// <summary>Decimal places each indicator is compared at, in the article's order.</summary>
    public static readonly int[] Precisions = [0, 2, 0, 1, 2, 2];

    /// <summary>Exact comparison of every indicator (no rounding).</summary>
    public static readonly int[] ExactPrecisions = [-1, -1, -1, -1, -1, -1];

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

    public static double EngagementRate(PageStats p) => Divide(Interactions(p) * 100.0, (p.Posts ?? double.NaN) * (p.Followers ?? double.NaN));

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

    /// <summary>The precisions of a comparison mode.</summary>
    public static int[] PrecisionsOf(Comparison comparison) => comparison == Comparison.Exact ? ExactPrecisions : Precisions;

    /// <summary>
    /// Rounds to <paramref name="decimals"/> places (none when negative) the way values are compared: the decimal value,
    /// half away from zero. The scaled double is rounded directly unless it lies within 10^−9 of a half, where the value's
    /// 15-digit decimal form is rounded with <see cref="decimal"/> arithmetic instead (enough for ratios of the generated
    /// counts, whose true values are never that close to a half without being one).
    /// </summary>
    public static double Round(double value, int decimals)
    {
        if (decimals < 0)
        {
            return value;
        }

        double scale = 1;
        for (int i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        double scaled = value * scale;
        if (!double.IsFinite(scaled))
        {
            return value;
        }

        if (Math.Abs(Math.Abs(scaled - Math.Floor(scaled)) - 0.5) < 1e-9)
        {
            return (double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        }

        return Math.Round(scaled, MidpointRounding.AwayFromZero) / scale;
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

/// <summary>How the pipelines compare values: at the article's precisions (as published) or exactly.</summary>
public enum Comparison
{
    /// <summary>Values rounded to the article's precisions, half away from zero.</summary>
    AsPublished,

    /// <summary>Values compared exactly.</summary>
    Exact,
}

/// <summary>What a baseline pipeline returns: the indicator values and places, totals, final places and zone codes.</summary>
public sealed record PipelineOutput(double[][] Values, double[][] Places, double[] Totals, double[] FinalPlaces, byte[] Zones);
