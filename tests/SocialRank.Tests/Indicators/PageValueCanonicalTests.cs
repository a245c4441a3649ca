using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Rating;

namespace SocialRank.Tests.Indicators;

/// <summary>
/// A composed value is one numerator over one denominator, divided once: equal true ratios give identical doubles, so
/// they tie under exact comparison whatever order the formula was written in.
/// </summary>
public class PageValueCanonicalTests
{
    public sealed record Counts(string Id, long A, long B, long C, long D);

    private static readonly PageValue<Counts> A = new("a", p => (long?)p.A);
    private static readonly PageValue<Counts> B = new("b", p => (long?)p.B);
    private static readonly PageValue<Counts> C = new("c", p => (long?)p.C);
    private static readonly PageValue<Counts> D = new("d", p => (long?)p.D);

    [Fact]
    public void EngagementRate_IssueReproducer_EqualTrueRatesGiveIdenticalDoubles()
    {
        // Page A: 3 followers, 1 post, 1 like; page B: 1 follower, 3 posts, 1 like; both ER 100/3 %.
        var a = new PageStats("a") { Followers = 3, Posts = 1, Likes = 1, Comments = 0, Shares = 0, Saves = 0 };
        var b = new PageStats("b") { Followers = 1, Posts = 3, Likes = 1, Comments = 0, Shares = 0, Saves = 0 };
        PageValue<PageStats> er = ArticleIndicators.EngagementRate.Value;
        Assert.Equal(100.0 / 3.0, er.Read(a));
        Assert.Equal(BitConverter.DoubleToInt64Bits(er.Read(a)), BitConverter.DoubleToInt64Bits(er.Read(b)));

        // The naive evaluation order the issue reported gives two different doubles for them.
        Assert.NotEqual(1.0 / 1.0 * 100.0 / 3.0, 1.0 / 3.0 * 100.0 / 1.0);
    }

    [Fact]
    public void Evaluate_IssueReproducerExact_BothPagesShareErPlaceOne()
    {
        PageStats[] pages =
        [
            new("a") { Followers = 3, Posts = 1, Likes = 1, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 1, Population = 100 },
            new("b") { Followers = 1, Posts = 3, Likes = 1, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 1, Population = 100 },
        ];
        RatingResult<PageStats> result = RatingMethod.ArticleBuilder(InteractionKinds.All).WithExactComparison().Build().Evaluate(pages);
        Assert.All(result.Rows, row => Assert.Equal(1.0, row.Scores[ArticleIndicators.EngagementRateName].Place));
    }

    [Fact]
    public void Read_ArticleWorkedExample_IsExactlyFourPercent()
    {
        // METHOD: 10 posts, 100 likes and 20 comments make 12 interactions per post; with 300 followers ER = 4 %.
        var page = new PageStats("x") { Followers = 300, Posts = 10, Likes = 100, Comments = 20 };
        Assert.Equal(4.0, ArticleIndicators.EngagementRateOf(InteractionKinds.LikesAndComments).Value.Read(page));
    }

    [Fact]
    public void DividedBy_ValueWhoseOwnDivisorIsZero_IsMissing()
    {
        // c / (a / b) with b = 0: the divisor a / b is missing, so the ratio is missing, not c × 0 / a = 0.
        PageValue<Counts> ratio = C / (A / B);
        Assert.True(double.IsNaN(ratio.Read(new Counts("p", 5, 0, 7, 1))));
        Assert.Equal(7.0 * 2 / 5, ratio.Read(new Counts("p", 5, 2, 7, 1)));
        Assert.True(double.IsNaN((C / A).PercentOf(A / B).Read(new Counts("p", 5, 0, 7, 1))));
        Assert.True(double.IsNaN((A / B + C / D).Read(new Counts("p", 1, 1, 1, 0))));
    }

    [Fact]
    public void Plus_FractionsWithTheSameDenominator_AddNumerators()
    {
        // 1/3 + 1/3 computed as (1 + 1) / 3: the correctly rounded 2/3, which 1/3 + 1/3 in doubles is not always.
        PageValue<Counts> sum = (A / C) + (B / C);
        Assert.Equal(2.0 / 3.0, sum.Read(new Counts("p", 1, 1, 3, 1)));
        PageValue<Counts> cross = (A / C) + (B / D);
        Assert.Equal((1.0 * 7 + 2.0 * 3) / 21, cross.Read(new Counts("p", 1, 2, 3, 7)));
    }

