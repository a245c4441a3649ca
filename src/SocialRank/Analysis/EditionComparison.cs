using SocialRank.Internal;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Analysis;

/// <summary>
/// Compares two editions of a rating (METHOD section 7, "Editions"): the same method over two periods, pages matched by
/// id. Each page's place then and now and its change, explained indicator by indicator; new pages, pages that left and
/// pages excluded in one edition, with the reason; the agreement of the two rankings over the pages rated in both.
/// </summary>
public static class EditionComparison
{
    /// <summary>Compares <paramref name="then"/> (the earlier edition) with <paramref name="now"/>.</summary>
    /// <param name="then">The earlier edition.</param>
    /// <param name="now">The later edition.</param>
    /// <param name="options">The id map, whether different methods may be compared, how many movers; <see langword="null"/> for <see cref="EditionOptions.Default"/>.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="then"/> or <paramref name="now"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The editions' methods differ (indicators, their order, directions, precisions,
    /// weights or tie methods) and <see cref="EditionOptions.AllowDifferentMethods"/> is not set.</exception>
    public static EditionComparisonResult Compare<TPage>(RatingResult<TPage> then, RatingResult<TPage> now, EditionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        options ??= EditionOptions.Default;
        string? difference = MethodDifference(then.Method, now.Method);
        if (difference is not null && !options.AllowDifferentMethods)
        {
            Throw.EditionMethodsDiffer(difference, nameof(now));
        }

        // The earlier edition's rows and exclusions by id, renamed pages under their new id.
        string Renamed(string id) => options.IdMap is { } map && map.TryGetValue(id, out string? renamed) ? renamed : id;
        var thenRows = new Dictionary<string, RatingRow<TPage>>(StringComparer.Ordinal);
        foreach (RatingRow<TPage> row in then.Rows)
        {
            thenRows[Renamed(row.Id)] = row;
        }

        var thenExcluded = new Dictionary<string, ExcludedPage<TPage>>(StringComparer.Ordinal);
        foreach (ExcludedPage<TPage> page in then.Excluded)
        {
            thenExcluded[Renamed(page.Id)] = page;
        }

        bool sameIndicators = then.Method.Indicators.Count == now.Method.Indicators.Count
            && then.Method.Indicators.Select(i => i.Indicator.Name).SequenceEqual(now.Method.Indicators.Select(i => i.Indicator.Name), StringComparer.Ordinal);
        var pages = new List<PageChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var commonThen = new List<double>();
        var commonNow = new List<double>();
        foreach (RatingRow<TPage> row in now.Rows)
        {
            string id = row.Id;
            seen.Add(id);
            if (thenRows.TryGetValue(id, out RatingRow<TPage> before))
            {
                IndicatorChange[] indicators = sameIndicators ? Changes(before, row) : [];
                pages.Add(new PageChange(id, row.Name, EditionStatus.Rated, before.FinalPlace, row.FinalPlace, ZoneName(before), ZoneName(row), indicators, null));
                commonThen.Add(before.FinalPlace);
                commonNow.Add(row.FinalPlace);
            }
            else
            {
                string? reason = thenExcluded.TryGetValue(id, out ExcludedPage<TPage>? excluded) ? excluded.Reason : null;
                pages.Add(new PageChange(id, row.Name, reason is null ? EditionStatus.New : EditionStatus.ExcludedThen, null, row.FinalPlace, null, ZoneName(row), [], reason));
            }
        }

        foreach (ExcludedPage<TPage> page in now.Excluded)
        {
            seen.Add(page.Id);
            string name = now.Method.NameOf(page.Page);
            double? placeThen = thenRows.TryGetValue(page.Id, out RatingRow<TPage> before) ? before.FinalPlace : null;
            string? reasonThen = placeThen is null && thenExcluded.TryGetValue(page.Id, out ExcludedPage<TPage>? excludedThen) ? excludedThen.Reason : null;
            pages.Add(new PageChange(page.Id, name, EditionStatus.ExcludedNow, placeThen, null, placeThen is null ? null : ZoneName(before), null, [], page.Reason, reasonThen));
        }

        foreach (RatingRow<TPage> row in then.Rows)
        {
            string id = Renamed(row.Id);
            if (!seen.Contains(id))
            {
                pages.Add(new PageChange(id, row.Name, EditionStatus.Left, row.FinalPlace, null, ZoneName(row), null, [], null));
            }
        }

        double tau = double.NaN, rho = double.NaN;
        if (commonThen.Count >= 2)
        {
            tau = RankCorrelation.KendallTauB(commonThen.ToArray(), commonNow.ToArray());
            rho = RankCorrelation.Spearman(commonThen.ToArray(), commonNow.ToArray());
        }

        PageChange[] moved = [.. pages.Where(p => p.Change is > 0 or < 0).OrderByDescending(p => Math.Abs(p.Change!.Value)).ThenBy(p => p.PlaceNow)];
        return new EditionComparisonResult(pages, commonThen.Count, tau, rho, [.. moved.Take(options.Movers)], difference);
    }

