using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Sql.Tests.Engines;
using SocialRank.Zones;

namespace SocialRank.Sql.Tests;

/// <summary>
/// Random methods over random small pages with a fixed seed: many ties (small counts), midpoints (posts 2, 4, 5, 8, …),
/// missing values (NULL or NaN), excluded pages, every tie method, both midpoint rules, exact and rounded precisions,
/// weights, tie-breakers and zones. Each method is rated over one table of many groups (each group is one rating).
/// </summary>
internal static class RandomRatings
{
    private static readonly double[] Weights = [1, 1, 1, 0.5, 2, 1.5, 0.1, 3, 0.25];

    private static readonly TieMethod[] Ties = Enum.GetValues<TieMethod>();

    public static (RatingMethod<PageStats> Method, List<PageRow> Rows) Make(int seed, int groups)
    {
        var random = new Random(seed);
        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats()
            .WithIndicatorTies(Ties[random.Next(Ties.Length)])
            .WithFinalTies(Ties[random.Next(Ties.Length)]);
        int count = random.Next(1, 6);
        var names = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string name = $"i{i + 1}";
            names.Add(name);
            Precision precision = random.Next(5) < 2
                ? Precision.Exact
                : Precision.Decimals(random.Next(0, 4), random.Next(2) == 0 ? MidpointRounding.AwayFromZero : MidpointRounding.ToEven);
            var indicator = new Indicator<PageStats>(name, Value(random), random.Next(4) == 0 ? Better.Lower : Better.Higher)
            {
                Precision = precision,
                Missing = random.Next(4) == 0 ? MissingValueRule.Exclude : MissingValueRule.RankLast,
            };
            builder.Add(indicator, Weights[random.Next(Weights.Length)]);
        }

        int breakers = random.Next(0, Math.Min(3, count + 1));
        if (breakers > 0)
        {
            builder.WithTieBreakers([.. names.OrderBy(_ => random.Next()).Take(breakers)]);
        }

        if (random.Next(3) > 0)
        {
            int bands = random.Next(1, 4);
            builder.AddZones(new PlaceBandZoneScheme(
                "bands",
                Enumerable.Range(0, bands).Select(b => new PlaceBand(random.Next(1, 6), new Zone($"band {b + 1}", "#000000"))),
                random.Next(2) == 0 ? null : new Zone("rest", "#ffffff")));
        }

        if (random.Next(2) == 0)
        {
            double low = random.Next(0, 8) / 4.0, high = low + (random.Next(1, 8) / 2.0);
            builder.AddZones(ThresholdZoneScheme.OnIndicator(
                "thresholds",
                names[random.Next(count)],
                [
                    ValueBand.Below(low, new Zone("low", "#ff0000")),
                    new ValueBand(new Zone("middle", "#ffff00"), ZoneBound.Including(low), ZoneBound.Including(high)),
                    new ValueBand(new Zone("high", "#00ff00"), ZoneBound.Excluding(high), null),
                ],
                random.Next(2) == 0 ? null : new Zone("none", "#cccccc")));
        }

        if (random.Next(3) == 0)
        {
            double bound = random.Next(2, 30) / 2.0;
            builder.AddZones(ThresholdZoneScheme.OnTotal("totals", [ValueBand.Below(bound, new Zone("few", "#00ff00")), ValueBand.AtLeast(bound, new Zone("many", "#ff0000"))]));
        }

        RatingMethod<PageStats> method = builder.Build();
        var rows = new List<PageRow>();
        bool nan = random.Next(2) == 0;
        for (int g = 0; g < groups; g++)
        {
            int pages = random.Next(1, 26);
            for (int p = 0; p < pages; p++)
            {
                rows.Add(new PageRow(Page(random, $"p{p}"), $"g{g}", random.Next(100_000) * 100 + p, nan));
            }
        }

        return (method, rows);
    }

    private static PageValue<PageStats> Value(Random random)
    {
        InteractionKinds kinds = (InteractionKinds)random.Next(1, 16);
        return random.Next(11) switch
        {
            0 => PageStatsValues.Followers,
            1 => PageStatsValues.EngagedUsers,
            2 => PageStatsValues.Interactions(kinds).DividedBy(PageStatsValues.Posts),
            3 => PageStatsValues.Interactions(kinds).DividedBy(PageStatsValues.Posts).PercentOf(PageStatsValues.Followers),
            4 => PageStatsValues.Followers.PercentOf(PageStatsValues.Population),
            5 => PageStatsValues.EngagedUsers.DividedBy(PageStatsValues.Followers),
            6 => (PageStatsValues.Likes + PageStatsValues.Comments).Times(0.5).DividedBy(PageStatsValues.Posts),
            7 => PageStatsValues.Likes + PageStatsValues.Shares,
            8 => PageStatsValues.Comments.DividedBy(PageStatsValues.Posts + PageStatsValues.Saves),
            9 => PageStatsValues.Likes.DividedBy(PageStatsValues.Posts) + PageStatsValues.Comments.DividedBy(PageStatsValues.Followers),
            _ => PageStatsValues.Interactions(kinds).Times(1.5).DividedBy(PageStatsValues.Followers).PercentOf(PageStatsValues.Posts),
        };
    }

    private static PageStats Page(Random random, string id)
    {
        double? Count(int max) => random.Next(12) == 0 ? null : random.Next(0, max + 1);
        double?[] posts = [0, 1, 2, 4, 5, 8, 10, 20, 40];
        return new PageStats(id)
        {
            Followers = Count(random.Next(2) == 0 ? 6 : 200),
            Posts = random.Next(12) == 0 ? null : posts[random.Next(posts.Length)],
            Likes = Count(random.Next(2) == 0 ? 5 : 50),
            Comments = Count(10),
            Shares = Count(6),
            Saves = Count(4),
            EngagedUsers = Count(random.Next(2) == 0 ? 4 : 80),
            Population = random.Next(1, 5) * 100,
            ExclusionReason = random.Next(20) == 0 ? "personal account" : null,
        };
    }
}
