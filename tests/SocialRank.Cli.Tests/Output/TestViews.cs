using SocialRank.Cli.Output;
using SocialRank.Ranking;

namespace SocialRank.Cli.Tests.Output;

internal static class TestViews
{
    public static readonly ViewZone Leaders = new("Leaders", "#2e7d32");
    public static readonly ViewZone Rest = new("Red zone", "#e53935");

    /// <summary>Three pages on two indicators; one name is a script tag, one a formula, one is excluded.</summary>
    public static RatingView Small() => new(
        "Test <rating>",
        Labels.English,
        [new ViewIndicator("followers", Precision.Decimals(0), 1), new ViewIndicator("ER", Precision.Decimals(2), 1)],
        [
            new ViewRow("a", "<script>alert(1)</script>", [new ViewCell(1000, 1), new ViewCell(2.5, 2)], 3, 1, Leaders, new Dictionary<int, ViewZone>()),
            new ViewRow("b", "=HYPERLINK(\"http://evil\",\"x\")", [new ViewCell(500, 2), new ViewCell(3.125, 1)], 3, 1, Leaders, new Dictionary<int, ViewZone>()),
            new ViewRow("c", "Page | C", [new ViewCell(double.NaN, 3), new ViewCell(1, 3)], 6, 3, Rest, new Dictionary<int, ViewZone> { [0] = Rest }),
        ],
        [new ViewExcluded("d", "<b>D</b>", "Personal account & <i>more</i>")],
        ["Indicator places: min ties."],
        [Leaders, Rest]);
}
