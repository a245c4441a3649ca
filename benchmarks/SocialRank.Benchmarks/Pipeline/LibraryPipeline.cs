using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>The library's side of every comparison: the article's method with a final-table zone scheme.</summary>
internal static class LibraryPipeline
{
    /// <summary>
    /// The article's six indicators (<see cref="ArticleIndicators.All"/>), min ties, no tie-breakers, and the article's
    /// place bands 3, 7, 5, 5, 5 with a rest zone for every page placed after the 25th.
    /// </summary>
    public static RatingMethod<PageStats> Method { get; } = Build(exact: false);

    /// <summary>The same method with every indicator compared exactly.</summary>
    public static RatingMethod<PageStats> ExactMethod { get; } = Build(exact: true);

    public static RatingMethod<PageStats> MethodOf(Comparison comparison) => comparison == Comparison.Exact ? ExactMethod : Method;

    public static RatingResult<PageStats> Evaluate(IReadOnlyList<PageStats> pages, Comparison comparison) => MethodOf(comparison).Evaluate(pages);

    public static RatingResult<PageStats> Evaluate(IReadOnlyList<PageStats> pages, EvaluationOptions options, Comparison comparison) => MethodOf(comparison).Evaluate(pages, options);

    public static RatingResult<PageStats> Evaluate(IReadOnlyList<PageStats> pages) => Method.Evaluate(pages);

    public static RatingResult<PageStats> Evaluate(IReadOnlyList<PageStats> pages, EvaluationOptions options) => Method.Evaluate(pages, options);

    private static RatingMethod<PageStats> Build(bool exact)
    {
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats()
            .AddRange(ArticleIndicators.All)
            .AddZones(new PlaceBandZoneScheme(
                "final table",
                [
                    new PlaceBand(ArticleFormulas.Bands[0], new Zone("leaders", "green")),
                    new PlaceBand(ArticleFormulas.Bands[1], new Zone("white zone", "white")),
                    new PlaceBand(ArticleFormulas.Bands[2], new Zone("zone 3", "yellow")),
                    new PlaceBand(ArticleFormulas.Bands[3], new Zone("zone 4", "orange")),
                    new PlaceBand(ArticleFormulas.Bands[4], new Zone("zone 5", "red")),
                ],
                new Zone("rest", "grey")));
        return (exact ? builder.WithExactComparison() : builder).Build();
    }

    /// <summary>The final places in input order (NaN for an excluded page).</summary>
    public static double[] FinalPlaces(RatingResult<PageStats> result)
    {
        var places = new double[result.Pages.Count];
        Array.Fill(places, double.NaN);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            places[row.InputIndex] = row.FinalPlace;
        }

        return places;
    }

    /// <summary>The zone codes in input order, numbered like <see cref="ArticleFormulas.ZoneOf"/> (0 for none).</summary>
    public static byte[] Zones(RatingResult<PageStats> result)
    {
        var codes = new byte[result.Pages.Count];
        IReadOnlyList<Zone> zones = result.Method.ZoneSchemes[0].Zones;
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            Zone? zone = row.ZoneOf(0);
            for (int z = 0; z < zones.Count; z++)
            {
                if (ReferenceEquals(zones[z], zone))
                {
                    codes[row.InputIndex] = (byte)(z + 1);
                }
            }
        }

        return codes;
    }

    /// <summary>The places on every indicator in input order.</summary>
    public static double[][] Places(RatingResult<PageStats> result)
    {
        int k = result.Method.Indicators.Count;
        var places = new double[k][];
        for (int j = 0; j < k; j++)
        {
            places[j] = new double[result.Pages.Count];
        }

        foreach (RatingRow<PageStats> row in result.Rows)
        {
            IndicatorScores scores = row.Scores;
            for (int j = 0; j < k; j++)
            {
                places[j][row.InputIndex] = scores[j].Place;
            }
        }

        return places;
    }
}
