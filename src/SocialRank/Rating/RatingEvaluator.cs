using System.Runtime.InteropServices;
using SocialRank.Indicators;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>
/// Evaluates a rating method, in columns: values per indicator, places per indicator (the span ranker), weighted totals,
/// final places (the ranker again, with tie-breakers), zones.
/// </summary>
internal static class RatingEvaluator
{
    /// <summary>The most rated pages tie-breakers support: group × (m + 1) + place must stay exact in a double (below 2^53).</summary>
    internal const int MaxPagesWithTieBreakers = 90_000_000;

    private static readonly RankOptions DenseAscending = new() { Ties = TieMethod.Dense };
    private static readonly RankOptions OrdinalAscending = new() { Ties = TieMethod.Ordinal };

    internal static RatingResult<TPage> Evaluate<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, EvaluationOptions options)
    {
        int n = pages.Count;
        int k = method.Indicators.Count;
        int degree = DegreeOfParallelism(options, n, k);
        List<PageProblem>? problems = null;

        CheckPages(method, pages, ref problems);

        // 1. Values, one column per indicator (indicators read pages once each).
        var names = new string[k];
        var precisions = new int?[k];
        for (int j = 0; j < k; j++)
        {
            names[j] = method.Indicators[j].Indicator.Name;
            precisions[j] = method.Indicators[j].Indicator.Precision;
        }

        var columns = new RatingColumns(0, names, precisions, method.Weights);
        double[][] values = columns.ValueColumns;
        ForEachIndicator(k, degree, j =>
        {
            var column = new double[n];
            ReadColumn(method.Indicators[j].Indicator.Value, pages, column);
            values[j] = column;
        });

        // 2. Eligibility and missing-value rules.
        List<ExcludedPage<TPage>>? excluded = null;
        bool[]? isExcluded = null;
        for (int i = 0; i < n; i++)
        {
            TPage page = pages[i];
            if (page is null)
            {
                continue;
            }

            string? reason = method.ExclusionReasonOf?.Invoke(page);
            bool anyMissing = false;
            for (int j = 0; j < k && !anyMissing; j++)
            {
                anyMissing = double.IsNaN(values[j][i]);
            }

            if (anyMissing && reason is null)
            {
                reason = ApplyMissingRules(method, page, i, values, ref problems);
            }

            if (reason is not null)
            {
                excluded ??= [];
                excluded.Add(new ExcludedPage<TPage>(page, method.IdOf(page) ?? "", i, reason));
                isExcluded ??= new bool[n];
                isExcluded[i] = true;
            }
        }

        if (problems is not null)
        {
            throw new InvalidPagesException(problems);
        }

        // 3. Leave excluded pages out: move rated rows to the front of each column, in input order.
        int m = n;
        if (isExcluded is not null)
        {
            m = n - excluded!.Count;
            var inputIndices = new int[m];
            for (int i = 0, r = 0; i < n; i++)
            {
                if (!isExcluded[i])
                {
                    inputIndices[r++] = i;
                }
            }

            foreach (double[] column in values)
            {
                for (int r = 0; r < m; r++)
                {
                    column[r] = column[inputIndices[r]];
                }
            }

            columns = Rebase(columns, m);
            columns.InputIndices = inputIndices;
        }
        else
        {
            columns = Rebase(columns, m);
        }

        // 4. Places, one column per indicator: independent, so they may be ranked in parallel.
        double[][] places = columns.PlaceColumns;
        double[][] rated = columns.ValueColumns;
        RankOptions[] rankOptions = method.RankOptions;
        RankWorkspace? shared = null;
        if (degree <= 1)
        {
            shared = new RankWorkspace(m);
            for (int j = 0; j < k; j++)
            {
                places[j] = new double[m];
                Ranker.Rank(rated[j].AsSpan(0, m), places[j], rankOptions[j], shared);
            }
        }
        else
        {
            var po = new ParallelOptions { MaxDegreeOfParallelism = degree };
            Parallel.For(0, k, po, () => new RankWorkspace(), (j, _, workspace) =>
            {
                places[j] = new double[m];
                Ranker.Rank(rated[j].AsSpan(0, m), places[j], rankOptions[j], workspace);
                return workspace;
            }, static _ => { });
        }

        shared ??= new RankWorkspace(m);

        // 5. Weighted totals.
        double[] weights = method.Weights;
        var totals = new double[m];
        for (int j = 0; j < k; j++)
        {
            double w = weights[j];
            double[] p = places[j];
            for (int r = 0; r < m; r++)
            {
                totals[r] += w * p[r];
            }
        }

        columns.Totals = totals;

        // 6. Final places, lowest total first, with tie-breakers.
        double[] scratch = new double[m];
        double[] final = FinalPlaces(method, columns, scratch, shared);
        columns.Final = final;

        // 7. Rows in final-place order; equal places in input order.
        Ranker.Rank(final, scratch, OrdinalAscending, shared);
        var order = new int[m];
        for (int r = 0; r < m; r++)
        {
            order[(int)scratch[r] - 1] = r;
        }

        columns.OrderArray = order;

        // 8. Zones.
        IReadOnlyList<ZoneScheme> schemes = method.ZoneSchemes;
        var codes = new byte[schemes.Count][];
        for (int s = 0; s < schemes.Count; s++)
        {
            codes[s] = new byte[m];
            schemes[s].Assign(columns, codes[s]);
        }

        columns.ZoneCodes = codes;
        return new RatingResult<TPage>(method, pages, columns, excluded is null ? [] : excluded.AsReadOnly());
    }

    private static RatingColumns Rebase(RatingColumns source, int count)
    {
        var columns = new RatingColumns(count, source.Names, source.Precisions, source.Weights);
        Array.Copy(source.ValueColumns, columns.ValueColumns, source.ValueColumns.Length);
        return columns;
    }

    private static double[] FinalPlaces<TPage>(RatingMethod<TPage> method, RatingColumns columns, double[] scratch, RankWorkspace workspace)
    {
        int m = columns.Count;
        double[] totals = columns.Totals;
        var final = new double[m];
        var finalOptions = new RankOptions { Ties = method.FinalTies };
        int[] tieBreakers = method.TieBreakerIndices;
        if (tieBreakers.Length == 0 || m == 0)
        {
            Ranker.Rank(totals, final, finalOptions, workspace);
            return final;
        }

        if (m > MaxPagesWithTieBreakers)
        {
            throw RatingThrow.TooManyPagesForTieBreakers(m, MaxPagesWithTieBreakers);
        }

        // key = dense group of (total, tie-breaker places so far); each stage splits groups by the next tie-breaker.
        double[] key = final;
        Ranker.Rank(totals, key, DenseAscending, workspace);
        var counts = new int[m + 1];
        var decided = new sbyte[m];
        CountGroups(key, counts);
        for (int r = 0; r < m; r++)
        {
            decided[r] = counts[(int)key[r]] > 1 ? RatingColumns.DecidedShared : RatingColumns.DecidedByTotal;
        }

        double groupScale = m + 1.0;
        for (int t = 0; t < tieBreakers.Length; t++)
        {
            Ranker.Rank(columns.PlaceColumns[tieBreakers[t]].AsSpan(0, m), scratch, DenseAscending, workspace);
            for (int r = 0; r < m; r++)
            {
                scratch[r] = (key[r] * groupScale) + scratch[r];
            }

            Ranker.Rank(scratch, key, DenseAscending, workspace);
            CountGroups(key, counts);
            for (int r = 0; r < m; r++)
            {
                if (decided[r] == RatingColumns.DecidedShared && counts[(int)key[r]] == 1)
                {
                    decided[r] = (sbyte)t;
                }
            }
        }

        columns.Decided = decided;
        var result = new double[m];
        Ranker.Rank(key, result, finalOptions, workspace);
        return result;
    }

    private static void CountGroups(double[] key, int[] counts)
    {
        Array.Clear(counts);
        foreach (double g in key)
        {
            counts[(int)g]++;
        }
    }

    private static string? ApplyMissingRules<TPage>(RatingMethod<TPage> method, TPage page, int index, double[][] values, ref List<PageProblem>? problems)
    {
        string? reason = null;
        string id = method.IdOf(page) ?? "";
        List<(string Field, List<string> Indicators)>? required = null;
        for (int j = 0; j < values.Length; j++)
        {
            if (!double.IsNaN(values[j][index]))
            {
                continue;
            }

            Indicator<TPage> indicator = method.Indicators[j].Indicator;
            bool requiredMissing = false;
            foreach (PageValue<TPage> leaf in method.RequiredLeaves[j])
            {
                if (double.IsNaN(leaf.Read(page)))
                {
                    requiredMissing = true;
                    required ??= [];
                    int at = required.FindIndex(x => x.Field == leaf.Name);
                    if (at < 0)
                    {
                        required.Add((leaf.Name, [indicator.Name]));
                    }
                    else
                    {
                        required[at].Indicators.Add(indicator.Name);
                    }
                }
            }

            if (requiredMissing)
            {
                continue;
            }

            switch (indicator.Missing)
            {
                case MissingValueRule.Exclude:
                    string missing = RatingThrow.MissingReason(indicator.Name);
                    reason = reason is null ? missing : reason + "; " + missing;
                    break;
                case MissingValueRule.Fail:
                    (problems ??= []).Add(RatingThrow.MissingFails(id, indicator.Name));
                    break;
                default:
                    break;
            }
        }

        if (required is not null)
        {
            problems ??= [];
            foreach ((string field, List<string> indicators) in required)
            {
                problems.Add(RatingThrow.RequiredMissing(id, field, indicators));
            }
        }

        return reason;
    }

    private static void CheckPages<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, ref List<PageProblem>? problems)
    {
        int n = pages.Count;
        var ids = new HashSet<string>(n, StringComparer.Ordinal);
        List<string>? duplicates = null;
        var found = new ProblemList();
        PageCheck<TPage>? check = method.PageCheck;
        for (int i = 0; i < n; i++)
        {
            TPage page = pages[i];
            if (page is null)
            {
                found.Add(RatingThrow.NullPage(i));
                continue;
            }

            string? id = method.IdOf(page);
            if (string.IsNullOrEmpty(id))
            {
                found.Add(RatingThrow.NoId(i));
            }
            else if (!ids.Add(id))
            {
                (duplicates ??= []).Add(id);
            }

            check?.Invoke(page, found);
        }

        if (duplicates is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in duplicates)
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                var at = new List<int>();
                for (int i = 0; i < n; i++)
                {
                    if (pages[i] is TPage page && string.Equals(method.IdOf(page), id, StringComparison.Ordinal))
                    {
                        at.Add(i);
                    }
                }

                found.Add(RatingThrow.DuplicateId(id, at));
            }
        }

        if (found.Count > 0)
        {
            (problems ??= []).AddRange(found);
        }

        if (found.HasNull)
        {
            // Values cannot be read from a null page: report what was found so far.
            throw new InvalidPagesException(problems!);
        }
    }

    private static void ReadColumn<TPage>(PageValue<TPage> value, IReadOnlyList<TPage> pages, double[] column)
    {
        ReadOnlySpan<TPage> span = default;
        if (pages is TPage[] array)
        {
            span = array;
        }
        else if (pages is List<TPage> list)
        {
            span = CollectionsMarshal.AsSpan(list);
        }

        if (span.Length == column.Length)
        {
            for (int i = 0; i < span.Length; i++)
            {
                column[i] = value.Read(span[i]);
            }

            return;
        }

        for (int i = 0; i < column.Length; i++)
        {
            column[i] = value.Read(pages[i]);
        }
    }

    private static void ForEachIndicator(int k, int degree, Action<int> body)
    {
        if (degree <= 1)
        {
            for (int j = 0; j < k; j++)
            {
                body(j);
            }

            return;
        }

        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = degree }, body);
    }

    private static int DegreeOfParallelism(EvaluationOptions options, int n, int k)
    {
        if (k < 2 || n < options.ParallelThreshold || n == 0)
        {
            return 1;
        }

        int degree = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        return Math.Min(degree, k);
    }

    /// <summary>A problem list that remembers whether a null page was found.</summary>
    private sealed class ProblemList : List<PageProblem>
    {
        internal bool HasNull => Exists(p => p.Field == "page");
    }
}
