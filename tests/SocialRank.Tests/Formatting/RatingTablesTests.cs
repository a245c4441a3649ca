using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Formatting;

public class RatingTablesTests
{
    private sealed record Shop(string Id, string Name, double X, double Y, string? Excluded = null);

    private static RatingMethodBuilder<Shop> Shops() => RatingMethod.For<Shop>(s => s.Id)
        .WithNames(s => s.Name)
        .WithEligibility(s => s.Excluded)
        .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Precision = Precision.Decimals(1) })
        .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher), 2);

    // x: a 2.25 (2,3) places 1, b 2, c missing 3; y (weight 2): c 1, b 2, a 3. Totals: a 1 + 6 = 7, b 2 + 4 = 6, c 3 + 2 = 5.
    private static RatingResult<Shop> ThreeShops() => Shops()
        .AddZones(new PlaceBandZoneScheme("итог", [new PlaceBand(1, new Zone("лидер", "green"))], null))
        .Build()
        .Evaluate([new Shop("a", "Магазин А", 2.25, 1), new Shop("b", "Магазин Б", 1, 2), new Shop("c", "Магазин В", double.NaN, 3),
            new Shop("d", "Магазин Г", 1, 1, "личный аккаунт")]);

    // Totals 3 and 3 for a and b (x: a 1, b 2; y with weight 1: b 1, a 2).
    private static RatingResult<Shop> TiedPair(Func<RatingMethodBuilder<Shop>, RatingMethodBuilder<Shop>> configure) => configure(RatingMethod.For<Shop>(s => s.Id)
            .WithNames(s => s.Name)
            .Add("x", s => s.X, Better.Higher)
            .Add("y", s => s.Y, Better.Higher))
        .Build()
        .Evaluate([new Shop("a", "А", 2, 1), new Shop("b", "Б", 1, 2)]);

    [Fact]
    public void Explain_RussianRatedPages_AreRussianWithRussianNumbers()
    {
        Assert.Equal(
            "Магазин А: итоговое место 3 из 3, сумма мест 7.\n"
            + "  x: 2,3, место 1 × вес 1 = 1\n"
            + "  y: 1, место 3 × вес 2 = 6\n"
            + "Такой суммы мест нет ни у одной другой страницы.\n"
            + "Зоны: итог: нет.\n",
            RatingTables.Explain(ThreeShops(), "a", LabelSet.Russian));
        Assert.Equal(
            "Магазин В: итоговое место 1 из 3, сумма мест 5.\n"
            + "  x: н/д (нет данных — последнее место), место 3 × вес 1 = 3\n"
            + "  y: 3, место 1 × вес 2 = 2\n"
            + "Такой суммы мест нет ни у одной другой страницы.\n"
            + "Зоны: итог: лидер.\n",
            RatingTables.Explain(ThreeShops(), "c", LabelSet.Russian));
    }

    [Fact]
    public void Explain_ExcludedPage_GivesTheReasonInTheLanguage()
    {
        Assert.Equal("Магазин Г: исключена из рейтинга: личный аккаунт\n", RatingTables.Explain(ThreeShops(), "d", LabelSet.Russian));
        Assert.Equal("Магазин Г: excluded from the rating: личный аккаунт\n", RatingTables.Explain(ThreeShops(), "d", LabelSet.English));
    }

    [Fact]
    public void Explain_UnknownId_ThrowsTheResultsMessage()
    {
        Assert.Equal("No rated page has id 'zz'.", Assert.Throws<KeyNotFoundException>(() => RatingTables.Explain(ThreeShops(), "zz", LabelSet.Russian)).Message);
    }

    [Fact]
    public void Explain_RussianDecisions_SayWhatDecidedInRussian()
    {
        Assert.EndsWith("Делит место с «Б»: суммы мест равны, и ни один дополнительный показатель их не разделяет.\n",
            RatingTables.Explain(TiedPair(b => b), "a", LabelSet.Russian), StringComparison.Ordinal);
        Assert.EndsWith("Та же сумма мест у «А»; решило лучшее место по показателю «y».\n",
            RatingTables.Explain(TiedPair(b => b.WithTieBreakers("y")), "b", LabelSet.Russian), StringComparison.Ordinal);
        Assert.EndsWith("Та же сумма мест у «Б»; решил порядок ввода (ordinal).\n",
            RatingTables.Explain(TiedPair(b => b.WithFinalTies(TieMethod.Ordinal)), "a", LabelSet.Russian), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EveryDecisionKind_DiffersBetweenLanguages()
    {
        RatingResult<Shop>[] results = [ThreeShops(), TiedPair(b => b), TiedPair(b => b.WithTieBreakers("y")), TiedPair(b => b.WithFinalTies(TieMethod.Ordinal))];
        Assert.Equal([DecisionKind.Total, DecisionKind.Shared, DecisionKind.TieBreaker, DecisionKind.InputOrder], results.Select(r => r.Row(r.Rows[0].Id).Decision.Kind));
        foreach (RatingResult<Shop> result in results)
        {
            string id = result.Rows[0].Id;
            Assert.NotEqual(RatingTables.Explain(result, id, LabelSet.English), RatingTables.Explain(result, id, LabelSet.Russian));
            Assert.Equal(ResultFormatter.Explain(result, id), RatingTables.Explain(result, id, LabelSet.English));
        }
    }

    [Fact]
    public void Final_PageExcludedByAMissingValue_GivesTheReasonInTheLanguage()
    {
        RatingResult<Shop> result = RatingMethod.For<Shop>(s => s.Id)
            .WithNames(s => s.Name)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Missing = MissingValueRule.Exclude })
            .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher) { Missing = MissingValueRule.Exclude })
            .Build()
            .Evaluate([new Shop("a", "А", 1, 1), new Shop("b", "Б", double.NaN, double.NaN)]);

        Assert.Equal("x is missing; y is missing", Assert.Single(result.Excluded).Reason);
        Assert.Equal("нет значения «x»; нет значения «y»", Assert.Single(RatingTables.Final(result, new RatingTableOptions { Labels = LabelSet.Russian }).Excluded).Reason);
        Assert.Equal("x is missing; y is missing", Assert.Single(RatingTables.Final(result).Excluded).Reason);
        Assert.Equal("Б: исключена из рейтинга: нет значения «x»; нет значения «y»\n", RatingTables.Explain(result, "b", LabelSet.Russian));
    }

    [Fact]
    public void Final_PageExcludedByItsEligibility_KeepsTheCallersReason()
    {
        RatingResult<Shop> result = Shops().Build().Evaluate([new Shop("a", "А", 1, 1), new Shop("b", "Б", double.NaN, 1, "closed")]);

        Assert.Equal("closed", Assert.Single(RatingTables.Final(result, new RatingTableOptions { Labels = LabelSet.Russian }).Excluded).Reason);
    }
}
