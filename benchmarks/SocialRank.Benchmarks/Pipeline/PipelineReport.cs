namespace SocialRank.Benchmarks.Pipeline;

internal static class PipelineReport
{
    public static int Run(Dictionary<string, string> options) => throw new ArgumentException("not yet");
}
