using SocialRank.Formatting;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Zones;
using SocialRank.Ranking;

namespace SocialRank.Tests.Formatting;

public class ResultFormatterTests
{
    private sealed record Shop(string Id, string Name, double X, double Y, string? Excluded = null);

    // x (precision 1): a 2.25 shows as 2.3 (half away from zero) and places 1, b places 2; y: b 1, a 2. Totals 3 and 3: shared place 1.
    private static RatingResult<Shop> TwoShops(params Shop[] extra) => RatingMethod.For<Shop>(s => s.Id)
        .WithNames(s => s.Name)
        .WithEligibility(s => s.Excluded)
        .Add(new Indicator<Shop>("x", s => s.X, Better.Higher) { Precision = Precision.Decimals(1) })
        .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher))
        .Build()
        .Evaluate([new Shop("a", "a", 2.25, 1), new Shop("b", "b", 1, 3), .. extra]);

    private const string MethodLines =
        "Ties: min on indicators, min on the total; tie-breakers: none (equal totals share the place).\n";

    [Fact]
    public void ToText_TwoShops_IsAnAlignedTableWithTheMethod()
    {
        Assert.Equal(
            "Place  Page        x      y  Total  Decided by\n"
            + "-----  ----  -------  -----  -----  ----------\n"
            + "    1  a     2.3 (1)  1 (2)      3  shared\n"
            + "    1  b     1.0 (2)  3 (1)      3  shared\n"
            + "\n"
            + MethodLines
            + "Indicators:\n"
            + "  'x': higher is better, 1 decimal, half away from zero, weight 1, missing values rank last.\n"
            + "  'y': higher is better, exact, weight 1, missing values rank last.\n",
            ResultFormatter.ToText(TwoShops()));
    }

    [Fact]
    public void ToMarkdown_TwoShops_IsATableWithTheMethod()
    {
        Assert.Equal(
            "| Place | Page | x | y | Total | Decided by |\n"
            + "| ---: | --- | ---: | ---: | ---: | --- |\n"
            + "| 1 | a | 2.3 (1) | 1 (2) | 3 | shared |\n"
            + "| 1 | b | 1.0 (2) | 3 (1) | 3 | shared |\n"
            + "\n"
            + MethodLines
            + "Indicators:\n"
            + "\n"
            + "- 'x': higher is better, 1 decimal, half away from zero, weight 1, missing values rank last.\n"
            + "- 'y': higher is better, exact, weight 1, missing values rank last.\n",
            ResultFormatter.ToMarkdown(TwoShops()));
    }

    [Fact]
    public void ToCsv_TwoShops_HasValuePlaceAndPenaltyColumns()
    {
        Assert.Equal(
            "final place,id,name,x value,x place,x weighted penalty,y value,y place,y weighted penalty,total,decided by,excluded because\n"
            + "1,a,a,2.3,1,1,1,2,2,3,shared,\n"
            + "1,b,b,1.0,2,2,3,1,1,3,shared,\n",
            ResultFormatter.ToCsv(TwoShops()));
    }

    [Fact]
    public void ToCsv_FormulaLikeText_IsNeutralisedAndQuoted()
    {
        string csv = ResultFormatter.ToCsv(TwoShops(
            new Shop("-c", "=HYPERLINK(\"http://x\")", 0, 0),
            new Shop("@d", "+1, \"two\"", 0, 0, "\tpersonal account")));
        string[] lines = csv.Split('\n');
        Assert.Equal("3,'-c,\"'=HYPERLINK(\"\"http://x\"\")\",0.0,3,3,0,3,3,6,,", lines[3]);
        Assert.Equal(",'@d,\"'+1, \"\"two\"\"\",,,,,,,,,'\tpersonal account", lines[4]);
    }

    [Fact]
    public void WriteCsv_Semicolon_SeparatesWithSemicolonsAndQuotesCellsContainingIt()
    {
        var writer = new StringWriter();
        ResultFormatter.WriteCsv(TwoShops(new Shop("c;d", "c", 0, 0)), writer, ';');
        string[] lines = writer.ToString().Split('\n');
        Assert.StartsWith("final place;id;name;x value;", lines[0], StringComparison.Ordinal);
        Assert.Equal("3;\"c;d\";c;0.0;3;3;0;3;3;6;;", lines[3]);
    }

    [Fact]
    public void WriteCsv_QuoteAsSeparator_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ResultFormatter.WriteCsv(TwoShops(), new StringWriter(), '"'));
        Assert.Equal("A CSV separator must not be a quote, letter, digit, '.', '-', '+' or line break but was '\"'. (Parameter 'separator')", ex.Message);
    }

    [Fact]
    public void ToText_ExcludedPagesAndZones_AreShown()
    {
        var top = new Zone("top", "green");
        RatingResult<PageStats> result = RatingMethod.ForPageStats()
            .Add(ArticleIndicators.Followers)
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(1, top)], null))
            .Build()
            .Evaluate([new PageStats("a") { Followers = 10 }, new PageStats("b") { Followers = 20 }, new PageStats("c") { Name = "East", ExclusionReason = "personal account" }]);

        Assert.Equal(
            "Place  Page  followers  Total  final\n"
            + "-----  ----  ---------  -----  -----\n"
            + "    1  b        20 (1)      1  top\n"
            + "    2  a        10 (2)      2\n"
            + "\n"
            + "Excluded:\n"
            + "  East: personal account\n"
            + "\n"
            + "Ties: min on indicators, min on the total; tie-breakers: none (equal totals share the place).\n"
            + "Indicators:\n"
            + "  'followers': higher is better, 0 decimals, half away from zero, weight 1, missing values rank last.\n",
            ResultFormatter.ToText(result));
    }

    [Fact]
    public void ToMarkdown_SpecialCharacters_AreEscaped()
    {
        string markdown = ResultFormatter.ToMarkdown(TwoShops(new Shop("c", "a|b *c*", 0, 0)));
        Assert.Contains("| 3 | a\\|b \\*c\\* | 0.0 (3) | 0 (3) | 6 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_MissingValue_ShowsNotAvailable()
    {
        string text = ResultFormatter.ToText(TwoShops(new Shop("c", "c", double.NaN, 0)));
        Assert.Contains("    3  c     n/a (3)  0 (3)      6", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Atyrau", "Atyrau")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void NeutralizeFormula_LeadingFormulaCharacter_GetsQuotePrefix(string text, string expected)
    {
        Assert.Equal(expected, ResultFormatter.NeutralizeFormula(text));
    }

    [Theory]
    [InlineData(2.25, 1, "2.3")]
    [InlineData(2.35, 1, "2.4")]
    [InlineData(1.25, 1, "1.3")]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(2.675, 2, "2.68")]
    [InlineData(1.005, 2, "1.01")]
    [InlineData(-3.5, 0, "-4")]
    [InlineData(-0.001, 2, "0.00")]
    [InlineData(447.0, 0, "447")]
    [InlineData(4.0, 2, "4.00")]
    [InlineData(0.1, null, "0.1")]
    [InlineData(double.NaN, 2, "")]
    public void FormatValue_Precision_RoundsTheDecimalHalfAwayFromZeroAsCompared(double value, int? precision, string expected)
    {
        Assert.Equal(expected, ResultFormatter.FormatValue(value, precision is int d ? Precision.Decimals(d) : Precision.Exact));
    }

    [Theory]
    [InlineData(2.25, 1, "2.2")]
    [InlineData(1.25, 1, "1.2")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(2.675, 2, "2.68")]
    [InlineData(-2.5, 0, "-2")]
    public void FormatValue_HalfToEven_RoundsTheDecimalToEven(double value, int precision, string expected)
    {
        Assert.Equal(expected, ResultFormatter.FormatValue(value, Precision.Decimals(precision, MidpointRounding.ToEven)));
    }

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(2.5, "2.5")]
    [InlineData(-2.0, "-2")]
    [InlineData(-0.0, "0")]
    [InlineData(double.NaN, "")]
    public void FormatNumber_Places_WholeWithoutDecimals(double value, string expected)
    {
        Assert.Equal(expected, ResultFormatter.FormatNumber(value));
    }
    [Fact]
    public void Explain_TieBrokenPage_ShowsScoresDecisionAndZones()
    {
        RatingResult<Shop> result = RatingMethod.For<Shop>(s => s.Id)
            .WithNames(s => s.Name)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher))
            .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher), 2)
            .WithTieBreakers("x")
            .AddZones(new PlaceBandZoneScheme("final", [new PlaceBand(1, new Zone("top", "green"))], null))
            .Build()
            .Evaluate([new Shop("a", "Shop A", 3, 1), new Shop("b", "Shop B", 1, 2), new Shop("c", "Shop C", double.NaN, 3)]);

        // x: a 1, b 2, c 3 (missing); y (weight 2): c 1, b 2, a 3. Totals: a 1 + 6 = 7, b 2 + 4 = 6, c 3 + 2 = 5.
        Assert.Equal(
            "Shop A: final place 3 of 3, 7 penalty points.\n"
            + "  x: 3, place 1 × weight 1 = 1\n"
            + "  y: 1, place 3 × weight 2 = 6\n"
            + "No other page has this total.\n"
            + "Zones: final: none.\n",
            ResultFormatter.Explain(result, "a"));
        Assert.Equal(
            "Shop C: final place 1 of 3, 5 penalty points.\n"
            + "  x: n/a (missing, ranked last), place 3 × weight 1 = 3\n"
            + "  y: 3, place 1 × weight 2 = 2\n"
            + "No other page has this total.\n"
            + "Zones: final: top.\n",
            ResultFormatter.Explain(result, "c"));
    }

    [Fact]
    public void Explain_SharedAndTieBrokenPlaces_SayWhatDecided()
    {
        RatingResult<Shop> shared = TwoShops();
        Assert.EndsWith("Shares its place with 'b': equal totals, and no tie-breaker separates them.\n", ResultFormatter.Explain(shared, "a"), StringComparison.Ordinal);

        RatingResult<Shop> broken = RatingMethod.For<Shop>(s => s.Id).WithNames(s => s.Name)
            .Add(new Indicator<Shop>("x", s => s.X, Better.Higher))
            .Add(new Indicator<Shop>("y", s => s.Y, Better.Higher))
            .WithTieBreakers("y").Build()
            .Evaluate([new Shop("a", "A", 2, 1), new Shop("b", "B", 1, 2)]);
        Assert.EndsWith("Tied on the total with 'A'; the better place on 'y' decided.\n", ResultFormatter.Explain(broken, "b"), StringComparison.Ordinal);
    }
}