    [Fact]
    public void Times_ShortDecimalFactor_IsTheExactFraction()
    {
        // 0.1 × 3 in doubles is 0.30000000000000004; as 1 × 3 / 10 it is 0.3.
        Assert.Equal(0.3, (A * 0.1).Read(new Counts("p", 3, 1, 1, 1)));
        Assert.Equal(0.3, (A / B * 0.1).Read(new Counts("p", 6, 2, 1, 1)));
        Assert.Equal(1.5, (A * 0.5).Read(new Counts("p", 3, 1, 1, 1)));
        Assert.Equal(300.0, (A * 100).Read(new Counts("p", 3, 1, 1, 1)));
        Assert.Equal(3 * Math.PI, (A * Math.PI).Read(new Counts("p", 3, 1, 1, 1)));
    }

    /// <summary>
    /// Pages whose counts are proportional (k × interactions and k × posts with the same followers and population, k ×
    /// followers and k × population, ...) have equal true values on every ratio indicator of the article: with exact
    /// comparison they must share the place.
    /// </summary>
    [Property(MaxTest = 1000, Replay = "(11001,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool ArticleRatios_ProportionalCounts_TieUnderExactComparison(ProportionalCase c)
    {
        RatingResult<PageStats> result = RatingMethod.ArticleBuilder(InteractionKinds.All).WithExactComparison().Build().Evaluate(c.Pages());
        RatingRow<PageStats> first = result.Rows.Single(r => r.Id == "base");
        RatingRow<PageStats> second = result.Rows.Single(r => r.Id == "scaled");
        string[] tied = c.Scale switch
        {
            // k × likes, comments, shares, saves and posts: per post and ER are equal.
            ScaleKind.InteractionsAndPosts => [ArticleIndicators.AverageEngagementPerPostName, ArticleIndicators.EngagementRateName],

            // k × followers and population: followers % of population is equal; k × engaged users and population too.
            ScaleKind.FollowersAndPopulation => [ArticleIndicators.FollowersPercentOfPopulationName],
            ScaleKind.EngagedAndPopulation => [ArticleIndicators.EngagedUsersPercentOfPopulationName],

            // k × interactions and followers, same posts: ER is equal.
            _ => [ArticleIndicators.EngagementRateName],
        };
        return tied.All(name => first.Scores[name].Place == second.Scores[name].Place
            && BitConverter.DoubleToInt64Bits(first.Scores[name].Value) == BitConverter.DoubleToInt64Bits(second.Scores[name].Value));
    }

    /// <summary>A user's own composed ratios, written in different orders: equal true values are identical doubles.</summary>
    [Property(MaxTest = 1000, Replay = "(11002,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool UserRatios_ProportionalCounts_AreIdenticalDoubles(UserCase c)
    {
        // (a / b) / c × 100 and a × 100 / (b × c) are the same true value; pages p and q = k × a, k × b, same c.
        PageValue<Counts> nested = (A / B).PercentOf(C);
        PageValue<Counts> flat = (A * 100).DividedBy(B * 1).DividedBy(C);
        var p = new Counts("p", c.A, c.B, c.C, 1);
        var q = new Counts("q", c.A * c.K, c.B * c.K, c.C, 1);
        double[] values = [nested.Read(p), nested.Read(q), flat.Read(p), flat.Read(q)];
        return values.All(v => BitConverter.DoubleToInt64Bits(v) == BitConverter.DoubleToInt64Bits(values[0]));
    }

    /// <summary>
    /// The rating computes the values of a block of pages step by step over the block; the places it gives under exact
    /// comparison (min ties, missing values last) are those of the true values, computed here as exact fractions from
    /// the formulas as written (not through the library), on more pages than one block holds, and at a precision (the
    /// true value rounded half away from zero, so exact midpoints among these small counts are met) as well.
    /// </summary>
    [Property(MaxTest = 40, Replay = "(11003,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Rating_ValuesOfBlocks_GiveThePlacesOfTheTrueValues(BlockCase c)
    {
        PageValue<Counts>[] values =
        [
            (A + B) * 3,
            (A + B).DividedBy(C),
            (A / B).PercentOf(C.Times(2)),
            ((A * 1.5) + D).DividedBy(B + C),
        ];

        // The same four formulas as fractions (numerator, denominator); a denominator of 0 is a missing value.
        Func<Counts, (BigInteger N, BigInteger D)>[] truths =
        [
            p => ((p.A + p.B) * 3, 1),
            p => (p.A + p.B, p.C),
            p => (p.A * 100, p.B * p.C * 2),
            p => ((3 * p.A) + (2 * p.D), 2 * (p.B + p.C)),
        ];
        RatingMethodBuilder<Counts> builder = RatingMethod.For<Counts>(p => p.Id);
        for (int v = 0; v < values.Length; v++)
        {
            builder = builder.Add(new Indicator<Counts>("v" + v, values[v], Better.Higher) { Precision = c.AtPrecision ? Precision.Decimals(1) : Precision.Exact });
        }

        RatingResult<Counts> result = builder.Build().Evaluate(c.Pages);
        for (int v = 0; v < values.Length; v++)
        {
            // Compared as fractions over a common denominator: exactly, or rounded to tenths, half away from zero.
            (BigInteger N, BigInteger D)[] truth = [.. c.Pages.Select(truths[v])];
            BigInteger common = truth.Where(t => !t.D.IsZero).Aggregate(BigInteger.One, (l, t) => l * t.D / BigInteger.GreatestCommonDivisor(l, t.D));
            BigInteger?[] compared = [.. truth.Select(t => t.D.IsZero ? (BigInteger?)null
                : c.AtPrecision ? ((t.N * 20) + t.D) / (2 * t.D)
                : t.N * (common / t.D))];
            int present = compared.Count(x => x is not null);
            for (int i = 0; i < c.Pages.Length; i++)
            {
                double expected = compared[i] is not BigInteger mine ? present + 1 : 1 + compared.Count(x => x is BigInteger other && other > mine);
                if (result.Rows.Single(r => r.InputIndex == i).Scores["v" + v].Place != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public enum ScaleKind
    {
        InteractionsAndPosts,
        FollowersAndPopulation,
        EngagedAndPopulation,
        InteractionsAndFollowers,
    }

    public sealed record ProportionalCase(long[] Counts, long[] Others, long K, ScaleKind Scale)
    {
        /// <summary>The base page, its scaled copy, and a few other pages.</summary>
        public PageStats[] Pages()
        {
            long[] c = Counts;
            long k = K;
            var basePage = new PageStats("base")
            {
                Likes = c[0], Comments = c[1], Shares = c[2], Saves = c[3], Posts = c[4], Followers = c[5], EngagedUsers = c[6], Population = c[7],
            };
            PageStats scaled = Scale switch
            {
                ScaleKind.InteractionsAndPosts => basePage with { Id = "scaled", Likes = c[0] * k, Comments = c[1] * k, Shares = c[2] * k, Saves = c[3] * k, Posts = c[4] * k },
                ScaleKind.FollowersAndPopulation => basePage with { Id = "scaled", Followers = c[5] * k, Population = c[7] * k },
                ScaleKind.EngagedAndPopulation => basePage with { Id = "scaled", EngagedUsers = c[6] * k, Population = c[7] * k },
                _ => basePage with { Id = "scaled", Likes = c[0] * k, Comments = c[1] * k, Shares = c[2] * k, Saves = c[3] * k, Followers = c[5] * k },
            };
            var pages = new List<PageStats> { basePage, scaled };
            for (int i = 0; i + 8 <= Others.Length; i += 8)
            {
                long[] o = Others;
                pages.Add(new PageStats($"other{i}")
                {
                    Likes = o[i], Comments = o[i + 1], Shares = o[i + 2], Saves = o[i + 3], Posts = o[i + 4], Followers = o[i + 5], EngagedUsers = o[i + 6], Population = o[i + 7],
                });
            }

            return [.. pages];
        }
    }

    public sealed record UserCase(long A, long B, long C, long K);

    public sealed record BlockCase(Counts[] Pages, bool AtPrecision);

    public static class Arbitraries
    {
        // Counts from 1 to a million (posts and population at least 1) and factors up to 1,000: products stay below 2^53.
        private static readonly Gen<long> Count = Gen.Frequency(
            (3, Gen.Choose(1, 50).Select(i => (long)i)),
            (2, Gen.Choose(1, 1_000_000).Select(i => (long)i)));

        public static Arbitrary<ProportionalCase> Proportional() =>
            (from counts in Gen.ArrayOf(Count, 8)
             from others in Gen.ArrayOf(Count, 24)
             from k in Gen.Choose(2, 1000)
             from scale in Gen.Elements(Enum.GetValues<ScaleKind>())
             select new ProportionalCase(counts, others, k, scale)).ToArbitrary();

        // Small counts (zeros too: missing values) so that values tie; 300 pages, more than one block of 256.
        public static Arbitrary<BlockCase> Blocks() =>
            (from counts in Gen.ArrayOf(Gen.Choose(0, 12).Select(i => (long)i), 4 * 300)
             from atPrecision in Gen.Elements(false, true)
             select new BlockCase(
                 [.. Enumerable.Range(0, 300).Select(i => new Counts("p" + i, counts[4 * i], counts[(4 * i) + 1], counts[(4 * i) + 2], counts[(4 * i) + 3]))],
                 atPrecision)).ToArbitrary();

        public static Arbitrary<UserCase> Users() =>
            (from a in Count
             from b in Count
             from c in Count
             from k in Gen.Choose(2, 1000)
             select new UserCase(a, b, c, k)).ToArbitrary();
    }
}
