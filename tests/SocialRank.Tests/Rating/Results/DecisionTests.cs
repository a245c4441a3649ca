using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Tests.Rating;

public class DecisionTests
{
    private sealed record Shop(string Id, double X, double Shared);

    // x places a 1, b 2; "shared" places b 1, a 2: totals 3 and 3, and the tie-breaker named "shared" puts b first.
    private static RatingResult<Shop> TieBrokenByAnIndicatorNamedShared() => RatingMethod.For<Shop>(s => s.Id)
        .Add("x", s => s.X, Better.Higher)
        .Add("shared", s => s.Shared, Better.Higher)
        .WithTieBreakers("shared")
        .Build()
        .Evaluate([new Shop("a", 2, 1), new Shop("b", 1, 2)]);

    [Fact]
    public void Default_IsByTotal_WithNoIndicator()
    {
        Decision decision = default;

        Assert.Equal(Decision.ByTotal, decision);
        Assert.Equal(DecisionKind.Total, decision.Kind);
        Assert.Null(decision.IndicatorName);
        Assert.Equal(-1, decision.IndicatorIndex);
    }

    [Fact]
    public void ByTieBreaker_CarriesTheIndicatorsNameAndPosition()
    {
        Decision decision = Decision.ByTieBreaker("ER", 5);

        Assert.Equal(DecisionKind.TieBreaker, decision.Kind);
        Assert.Equal("ER", decision.IndicatorName);
        Assert.Equal(5, decision.IndicatorIndex);
        Assert.Equal(Decision.ByTieBreaker("ER", 5), decision);
        Assert.NotEqual(Decision.ByTieBreaker("ER", 4), decision);
    }

    [Fact]
    public void ByTieBreaker_BadArguments_Throw()
    {
        Assert.Equal("indicatorName", Assert.Throws<ArgumentNullException>(() => Decision.ByTieBreaker(null!, 0)).ParamName);
        Assert.Equal("indicatorName", Assert.Throws<ArgumentException>(() => Decision.ByTieBreaker(" ", 0)).ParamName);
        Assert.Equal("indicatorIndex", Assert.Throws<ArgumentOutOfRangeException>(() => Decision.ByTieBreaker("x", -1)).ParamName);
    }

    [Fact]
    public void SharedAndInputOrder_HaveNoIndicator()
    {
        Assert.Equal((DecisionKind.Shared, null, -1), (Decision.SharedPlace.Kind, Decision.SharedPlace.IndicatorName, Decision.SharedPlace.IndicatorIndex));
        Assert.Equal((DecisionKind.InputOrder, null, -1), (Decision.ByInputOrder.Kind, Decision.ByInputOrder.IndicatorName, Decision.ByInputOrder.IndicatorIndex));
    }

    [Fact]
    public void ToString_EachKind_IsTheTablesText()
    {
        Assert.Equal(
            ["total", "tie-breaker 'ER'", "shared", "input order"],
            [Decision.ByTotal.ToString(), Decision.ByTieBreaker("ER", 5).ToString(), Decision.SharedPlace.ToString(), Decision.ByInputOrder.ToString()]);
    }

    [Fact]
    public void Decision_TieBreakerNamedShared_IsATieBreakerNotASharedPlace()
    {
        RatingResult<Shop> result = TieBrokenByAnIndicatorNamedShared();

        Assert.Equal(["b", "a"], result.Rows.Select(r => r.Id));
        Assert.Equal([1.0, 2], result.Rows.Select(r => r.FinalPlace));
        Assert.All(result.Rows, r => Assert.Equal(Decision.ByTieBreaker("shared", 1), r.Decision));
        Assert.All(result.Rows, r => Assert.NotEqual(DecisionKind.Shared, r.Decision.Kind));
    }

    [Fact]
    public void Explain_TieBreakerNamedShared_SaysTheTieBreakerDecided()
    {
        string explanation = ResultFormatter.Explain(TieBrokenByAnIndicatorNamedShared(), "a");

        Assert.EndsWith("Tied on the total with 'b'; the better place on 'shared' decided.\n", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Shares its place", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_TieBreakerNamedShared_ReadsAsATieBreaker()
    {
        Assert.Equal(
            "Place  Page      x  shared  Total  Decided by\n"
            + "-----  ----  -----  ------  -----  --------------------\n"
            + "    1  b     1 (2)   2 (1)      3  tie-breaker 'shared'\n"
            + "    2  a     2 (1)   1 (2)      3  tie-breaker 'shared'\n"
            + "\n"
            + "Ties: min on indicators, min on the total; tie-breakers: 'shared'.\n"
            + "Indicators:\n"
            + "  'x': higher is better, exact, weight 1, missing values rank last.\n"
            + "  'shared': higher is better, exact, weight 1, missing values rank last.\n",
            ResultFormatter.ToText(TieBrokenByAnIndicatorNamedShared()));
    }

    [Fact]
    public void ToCsv_TieBreakerNamedShared_ReadsAsATieBreaker()
    {
        Assert.Equal(
            "final place,id,name,x value,x place,x weighted penalty,shared value,shared place,shared weighted penalty,total,decided by,excluded because\n"
            + "1,b,b,1,2,2,2,1,1,3,tie-breaker 'shared',\n"
            + "2,a,a,2,1,1,1,2,2,3,tie-breaker 'shared',\n",
            ResultFormatter.ToCsv(TieBrokenByAnIndicatorNamedShared()));
    }

    [Fact]
    public void Decision_OrdinalFinalTies_IsInputOrder_AndExplainSaysSo()
    {
        RatingResult<Shop> result = RatingMethod.For<Shop>(s => s.Id)
            .Add("x", s => s.X, Better.Higher)
            .Add("shared", s => s.Shared, Better.Higher)
            .WithFinalTies(TieMethod.Ordinal)
            .Build()
            .Evaluate([new Shop("a", 2, 1), new Shop("b", 1, 2)]);

        Assert.All(result.Rows, r => Assert.Equal(Decision.ByInputOrder, r.Decision));
        Assert.EndsWith("Tied on the total with 'b'; input order decided (ordinal ties).\n", ResultFormatter.Explain(result, "a"), StringComparison.Ordinal);
    }
}
