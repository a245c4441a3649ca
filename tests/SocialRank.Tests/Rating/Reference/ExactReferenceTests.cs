using System.Globalization;
using System.Text;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Tests.Rating.Reference;

/// <summary>
/// The article's method against ExactReference.json.gz, computed in exact arithmetic by tests/reference/make_exact_reference.py:
/// equal true ratios tie (METHOD section 3, "Exact means exact"), and values with a precision are rounded from their true
/// value by the method's midpoint rule ("Equal as published").
/// </summary>
public class ExactReferenceTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (string name in ExactReference.Names)
            {
                foreach (string mode in new[] { ExactReference.Exact, ExactReference.Away, ExactReference.Even })
                {
                    cases.Add(name, mode);
                }
            }

            return cases;
        }
    }

    [Fact]
    public void ReferenceData_HasTheRatingsAndTheReproducer_AsGenerated()
    {
        Assert.True(ExactReference.Names.Count() >= 6);
        Assert.True(ExactReference.Names.Sum(n => ExactReference.Get(n).Pages.Length) >= 2000);

        // The issue's reproducer: A (3 followers, 1 post, 1 like) and B (1 follower, 3 posts, 1 like) both have an ER of
        // exactly 100/3 % and share place 1 on ER in every mode.
        ExactRating reproducer = ExactReference.Get("reproducer");
        Assert.Equal(new double?[] { 3, 1, 1 }, new double?[] { reproducer.Pages[0].Followers, reproducer.Pages[0].Posts, reproducer.Pages[0].Likes });
        Assert.Equal(new double?[] { 1, 3, 1 }, new double?[] { reproducer.Pages[1].Followers, reproducer.Pages[1].Posts, reproducer.Pages[1].Likes });
        foreach (string mode in new[] { ExactReference.Exact, ExactReference.Away, ExactReference.Even })
        {
            Assert.Equal(1, reproducer.Places[mode][0][5]);
            Assert.Equal(1, reproducer.Places[mode][1][5]);
        }
    }

    [Fact]
    public void Evaluate_Reproducer_EqualTrueErsShareThePlace()
    {
        PageStats a = new("A") { Followers = 3, Posts = 1, Likes = 1, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 10, Population = 1000 };
        PageStats b = new("B") { Followers = 1, Posts = 3, Likes = 1, Comments = 0, Shares = 0, Saves = 0, EngagedUsers = 10, Population = 1000 };
        RatingResult<PageStats> result = Method(ExactReference.Exact).Evaluate([a, b]);

        Assert.Equal(1.0, result.Row("A").Scores[ArticleIndicators.EngagementRateName].Place);
        Assert.Equal(1.0, result.Row("B").Scores[ArticleIndicators.EngagementRateName].Place);
        Assert.Equal(result.Row("A").Scores[ArticleIndicators.EngagementRateName].Value, result.Row("B").Scores[ArticleIndicators.EngagementRateName].Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_ReferenceRating_EveryPlaceAsComputedExactly(string name, string mode)
    {
        ExactRating rating = ExactReference.Get(name);
        long[][] expected = rating.Places[mode];
        RatingResult<PageStats> result = Method(mode).Evaluate(rating.Pages);

        Assert.Empty(result.Excluded);
        Assert.Equal(rating.Pages.Length, result.Rows.Count);
        var failures = new StringBuilder();
        int count = 0;
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            long[] reference = expected[row.InputIndex];
            Assert.Equal(row.Id, rating.Pages[row.InputIndex].Id);
            double[] actual = [.. row.Scores.Select(s => s.Place), row.Total, row.FinalPlace];
            if (!actual.SequenceEqual(reference.Select(x => (double)x)))
            {
                if (++count <= 25)
                {
                    PageStats p = row.Page;
                    failures.AppendLine(CultureInfo.InvariantCulture,
                        $"{row.Id} (followers {p.Followers}, posts {p.Posts}, interactions {p.Likes}+{p.Comments}+{p.Shares}+{p.Saves}, engaged {p.EngagedUsers?.ToString(CultureInfo.InvariantCulture) ?? "-"}, population {p.Population}): "
                        + $"expected [{string.Join(", ", reference)}] got [{string.Join(", ", actual.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}]; "
                        + $"values [{string.Join(", ", row.Scores.Select(s => s.Value.ToString("R", CultureInfo.InvariantCulture)))}]");
                }
            }
        }

        Assert.True(count == 0, string.Create(CultureInfo.InvariantCulture, $"{count} of {rating.Pages.Length} pages differ in '{name}' ({mode}):\n{failures}"));
    }

    /// <summary>The article's method in the reference's mode: exact comparison, or as published half away from zero (the default) or half to even.</summary>
    private static RatingMethod<PageStats> Method(string mode) => mode switch
    {
        ExactReference.Exact => RatingMethod.ArticleBuilder(InteractionKinds.All).WithExactComparison().Build(),
        ExactReference.Away => RatingMethod.Article(),
        ExactReference.Even => RatingMethod.ArticleBuilder(InteractionKinds.All).WithMidpointRounding(MidpointRounding.ToEven).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown mode."),
    };
}
