using System.Numerics;
using System.Runtime.InteropServices;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Rating;

/// <summary>
/// Evaluates a rating method, in columns: one pass over the pages (ids, checks, every indicator's value, eligibility and
/// missing-value rules), places per indicator (the span ranker), weighted totals, final places (the ranker again, with
/// tie-breakers), rows in final order, zones.
/// </summary>
/// <remarks>
/// <para>Memory per page, for k indicators: k value and k place columns (16k bytes), totals and final places (16 bytes;
/// until they are written, the duplicate id check's scratch), the row order (4 bytes), one byte per zone scheme, and
/// with tie-breakers a scratch column and one more byte: all of it the result's. One ranking workspace per ranking
/// thread (24 bytes a page each; its buffers also serve the final order) is rented from the shared array pools and
/// given back before the evaluation returns. Nothing is allocated per page except for excluded pages and problems.
/// Columns the code writes in full are allocated without zeroing.</para>
/// <para>Every step gives the same result on any number of threads: page ranges, indicator columns and blocks of totals
/// are independent, what they report is merged in page order, and the id check and the columns go to whichever worker is
/// free without their results depending on it.</para>
/// </remarks>
internal static partial class RatingEvaluator
{
    /// <summary>The most rated pages tie-breakers support: group × (m + 1) + place must stay exact in a double (below 2^53).</summary>
    internal const int MaxPagesWithTieBreakers = 90_000_000;

    /// <summary>Rows whose totals one parallel task sums.</summary>
    private const int TotalsParallelBlock = 16_384;

    /// <summary>Rows summed together: a block of totals stays in the L1 cache while every place column is added to it.</summary>
    private const int TotalsCacheBlock = 2048;

    private static readonly RankOptions DenseAscending = new() { Ties = TieMethod.Dense };

