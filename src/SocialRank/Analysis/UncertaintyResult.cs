using SocialRank.Internal;
using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>
/// The result of an uncertainty analysis: the nominal rating, each page's places over the runs, and each run's agreement
/// with the nominal ranking. Immutable and thread-safe.
/// </summary>
/// <typeparam name="TPage">The type of page.</typeparam>
public sealed class UncertaintyResult<TPage>
{
    private readonly PageUncertainty[] _pages;
    private readonly RunAgreement[] _runs;
    private readonly Dictionary<string, int> _byId;

    internal UncertaintyResult(
        RatingResult<TPage> nominal, Perturbation perturbation, UncertaintyOptions options, string? zoneScheme, PageUncertainty[] pages, RunAgreement[] runs)
    {
        Nominal = nominal;
        Perturbation = perturbation;
        Options = options;
        ZoneScheme = zoneScheme;
        _pages = pages;
        _runs = runs;
        _byId = new Dictionary<string, int>(pages.Length, StringComparer.Ordinal);
        for (int i = 0; i < pages.Length; i++)
        {
            _byId[pages[i].Id] = i;
        }
    }

    /// <summary>Gets the nominal rating: the method as given, on the pages.</summary>
    public RatingResult<TPage> Nominal { get; }

    /// <summary>Gets the perturbation the runs drew from.</summary>
    public Perturbation Perturbation { get; }

    /// <summary>Gets the options of the analysis (runs, seed, k, quantiles).</summary>
    public UncertaintyOptions Options { get; }

    /// <summary>Gets the name of the zone scheme of <see cref="PageUncertainty.ProbabilityNominalZone"/>, or <see langword="null"/> when the method has none.</summary>
    public string? ZoneScheme { get; }

    /// <summary>Gets every rated page's uncertainty, in nominal final order (as <see cref="RatingResult{TPage}.Rows"/>).</summary>
    public IReadOnlyList<PageUncertainty> Pages => _pages;

    /// <summary>Gets each run's agreement with the nominal ranking, by run; empty when <see cref="UncertaintyOptions.RunCorrelations"/> is off.</summary>
    public IReadOnlyList<RunAgreement> Runs => _runs;

    /// <summary>Returns the uncertainty of the rated page with id <paramref name="id"/>.</summary>
    /// <param name="id">The page id (ordinal comparison).</param>
    /// <returns>The page's uncertainty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rated page has that id.</exception>
    public PageUncertainty Page(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_byId.TryGetValue(id, out int index))
        {
            Throw.NoRow(id);
        }

        return _pages[index];
    }
}