    /// <summary>
    /// Follows pages across editions, oldest first (a monthly series): each page's final place and zone in each edition,
    /// and each edition compared with the one before. Pages are matched by id; <see cref="EditionOptions.IdMap"/> renames
    /// the earlier editions' ids.
    /// </summary>
    /// <param name="editions">The editions, oldest first: at least one.</param>
    /// <param name="options">The id map, whether different methods may be followed, how many movers per step; <see langword="null"/> for <see cref="EditionOptions.Default"/>.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="editions"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No edition is given, or two consecutive editions' methods differ and <see cref="EditionOptions.AllowDifferentMethods"/> is not set.</exception>
    public static EditionHistory History<TPage>(IReadOnlyList<RatingResult<TPage>> editions, EditionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(editions);
        if (editions.Count == 0)
        {
            Throw.NoEditions(nameof(editions));
        }

        options ??= EditionOptions.Default;
        var steps = new List<EditionComparisonResult>(editions.Count - 1);
        for (int e = 0; e < editions.Count; e++)
        {
            Throw.IfNull(editions[e], nameof(editions));
            if (e > 0)
            {
                steps.Add(Compare(editions[e - 1], editions[e], options));
            }
        }

        // Every page's place and zone by edition; pages first seen in order of the latest edition, then backwards.
        string Renamed(string id) => options.IdMap is { } map && map.TryGetValue(id, out string? renamed) ? renamed : id;
        int n = editions.Count;
        var byId = new Dictionary<string, (string Name, double?[] Places, Zone?[] Zones)>(StringComparer.Ordinal);
        var order = new List<string>();
        (string Name, double?[] Places, Zone?[] Zones) Entry(string id, string name)
        {
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = (name, new double?[n], new Zone?[n]);
                byId[id] = entry;
                order.Add(id);
            }

            return entry;
        }

        for (int e = n - 1; e >= 0; e--)
        {
            RatingResult<TPage> edition = editions[e];
            foreach (RatingRow<TPage> row in edition.Rows)
            {
                var entry = Entry(e == n - 1 ? row.Id : Renamed(row.Id), row.Name);
                entry.Places[e] = row.FinalPlace;
                entry.Zones[e] = row.Zones.Count > 0 ? row.ZoneOf(0) : null;
            }

            foreach (ExcludedPage<TPage> page in edition.Excluded)
            {
                Entry(e == n - 1 ? page.Id : Renamed(page.Id), edition.Method.NameOf(page.Page));
            }
        }

        PageHistory[] pages = [.. order.Select(id => new PageHistory(id, byId[id].Name, byId[id].Places, byId[id].Zones))];
        PageHistory[] ordered = [.. pages.Where(p => p.Latest is not null), .. pages.Where(p => p.Latest is null).OrderBy(p => p.Places.LastOrDefault(x => x is not null) ?? double.MaxValue)];
        return new EditionHistory(n, ordered, steps);
    }

    /// <summary>The change of each indicator's place and weighted penalty, then minus now (positive: better now).</summary>
    private static IndicatorChange[] Changes<TPage>(RatingRow<TPage> then, RatingRow<TPage> now)
    {
        IndicatorScores before = then.Scores, after = now.Scores;
        var changes = new IndicatorChange[after.Count];
        for (int j = 0; j < changes.Length; j++)
        {
            changes[j] = new IndicatorChange(after[j].Indicator, before[j].Place, after[j].Place, before[j].Penalty - after[j].Penalty);
        }

        return changes;
    }

    private static string? ZoneName<TPage>(RatingRow<TPage> row) => row.Zones.Count > 0 ? row.ZoneOf(0)?.Name : null;

    /// <summary>What differs between two methods in what decides the places, or <see langword="null"/> when nothing does.</summary>
    private static string? MethodDifference<TPage>(RatingMethod<TPage> then, RatingMethod<TPage> now)
    {
        if (then.Indicators.Count != now.Indicators.Count)
        {
            return $"{then.Indicators.Count} indicators then, {now.Indicators.Count} now";
        }

        for (int j = 0; j < now.Indicators.Count; j++)
        {
            WeightedIndicator<TPage> a = then.Indicators[j], b = now.Indicators[j];
            if (a.Indicator.Name != b.Indicator.Name)
            {
                return $"indicator {j + 1} is '{a.Indicator.Name}' then and '{b.Indicator.Name}' now";
            }

            if (a.Indicator.Better != b.Indicator.Better || a.Indicator.Precision != b.Indicator.Precision || !a.Weight.Equals(b.Weight) || a.Indicator.Missing != b.Indicator.Missing)
            {
                return $"'{b.Indicator.Name}' has another direction, precision, weight or missing-value rule";
            }
        }

        if (then.IndicatorTies != now.IndicatorTies || then.FinalTies != now.FinalTies)
        {
            return "the tie methods differ";
        }

        return then.TieBreakers.SequenceEqual(now.TieBreakers, StringComparer.Ordinal) ? null : "the tie-breakers differ";
    }
}
