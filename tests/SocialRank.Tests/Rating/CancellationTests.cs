using SocialRank.Analysis;
using SocialRank.Rating;
using SocialRank.Tests.Analysis;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Rating;

/// <summary>Cancellation and progress of long evaluations and analyses: stages told in order, a cancelled run throws and leaves nothing behind.</summary>
public class CancellationTests
{
    /// <summary>Records what it is told, on the thread that tells it (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Recorder<T>(Action<T>? then = null) : IProgress<T>
    {
        public List<T> Told { get; } = [];

        public void Report(T value)
        {
            lock (Told)
            {
                Told.Add(value);
            }

            then?.Invoke(value);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Evaluate_TellsEveryStageInOrder_AndGivesTheSameResult(int threads)
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(150_000);
        var recorder = new Recorder<EvaluationStage>();
        using var source = new CancellationTokenSource();
        RatingResult<TestPage> told = method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = threads, Progress = recorder, CancellationToken = source.Token });
        Assert.Equal([EvaluationStage.PagesRead, EvaluationStage.IndicatorsRanked, EvaluationStage.FinalPlaces, EvaluationStage.Zones], recorder.Told);
        Assert.Equal(method.Evaluate(pages).Columns.FinalPlaces.ToArray(), told.Columns.FinalPlaces.ToArray());
    }

    [Theory]
    [InlineData(EvaluationStage.PagesRead, 1)]
    [InlineData(EvaluationStage.PagesRead, 2)]
    [InlineData(EvaluationStage.IndicatorsRanked, 2)]
    [InlineData(EvaluationStage.FinalPlaces, 1)]
    public void Evaluate_CancelledMidway_Throws_AndTheNextEvaluationIsWhole(EvaluationStage at, int threads)
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(150_000);
        using var source = new CancellationTokenSource();
        var recorder = new Recorder<EvaluationStage>(stage =>
        {
            if (stage == at)
            {
                source.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => method.Evaluate(pages, new EvaluationOptions { MaxDegreeOfParallelism = threads, Progress = recorder, CancellationToken = source.Token }));
        Assert.Equal(at, recorder.Told[^1]);
        Assert.DoesNotContain(EvaluationStage.Zones, recorder.Told);

        // The scratch memory went back to its pools: the next evaluation is the same as ever.
        Assert.Equal(method.Evaluate(pages, EvaluationOptions.Sequential).Columns.FinalPlaces.ToArray(), method.Evaluate(pages).Columns.FinalPlaces.ToArray());
    }

    [Fact]
    public void Evaluate_AlreadyCancelled_ThrowsBeforeReadingAPage()
    {
        int read = 0;
        RatingMethod<Shop> method = RatingMethod.For<Shop>(s => s.Id).Add(new SocialRank.Indicators.Indicator<Shop>("x", s => { Interlocked.Increment(ref read); return s.X; }, SocialRank.Indicators.Better.Higher)).Build();
        Assert.ThrowsAny<OperationCanceledException>(() => method.Evaluate(FourShops(), new EvaluationOptions { CancellationToken = new CancellationToken(canceled: true) }));
        Assert.Equal(0, read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Uncertainty_TellsEachRunDone_AndStopsWhenCancelled(int threads)
    {
        (RatingMethod<TestPage> method, TestPage[] pages) = UncertaintyAnalysisTests.LongTable(2_000);
        var done = new Recorder<int>();
        UncertaintyAnalysis.Run(method, pages, Perturbation.Weights(), new UncertaintyOptions { Runs = 40, MaxDegreeOfParallelism = threads, Progress = done });
        Assert.Equal(Enumerable.Range(1, 40), done.Told.Order());

        using var source = new CancellationTokenSource();
        var cancelling = new Recorder<int>(n =>
        {
            if (n == 5)
            {
                source.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyAnalysis.Run(
            method, pages, Perturbation.Weights(), new UncertaintyOptions { Runs = 1_000, MaxDegreeOfParallelism = threads, Progress = cancelling, CancellationToken = source.Token }));
        Assert.InRange(cancelling.Told.Count, 5, 5 + threads);
    }
}
