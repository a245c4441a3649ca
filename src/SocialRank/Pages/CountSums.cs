namespace SocialRank.Pages;

/// <summary>The one rule for summing a count over pages or posts (owner and post aggregation): unknown when any is unknown.</summary>
internal static class CountSums
{
    /// <summary>The sum of <paramref name="count"/> over <paramref name="items"/>: <see langword="null"/> (unknown) when one of them does not know it, 0 over none.</summary>
    internal static double? SumOrUnknown<T>(IEnumerable<T> items, Func<T, double?> count)
    {
        double sum = 0;
        foreach (T item in items)
        {
            if (count(item) is not double value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
