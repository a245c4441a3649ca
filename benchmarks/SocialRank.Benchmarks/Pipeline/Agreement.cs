using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// Checks that the library and both baselines give the same places, final places and zones, and that the library gives
/// the same result on one thread, by default, and on four threads.
/// </summary>
internal static class Agreement
{
    /// <summary>Runs the three pipelines over <paramref name="pages"/>, as published and exactly; throws with the first difference.</summary>
    public static void Check(IReadOnlyList<PageStats> pages)
    {
        Check(pages, Comparison.AsPublished);
        Check(pages, Comparison.Exact);
    }

    /// <summary>Runs the three pipelines over <paramref name="pages"/> with one comparison; throws with the first difference.</summary>
    public static void Check(IReadOnlyList<PageStats> pages, Comparison comparison)
    {
        PipelineOutput linq = LinqPipeline.Run(pages, comparison);
        PipelineOutput mathNet = MathNetPipeline.Run(pages, comparison);
        RatingResult<PageStats> library = LibraryPipeline.Evaluate(pages, comparison);
        RatingResult<PageStats> sequential = LibraryPipeline.Evaluate(pages, EvaluationOptions.Sequential, comparison);
        RatingResult<PageStats> parallel = LibraryPipeline.Evaluate(pages, new EvaluationOptions { ParallelThreshold = 0, MaxDegreeOfParallelism = 4 }, comparison);
        Same("LINQ", linq, "MathNet", mathNet);
        if (library.Excluded.Count != 0)
        {
            throw new InvalidOperationException($"SocialRank excluded {library.Excluded.Count} pages; the baselines exclude none.");
        }

        double[][] places = LibraryPipeline.Places(library);
        for (int k = 0; k < ArticleFormulas.Count; k++)
        {
            SameColumn($"{comparison}: indicator {k + 1} places", "LINQ", linq.Places[k], "SocialRank", places[k]);
        }

        SameColumn("final places", "LINQ", linq.FinalPlaces, "SocialRank", LibraryPipeline.FinalPlaces(library));
        SameColumn("zones", "LINQ", linq.Zones, "SocialRank", LibraryPipeline.Zones(library));
        foreach ((string name, RatingResult<PageStats> other) in new[] { ("SocialRank (sequential)", sequential), ("SocialRank (4 threads)", parallel) })
        {
            double[][] otherPlaces = LibraryPipeline.Places(other);
            for (int k = 0; k < ArticleFormulas.Count; k++)
            {
                SameColumn($"indicator {k + 1} places", "SocialRank", places[k], name, otherPlaces[k]);
            }

            SameColumn("final places", "SocialRank", LibraryPipeline.FinalPlaces(library), name, LibraryPipeline.FinalPlaces(other));
            SameColumn("zones", "SocialRank", LibraryPipeline.Zones(library), name, LibraryPipeline.Zones(other));
        }
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
