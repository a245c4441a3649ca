using SocialRank.Analysis;
using SocialRank.Indicators;
using SocialRank.Rating;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Analysis;

public class AgreementReportTests
{
    [Fact]
    public void Of_NearDuplicateIndicators_AreReportedRedundant()
    {
        // "followers" and "followers per head" of regions of similar population: almost the same order.
        RatingMethod<TestPage> method = RatingMethod.For<TestPage>(p => p.Id)
            .Add(new Indicator<TestPage>("followers", p => p.Values[0], Better.Higher))
            .Add(new Indicator<TestPage>("followers %", p => p.Values[0] / p.Values[1], Better.Higher))
            .Add(new Indicator<TestPage>("posts", p => p.Values[2], Better.Lower))
            .Build();
        var random = new Random(3);
        TestPage[] pages = [.. Enumerable.Range(0, 30).Select(i => new TestPage("p" + i, [random.Next(1000, 100_000), random.Next(990, 1010), random.Next(100)]))];
        RatingResult<TestPage> result = method.Evaluate(pages);

        AgreementReport report = AgreementReport.Of(result);

        Assert.Equal(0.9, report.RedundancyThreshold);
        Assert.Equal(["followers|followers %", "followers|posts", "followers %|posts"], report.Pairs.Select(p => p.First + "|" + p.Second));
        Assert.Equal(["followers|followers %"], report.Redundant.Select(p => p.First + "|" + p.Second));
        Assert.Equal(["followers", "followers %", "posts"], report.Indicators.Select(i => i.Indicator));

        double[][] places = [.. Enumerable.Range(0, 3).Select(j => result.RowsInInputOrder.Select(r => r.Scores[j].Place).ToArray())];
        double[] final = [.. result.RowsInInputOrder.Select(r => r.FinalPlace)];
        Assert.Equal(RankCorrelation.KendallW(places), report.KendallW);
        Assert.Equal(RankCorrelation.Spearman(places[2], final), report.Indicators[2].Spearman);
        Assert.Equal(RankCorrelation.KendallTauB(places[0], places[1]), report.Pairs[0].KendallTauB);
    }

    [Fact]
    public void Of_ThresholdOutOfRange_IsRejected()
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AgreementReport.Of(method.Evaluate(pages), 1.5));
        Assert.Equal("The redundancy threshold must be from 0 to 1 but was 1.5. (Parameter 'redundancyThreshold')", e.Message);
    }
}
