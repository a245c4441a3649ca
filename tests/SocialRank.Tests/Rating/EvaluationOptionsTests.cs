using SocialRank.Rating;

namespace SocialRank.Tests.Rating;

public class EvaluationOptionsTests
{
    [Fact]
    public void Default_IsAutomaticAboveThreshold()
    {
        Assert.Equal(-1, EvaluationOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(100_000, EvaluationOptions.Default.ParallelThreshold);
        Assert.Equal(1, EvaluationOptions.Sequential.MaxDegreeOfParallelism);
    }

    [Fact]
    public void MaxDegreeOfParallelism_Zero_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { MaxDegreeOfParallelism = 0 });
        Assert.Equal("MaxDegreeOfParallelism must be -1 (automatic) or at least 1 but was 0. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void ParallelThreshold_Negative_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { ParallelThreshold = -1 });
        Assert.Equal("ParallelThreshold must be >= 0 but was -1. (Parameter 'value')", ex.Message);
    }
}
