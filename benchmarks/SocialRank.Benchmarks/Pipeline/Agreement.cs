using SocialRank.Indicators;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>Checks that the library and both baselines give the same places, final places and zones.</summary>
internal static class Agreement
{
    /// <summary>Runs the three pipelines over <paramref name="pages"/>; throws with the first difference.</summary>
    public static void Check(IReadOnlyList<PageStats> pages)
    {
        PipelineOutput linq = LinqPipeline.Run(pages);
        PipelineOutput mathNet = MathNetPipeline.Run(pages);
        object library = LibraryPipeline.Evaluate(pages);
        Same("LINQ", linq, "MathNet", mathNet);
        SameColumn("final places", "LINQ", linq.FinalPlaces, "SocialRank", LibraryPipeline.FinalPlaces(library));
        SameColumn("zones", "LINQ", linq.Zones, "SocialRank", LibraryPipeline.Zones(library));
    }

    /// <summary>Checks final places against another implementation's (e.g. pandas'), page by page.</summary>
    public static void SameColumn<T>(string what, string leftName, IReadOnlyList<T> left, string rightName, IReadOnlyList<T> right)
        where T : IEquatable<T>
    {
        if (left.Count != right.Count)
        {
            throw new InvalidOperationException($"{what}: {leftName} has {left.Count} pages, {rightName} {right.Count}.");
        }

        int differences = 0;
        int first = -1;
        for (int i = 0; i < left.Count; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                differences++;
                first = first < 0 ? i : first;
            }
        }

        if (differences > 0)
        {
            throw new InvalidOperationException(
                $"{what} differ on {differences} of {left.Count} pages; first at page {first}: {leftName} {left[first]}, {rightName} {right[first]}.");
        }
    }

    private static void Same(string leftName, PipelineOutput left, string rightName, PipelineOutput right)
    {
        for (int k = 0; k < ArticleFormulas.Count; k++)
        {
            SameColumn($"indicator {k + 1} values", leftName, left.Values[k].Select(BitConverter.DoubleToInt64Bits).ToArray(), rightName, right.Values[k].Select(BitConverter.DoubleToInt64Bits).ToArray());
            SameColumn($"indicator {k + 1} places", leftName, left.Places[k], rightName, right.Places[k]);
        }

        SameColumn("totals", leftName, left.Totals, rightName, right.Totals);
        SameColumn("final places", leftName, left.FinalPlaces, rightName, right.FinalPlaces);
        SameColumn("zones", leftName, left.Zones, rightName, right.Zones);
    }
}