    internal static RatingResult<TPage> Evaluate<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, EvaluationOptions options)
    {
        int n = pages.Count;
        int k = method.Indicators.Count;
        int degree = DegreeOfParallelism(options, n);
        var values = new double[k][];
        var places = new double[k][];
        for (int j = 0; j < k; j++)
        {
            // Every value is written by the pass over the pages (as compared: rounded to the indicator's precision), every
            // place by the ranker.
            values[j] = GC.AllocateUninitializedArray<double>(n);
            places[j] = GC.AllocateUninitializedArray<double>(n);
        }

        // The totals and final places are written last; until then they are the duplicate id check's scratch: the totals
        // hold each page's id hash and index, the final places the check's (hash, page) words.
        double[] totals = GC.AllocateUninitializedArray<double>(n);
        double[] final = GC.AllocateUninitializedArray<double>(n);

        // 1. One pass over the pages.
        var reader = new PageReader<TPage>(method, pages, values, totals);
        ChunkResult<TPage>[] chunks = reader.ReadAll(degree);
        List<PageProblem>? problems = null;
        List<ExcludedPage<TPage>>? excluded = null;
        foreach (ChunkResult<TPage> chunk in chunks)
        {
            if (chunk.Problems is { Count: > 0 })
            {
                (problems ??= []).AddRange(chunk.Problems);
            }

            if (chunk.Excluded is { Count: > 0 })
            {
                (excluded ??= []).AddRange(chunk.Excluded);
            }
        }

        // The full duplicate report sorts every hash; a linear check first tells whether any id repeats at all. Pages that
        // are bad input already are reported now, with any duplicates; otherwise, on more than one thread, the check runs
        // alongside the ranking (its result is the same either way; only the wasted work differs when it fails).
        var ids = new IdCheck<TPage>(method, pages, totals, final);
        bool checkIdsWhileRanking = problems is null && degree > 1;
        if (!checkIdsWhileRanking)
        {
            ids.ThrowIfInvalid(ids.AnyDuplicate(), problems);
        }

        // 2. Leave excluded pages out: move rated rows to the front of each value column, in input order.
        var columns = new RatingColumns(method.Names, method.Precisions, method.Weights, values, places);
        int m = n;
        if (excluded is not null)
        {
            m = n - excluded.Count;
            var inputIndices = new int[m];
            for (int i = 0, r = 0, e = 0; i < n; i++)
            {
                if (e < excluded.Count && excluded[e].InputIndex == i)
                {
                    e++;
                    continue;
                }

                inputIndices[r++] = i;
            }

            for (int j = 0; j < k; j++)
            {
                Compact(values[j], inputIndices);
            }

            columns.InputIndices = inputIndices;
        }

        columns.Count = m;
        columns.RawValueOf = (j, row) => method.Readers[j].Read(pages[columns.InputIndex(row)]);

        // 3. Places, one column per indicator: independent, so they may be ranked in parallel with identical results.
        RankOptions[] rankOptions = method.RankOptions;

        // The ranking workspaces are scratch: rented from the shared pools and given back once the result is complete (or
        // on an exception), so that repeated evaluations reuse that memory.
        RankWorkspace workspace = RankWorkspace.Rent(m);
        var pool = new RankWorkspace?[Math.Max(1, Math.Min(degree, method.Indicators.Count + 1))];
        pool[0] = workspace;
        try
        {
            int tasks = k + (checkIdsWhileRanking ? 1 : 0);
            int rankDegree = Math.Min(degree, tasks);
            if (rankDegree <= 1)
            {
                for (int j = 0; j < k; j++)
                {
                    Ranker.Rank(values[j].AsSpan(0, m), places[j].AsSpan(0, m), rankOptions[j], workspace);
                }
            }
            else
            {
                // Each worker, with its own workspace, takes the next task until none is left (the id check first, then the
                // columns in order). A column's places do not depend on which worker or workspace ranks it.
                int next = -1;
                bool duplicate = false;
                Parallel.For(0, rankDegree, new ParallelOptions { MaxDegreeOfParallelism = rankDegree }, w =>
                {
                    RankWorkspace? own = pool[w];
                    for (int t; (t = Interlocked.Increment(ref next)) < tasks;)
                    {
                        int j = checkIdsWhileRanking ? t - 1 : t;
                        if (j < 0)
                        {
                            duplicate = ids.AnyDuplicate();
                            continue;
                        }

                        own ??= pool[w] = RankWorkspace.Rent(m);
                        Ranker.Rank(values[j].AsSpan(0, m), places[j].AsSpan(0, m), rankOptions[j], own);
                    }
                });

                if (checkIdsWhileRanking)
                {
                    ids.ThrowIfInvalid(duplicate, problems: null);
                }
            }

            // 4. Weighted totals; on long tables whose final places need no tie-breakers, counted by digit as they are summed.
            bool minTiesOnly = method.TieBreakerIndices.Length == 0 && method.FinalTies == TieMethod.Min;
            bool countDigits = minTiesOnly && m >= FinalRanking.CountedMinRows;
            ulong[]? words = countDigits ? workspace.KeysArray(m) : null;
            int[][]? digitCounts = SumTotals(method.Weights, places, totals, m, degree, words);
            columns.Totals = totals;

            // 5. Final places, lowest total first, with tie-breakers, and 6. rows in final-place order, equal places in input
            //    order. Without tie-breakers and with min ties, one sort of (total, row) words gives both when totals are whole.
            int[] order = GC.AllocateUninitializedArray<int>(m);
            if (digitCounts is not null)
            {
                FinalRanking.RankCounted(words!, m, final, order, digitCounts, workspace, degree);
                columns.Final = final;
            }
            else if (!countDigits && minTiesOnly && FinalRanking.TryRankWhole(totals.AsSpan(0, m), final.AsSpan(0, m), order, workspace))
            {
                columns.Final = final;
            }
            else
            {
                columns.Final = FinalPlaces(method, columns, final, workspace);
                FinalRanking.Order(columns.Final.AsSpan(0, m), order, workspace);
            }

            columns.OrderArray = order;

            columns.PlacesAreFirstPositions = method.FinalTies is TieMethod.Min or TieMethod.Ordinal;

            // 7. Zones.
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
        finally
        {
            foreach (RankWorkspace? rented in pool)
            {
                rented?.ReturnRented();
            }
        }
    }

    /// <summary>Moves the rated rows' entries to the front of <paramref name="column"/>, in input order.</summary>
    private static void Compact(double[] column, int[] inputIndices)
    {
        for (int r = 0; r < inputIndices.Length; r++)
        {
            column[r] = column[inputIndices[r]];
        }
    }

    /// <summary>
    /// Writes the weighted totals of rows <paramref name="start"/> to <paramref name="end"/>: for each row, weight × place
    /// summed over the indicators in order (the same sum, in the same order, whatever the blocks and threads).
    /// </summary>
    private static void AddPlaces(double[] weights, double[][] places, double[] totals, int start, int end)
    {
        for (int s = start; s < end; s += TotalsCacheBlock)
        {
            Span<double> block = totals.AsSpan(s, Math.Min(end, s + TotalsCacheBlock) - s);
            if (places.Length == 0)
            {
                block.Clear();
                continue;
            }

            double w0 = weights[0];
            ReadOnlySpan<double> p0 = places[0].AsSpan(s, block.Length);
            for (int r = 0; r < block.Length; r++)
            {
                block[r] = w0 * p0[r];
            }

            for (int j = 1; j < places.Length; j++)
            {
                double w = weights[j];
                ReadOnlySpan<double> p = places[j].AsSpan(s, block.Length);
                for (int r = 0; r < block.Length; r++)
                {
                    block[r] += w * p[r];
                }
            }
        }
    }

    private static double[] FinalPlaces<TPage>(RatingMethod<TPage> method, RatingColumns columns, double[] final, RankWorkspace workspace)
    {
        int m = columns.Count;
        ReadOnlySpan<double> totals = columns.Totals.AsSpan(0, m);
        RankOptions finalOptions = method.FinalRankOptions;
        int[] tieBreakers = method.TieBreakerIndices;
        if (tieBreakers.Length == 0 || m == 0)
        {
            Ranker.Rank(totals, final.AsSpan(0, m), finalOptions, workspace);
            return final;
        }

        if (m > MaxPagesWithTieBreakers)
        {
            throw RatingThrow.TooManyPagesForTieBreakers(m, MaxPagesWithTieBreakers);
        }

        // key = dense group of (total, tie-breaker places so far); each stage splits groups by the next tie-breaker.
        double[] scratch = new double[m];
        Span<double> key = final.AsSpan(0, m);
        Ranker.Rank(totals, key, DenseAscending, workspace);
        var groupSizes = new int[m + 1];
        var decided = new sbyte[m];
        FinalRanking.CountGroups(key, groupSizes);
        for (int r = 0; r < m; r++)
        {
            decided[r] = groupSizes[(int)key[r]] > 1 ? RatingColumns.DecidedShared : RatingColumns.DecidedByTotal;
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
            FinalRanking.CountGroups(key, groupSizes);
            for (int r = 0; r < m; r++)
            {
                if (decided[r] == RatingColumns.DecidedShared && groupSizes[(int)key[r]] == 1)
                {
                    decided[r] = (sbyte)t;
                }
            }
        }

        columns.Decided = decided;
        Ranker.Rank(key, scratch, finalOptions, workspace);
        scratch.AsSpan().CopyTo(key);
        return final;
    }

    /// <summary>Finds repeated ids from each page's id hash (<paramref name="hashes"/>) and index (<paramref name="indices"/>, -1 for no id).</summary>
    private static void FindDuplicateIds<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Span<int> hashes, Span<int> indices, ref List<PageProblem>? problems)
    {
        hashes.Sort(indices);
        List<(int First, PageProblem Problem)>? found = null;
        for (int start = 0; start < hashes.Length;)
        {
            int end = start + 1;
            while (end < hashes.Length && hashes[end] == hashes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                FindDuplicatesInRun(method, pages, indices[start..end], ref found);
            }

            start = end;
        }

        if (found is not null)
        {
            found.Sort((a, b) => a.First.CompareTo(b.First));
            problems ??= [];
            foreach ((int _, PageProblem problem) in found)
            {
                problems.Add(problem);
            }
        }
    }

    /// <summary>Groups the pages of one run of equal hashes by id (hashes can collide) and reports ids used more than once.</summary>
    private static void FindDuplicatesInRun<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Span<int> run, ref List<(int First, PageProblem Problem)>? found)
    {
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int index in run)
        {
            if (index < 0)
            {
                continue;
            }

            string id = method.IdOf(pages[index]);
            if (!byId.TryGetValue(id, out List<int>? list))
            {
                byId.Add(id, list = []);
            }

            list.Add(index);
        }

        foreach ((string id, List<int> list) in byId)
        {
            if (list.Count > 1)
            {
                list.Sort();
                (found ??= []).Add((list[0], RatingThrow.DuplicateId(id, list)));
            }
        }
    }

    private static int DegreeOfParallelism(EvaluationOptions options, int n)
    {
        if (n < options.ParallelThreshold || n < 2)
        {
            return 1;
        }

        return options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
    }

    /// <summary>
    /// The duplicate id check over the ids the pass over the pages hashed: <c>hashes</c> holds each page's id hash and its
    /// index (-1 for a page without an id), as two halves of an array of 32-bit words; <c>pairs</c> is scratch.
    /// </summary>
    private sealed class IdCheck<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, double[] hashes, double[] pairs)
    {
        private Span<int> Hashes => MemoryMarshal.Cast<double, int>(hashes.AsSpan())[..pages.Count];

        private Span<int> Indices => MemoryMarshal.Cast<double, int>(hashes.AsSpan())[pages.Count..(2 * pages.Count)];

        /// <summary>Whether two pages share an id (reads the hashes, writes only the scratch).</summary>
        internal bool AnyDuplicate() => IdHashSet.AnyDuplicate(method, pages, Hashes, Indices, MemoryMarshal.Cast<double, ulong>(pairs.AsSpan()));

        /// <summary>Throws every problem: <paramref name="problems"/> and, when <paramref name="duplicate"/>, each repeated id.</summary>
        internal void ThrowIfInvalid(bool duplicate, List<PageProblem>? problems)
        {
            if (duplicate)
            {
                FindDuplicateIds(method, pages, Hashes, Indices, ref problems);
            }

            if (problems is not null)
            {
                throw new InvalidPagesException(problems);
            }
        }
    }

    /// <summary>What reading one contiguous range of pages found.</summary>
    private sealed class ChunkResult<TPage>
    {
        internal List<PageProblem>? Problems { get; set; }

        internal List<ExcludedPage<TPage>>? Excluded { get; set; }
    }

    /// <summary>Reads pages in one pass: ids (hashed for the duplicate check), checks, values, eligibility and missing-value rules.</summary>
    private sealed class PageReader<TPage>
    {
        private readonly RatingMethod<TPage> _method;
        private readonly IReadOnlyList<TPage> _pages;
        private readonly TPage[]? _array;
        private readonly List<TPage>? _list;
        private readonly double[][] _values;
        private readonly double[] _idScratch;
        private readonly PageValue<TPage>[] _readers;

        internal PageReader(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, double[][] values, double[] idScratch)
        {
            _method = method;
            _pages = pages;
            _array = pages as TPage[];
            _list = pages as List<TPage>;
            _values = values;
            _idScratch = idScratch;
            _readers = method.Readers;
        }

        internal ChunkResult<TPage>[] ReadAll(int degree)
        {
            int n = _pages.Count;
            int chunkCount = degree <= 1 ? 1 : degree * 4;
            var results = new ChunkResult<TPage>[chunkCount];
            if (chunkCount == 1)
            {
                results[0] = new ChunkResult<TPage>();
                Read(0, n, results[0]);
                return results;
            }

            Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = degree }, c =>
            {
                var result = new ChunkResult<TPage>();
                Read((int)((long)n * c / chunkCount), (int)((long)n * (c + 1) / chunkCount), result);
                results[c] = result;
            });
            return results;
        }

        private void Read(int start, int end, ChunkResult<TPage> result)
        {
            int n = _pages.Count;
            Span<int> ids = MemoryMarshal.Cast<double, int>(_idScratch.AsSpan());
            Span<int> hashes = ids[..n], indices = ids[n..];
            ReadOnlySpan<TPage> span = _array is not null ? _array : _list is not null ? CollectionsMarshal.AsSpan(_list) : default;
            bool direct = span.Length == n;
            RatingMethod<TPage> method = _method;
            Func<TPage, string?>? eligibility = method.ExclusionReasonOf;
            PageCheck<TPage>? check = method.PageCheck;
            List<PageProblem>? problems = null;
            List<ExcludedPage<TPage>>? excluded = null;
            int k = _readers.Length;
            ValuePlan<TPage> plan = method.Values;
            Precision[] precisions = method.Precisions;
            Span<double> slots = plan.SlotCount <= 64 ? stackalloc double[64] : new double[plan.SlotCount];
            for (int i = start; i < end; i++)
            {
                TPage page = direct ? span[i] : _pages[i];
                if (page is null)
                {
                    (problems ??= []).Add(RatingThrow.NullPage(i));
                    hashes[i] = 0;
                    indices[i] = -1;
                    continue;
                }

                string? id = method.IdOf(page);
                if (string.IsNullOrEmpty(id))
                {
                    (problems ??= []).Add(RatingThrow.NoId(i));
                    hashes[i] = 0;
                    indices[i] = -1;
                    id = "";
                }
                else
                {
                    hashes[i] = StringComparer.Ordinal.GetHashCode(id);
                    indices[i] = i;
                }

                if (check is not null)
                {
                    check(page, problems ??= []);
                }

                bool anyMissing = false;
                plan.Compute(page, slots);
                for (int j = 0; j < k; j++)
                {
                    // A ratio within the midpoint window of its precision is rounded here, exactly, where its numerator and
                    // denominator are at hand; every other value is rounded by the ranking (the same result, in bulk).
                    double v = plan.Value(j, slots);
                    _values[j][i] = precisions[j].IsExact ? v : plan.ForRanking(j, slots, v, precisions[j]);
                    anyMissing |= double.IsNaN(v);
                }

                string? reason = eligibility?.Invoke(page);
                if (reason is null && anyMissing)
                {
                    reason = ApplyMissingRules(method, page, id, i, ref problems);
                }

                if (reason is not null)
                {
                    excluded ??= [];
                    excluded.Add(new ExcludedPage<TPage>(page, id, i, reason));
                }
            }

            result.Problems = problems;
            result.Excluded = excluded;
        }

        private string? ApplyMissingRules(RatingMethod<TPage> method, TPage page, string id, int index, ref List<PageProblem>? problems)
        {
            string? reason = null;
            List<(string Field, List<string> Indicators)>? required = null;
            for (int j = 0; j < _values.Length; j++)
            {
                if (!double.IsNaN(_values[j][index]))
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

                if (indicator.Missing == MissingValueRule.Exclude)
                {
                    string missing = RatingThrow.MissingReason(indicator.Name);
                    reason = reason is null ? missing : reason + "; " + missing;
                }
                else if (indicator.Missing == MissingValueRule.Fail)
                {
                    problems ??= [];
                    problems.Add(RatingThrow.MissingFails(id, indicator.Name));
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
    }
}
