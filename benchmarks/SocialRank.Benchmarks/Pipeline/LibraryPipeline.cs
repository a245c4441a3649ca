using SocialRank.Indicators;

namespace SocialRank.Benchmarks.Pipeline;

// Placeholder until the model branch is merged: delegates to a baseline so that the harness can be exercised.
internal static class LibraryPipeline
{
    public static object Evaluate(IReadOnlyList<PageStats> pages) => MathNetPipeline.Run(pages);

    public static double[] FinalPlaces(object result) => ((PipelineOutput)result).FinalPlaces;

    public static byte[] Zones(object result) => ((PipelineOutput)result).Zones;
}
