using SocialRank.Indicators;
using SocialRank.Pages;

namespace SocialRank.Tests.Indicators;

/// <summary>The public, read-only view of a value's canonical form: what another package (SQL) walks.</summary>
public class TermTests
{
    public sealed record Counts(string Id, long A, long B, long C);

    private static readonly PageValue<Counts> A = new("a", p => (long?)p.A);
    private static readonly PageValue<Counts> B = new("b", p => (long?)p.B);
    private static readonly PageValue<Counts> C = new("c", p => (long?)p.C);

    [Fact]
    public void Numerator_Leaf_IsAReadOfTheLeafItself()
    {
        Term<Counts> numerator = A.Numerator;
        Assert.Equal(TermKind.Read, numerator.Kind);
        Assert.Same(A, numerator.Field);
        Assert.Null(numerator.Left);
        Assert.Null(numerator.Right);
        Assert.Null(A.Denominator);
        Assert.Empty(A.Divisors);
    }

    [Fact]
    public void Form_RatioOfRatios_IsOneNumeratorOverOneDenominator()
    {
        // (a / b) / c = a / (b × c), missing when b or c is 0.
        PageValue<Counts> value = A.DividedBy(B).DividedBy(C);
        Assert.Equal("a", value.Numerator.ToString());
        Assert.Equal("b × c", value.Denominator!.ToString());
        Assert.Equal(["b", "c"], value.Divisors.Select(d => d.ToString()));
    }

    [Fact]
    public void Form_PercentOf_CarriesTheConstant100InTheNumerator()
    {
        PageValue<Counts> value = (A + B).PercentOf(C);
        Term<Counts> numerator = value.Numerator;
        Assert.Equal(TermKind.Product, numerator.Kind);
        Assert.Equal(TermKind.Constant, numerator.Left!.Kind);
        Assert.Equal(100.0, numerator.Left.Constant);
        Assert.Equal(TermKind.Sum, numerator.Right!.Kind);
        Assert.Same(A, numerator.Right.Left!.Field);
        Assert.Same(B, numerator.Right.Right!.Field);
        Assert.Same(C, value.Denominator!.Field);
    }

    [Fact]
    public void Form_TimesShortDecimal_IsTheFractionOfItsDigits()
    {
        PageValue<Counts> value = A * 1.5;
        Assert.Equal("15 × a", value.Numerator.ToString());
        Assert.Equal("10", value.Denominator!.ToString());
    }

    [Fact]
    public void Form_ArticleEngagementRate_IsInteractionsTimes100OverPostsTimesFollowers()
    {
        PageValue<PageStats> er = ArticleIndicators.EngagementRate.Value;
        // interactions is one field of PageStats (the kinds' counts summed by the page), not a sum term.
        Assert.Equal("100 × interactions", er.Numerator.ToString());
        Assert.Equal("posts × followers", er.Denominator!.ToString());
    }

    [Fact]
    public void ReadsSameFieldAs_RequiredAndRenamedCopies_AreTheSameField()
    {
        Assert.True(A.ReadsSameFieldAs(A.Required()));
        Assert.True(A.Named("other").ReadsSameFieldAs(A));
        Assert.True(PageFields.Followers.Value.ReadsSameFieldAs(PageStatsValues.Followers));
        Assert.False(A.ReadsSameFieldAs(B));
        Assert.False((A + B).ReadsSameFieldAs(A + B));
        Assert.False(A.ReadsSameFieldAs(new PageValue<Counts>("a", p => (long?)p.A)));
    }

    [Fact]
    public void Form_WalkedByHand_GivesTheValuesReadBitForBit()
    {
        // What another package does with the public form: read the fields, add and multiply, divide once; missing when a
        // field is missing, or the denominator or a divisor is 0. It must give exactly what the library reads.
        PageValue<PageStats>[] values =
        [
            .. ArticleIndicators.All.Select(i => i.Value),
            PageStatsValues.Likes.DividedBy(PageStatsValues.Posts) + PageStatsValues.Comments.DividedBy(PageStatsValues.Followers),
            PageStatsValues.Comments.DividedBy(PageStatsValues.Posts + PageStatsValues.Saves),
            (PageStatsValues.Likes + PageStatsValues.Comments).Times(0.5).DividedBy(PageStatsValues.Posts.DividedBy(PageStatsValues.Shares)),
        ];
        var random = new Random(16);
        for (int n = 0; n < 2_000; n++)
        {
            double? Count() => random.Next(8) == 0 ? null : random.Next(0, 6);
            var page = new PageStats("p")
            {
                Followers = Count(), Posts = Count(), Likes = Count(), Comments = Count(), Shares = Count(), Saves = Count(),
                EngagedUsers = Count(), Population = random.Next(0, 3),
            };
            foreach (PageValue<PageStats> value in values)
            {
                double numerator = Walk(value.Numerator, page), denominator = value.Denominator is null ? 1 : Walk(value.Denominator, page);
                bool missing = double.IsNaN(numerator) || double.IsNaN(denominator) || denominator == 0 || value.Divisors.Any(d => Walk(d, page) == 0);
                double expected = value.Read(page);
                Assert.Equal(double.IsNaN(expected), missing);
                if (!missing)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(numerator / denominator));
                }
            }
        }
    }

    private static double Walk(Term<PageStats> term, PageStats page) => term.Kind switch
    {
        TermKind.Read => term.Field!.Read(page),
        TermKind.Constant => term.Constant,
        TermKind.Sum => Walk(term.Left!, page) + Walk(term.Right!, page),
        _ => Walk(term.Left!, page) * Walk(term.Right!, page),
    };
}
