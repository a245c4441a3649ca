namespace SocialRank.Analysis;

/// <summary>
/// How one page's final place varies over the runs of an uncertainty analysis. Places are final places (1 is the best);
/// quantiles are those of the runs' places, linearly interpolated between order statistics (numpy's default, R's type 7).
/// </summary>
public sealed class PageUncertainty
{
    private readonly double[] _quantiles;

    internal PageUncertainty(
        string id, string name, double nominal, double min, double max, double[] quantiles, double median, double lower, double upper,
        double topK, double zone, double shift, bool exact)
    {
        Id = id;
        Name = name;
        NominalPlace = nominal;
        MinPlace = min;
        MaxPlace = max;
        _quantiles = quantiles;
        MedianPlace = median;
        Lower = lower;
        Upper = upper;
        ProbabilityTopK = topK;
        ProbabilityNominalZone = zone;
        MeanAbsoluteShift = shift;
        QuantilesAreExact = exact;
    }

    /// <summary>Gets the page's id.</summary>
    public string Id { get; }

    /// <summary>Gets the page's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the page's final place in the nominal rating.</summary>
    public double NominalPlace { get; }

    /// <summary>Gets the median of the page's places over the runs.</summary>
    public double MedianPlace { get; }

    /// <summary>Gets the 5th percentile of the page's places: the better end of its 5–95 % interval.</summary>
    public double Lower { get; }

    /// <summary>Gets the 95th percentile of the page's places: the worse end of its 5–95 % interval.</summary>
    public double Upper { get; }

    /// <summary>Gets the best place the page took in any run.</summary>
    public double MinPlace { get; }

    /// <summary>Gets the worst place the page took in any run.</summary>
    public double MaxPlace { get; }

    /// <summary>Gets the quantiles asked for in <see cref="UncertaintyOptions.Quantiles"/>, in that order.</summary>
    public IReadOnlyList<double> Quantiles => _quantiles;

    /// <summary>Gets the share of runs that placed the page <see cref="UncertaintyOptions.TopK"/>-th or better.</summary>
    public double ProbabilityTopK { get; }

    /// <summary>Gets the share of runs in which the page kept its nominal zone, or NaN when the method has no zone scheme.</summary>
    public double ProbabilityNominalZone { get; }

    /// <summary>Gets the mean over the runs of |place − nominal place|.</summary>
    public double MeanAbsoluteShift { get; }

    /// <summary>
    /// Gets a value indicating whether the quantiles are exact. They are on tables of up to
    /// <see cref="UncertaintyAnalysis.ExactPages"/> pages, and on longer ones for a page whose places stay within a window of
    /// 32 places; otherwise a place is known to within 1/64 of the page's range in the first runs (the memory per page is fixed,
    /// whatever the number of runs). The minimum, maximum, probabilities and mean shift are always exact.
    /// </summary>
    public bool QuantilesAreExact { get; }
}
