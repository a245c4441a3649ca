using System.Runtime.CompilerServices;
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
/// <para>The steps live in one file each: reading the pages (<c>.PageReading</c>), the duplicate id check
/// (<c>.IdCheck</c>, with <see cref="IdHashSet"/>), the weighted totals (<c>.Totals</c>) and the final places with
/// tie-breakers (<c>.FinalPlaces</c>); this file runs them in order.</para>
/// <para>Every method (and lambda) of the evaluation, the ranking and the zones that loops over pages, and every function
/// called once per page or value (the fields' read functions, the check, the rounding), is marked
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>: compiled fully optimized when
/// first called, so that the first evaluation in a process does not run a million pages through unoptimized tier-0 code
/// while tiered compilation catches up (the cold-start benchmark: 4–5× the steady state before, about 2.2–2.6× after).</para>
/// </remarks>
internal static partial class RatingEvaluator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        // 1. One pass over the pages (pages held in columns are read from the columns).
        CancellationToken cancellation = options.CancellationToken;
        cancellation.ThrowIfCancellationRequested();
        PageColumns? columnPages = ColumnsOf(method, pages);
        Func<int, string> idAt = columnPages is null ? i => method.IdOf(pages[i]) : i => columnPages.Ids.Span[i];
        var reader = new PageReader<TPage>(method, pages, columnPages, values, totals);
        ChunkResult<TPage>[] chunks = reader.ReadAll(degree, cancellation);
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
        var ids = new IdCheck(n, idAt, totals, final);
        bool checkIdsWhileRanking = problems is null && degree > 1;
        if (!checkIdsWhileRanking)
        {
            ids.ThrowIfInvalid(ids.AnyDuplicate(), problems);
        }

        cancellation.ThrowIfCancellationRequested();
        options.Progress?.Report(EvaluationStage.PagesRead);

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
        columns.RawValueOf = columnPages is null
            ? (j, row) => method.Readers[j].Read(pages[columns.InputIndex(row)])
            : RawValuesOfColumns(method, columnPages, columns);

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
                    cancellation.ThrowIfCancellationRequested();
                    Ranker.Rank(values[j].AsSpan(0, m), places[j].AsSpan(0, m), rankOptions[j], workspace);
                }
            }
            else
            {
                // Each worker, with its own workspace, takes the next task until none is left (the id check first, then the
                // columns in order). A column's places do not depend on which worker or workspace ranks it.
                int next = -1;
                bool duplicate = false;
                Parallel.For(0, rankDegree, new ParallelOptions { MaxDegreeOfParallelism = rankDegree, CancellationToken = cancellation }, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int w) =>
                {
                    RankWorkspace? own = pool[w];
                    for (int t; (t = Interlocked.Increment(ref next)) < tasks;)
                    {
                        cancellation.ThrowIfCancellationRequested();
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

            cancellation.ThrowIfCancellationRequested();
            options.Progress?.Report(EvaluationStage.IndicatorsRanked);

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

            cancellation.ThrowIfCancellationRequested();
            options.Progress?.Report(EvaluationStage.FinalPlaces);

            // 7. Zones.
            IReadOnlyList<ZoneScheme> schemes = method.ZoneSchemes;
            var codes = new byte[schemes.Count][];
            for (int s = 0; s < schemes.Count; s++)
            {
                codes[s] = new byte[m];
                schemes[s].Assign(columns, codes[s]);
            }

            columns.ZoneCodes = codes;
            cancellation.ThrowIfCancellationRequested();
            var result = new RatingResult<TPage>(method, pages, columns, excluded is null ? [] : excluded.AsReadOnly())
            {
                IdAt = idAt,
                NameAt = columnPages is null ? i => method.NameOf(pages[i]) : columnPages.DisplayNameAt,
            };
            options.Progress?.Report(EvaluationStage.Zones);
            return result;
        }
        finally
        {
            foreach (RankWorkspace? rented in pool)
            {
                rented?.ReturnRented();
            }
        }
    }

    /// <summary>
    /// Returns <paramref name="pages"/> as columns when they are <see cref="PageColumns"/> rated by a method that reads them
    /// as <see cref="RatingMethod.ForPageStats"/> does (see <see cref="RatingMethod.ReadsPagesAsColumns"/>); otherwise
    /// <see langword="null"/>, and the pages are read one object at a time (for columns, each made from its row).
    /// </summary>
    private static PageColumns? ColumnsOf<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages)
        => typeof(TPage) == typeof(PageStats) && pages is PageColumns columns && RatingMethod.ReadsPagesAsColumns((RatingMethod<PageStats>)(object)method)
            ? columns
            : null;

    /// <summary>
    /// How a value before rounding is read again for pages held in columns: the indicator's own plan (as
    /// <see cref="PageValue{TPage}.Read"/> uses) over the page's row, without making the page.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Func<int, int, double> RawValuesOfColumns<TPage>(RatingMethod<TPage> method, PageColumns pages, RatingColumns columns)
    {
        var plans = new (ValuePlan<TPage> Plan, ColumnRead?[] Reads)?[method.Readers.Length];
        return (j, row) =>
        {
            // Built when first asked for (a result is read by one thread at a time or the same plan is built twice: both
            // are the same).
            (ValuePlan<TPage> plan, ColumnRead?[] reads) = plans[j] ??= PlanOf(new ValuePlan<TPage>([method.Readers[j]]), pages);
            Span<double> slots = plan.SlotCount <= 32 ? stackalloc double[32] : new double[plan.SlotCount];
            plan.ComputeBlock(reads, columns.InputIndex(row), 1, slots, stride: 1);
            double value = 0;
            plan.ValuesOfBlock(0, slots, stride: 1, Precision.Exact, new Span<double>(ref value));
            return value;
        };
    }

    /// <summary>Returns <paramref name="plan"/> with the column read of each of its read steps over <paramref name="pages"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ValuePlan<TPage> Plan, ColumnRead?[] Reads) PlanOf<TPage>(ValuePlan<TPage> plan, PageColumns pages)
    {
        var reads = new ColumnRead?[plan.SlotCount];
        for (int s = 0; s < reads.Length; s++)
        {
            if (plan.ReadFunctionOf(s) is { } read)
            {
                reads[s] = pages.ReaderOf((Func<PageStats, double>)(object)read);
            }
        }

        return (plan, reads);
    }

    /// <summary>Moves the rated rows' entries to the front of <paramref name="column"/>, in input order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Compact(double[] column, int[] inputIndices)
    {
        for (int r = 0; r < inputIndices.Length; r++)
        {
            column[r] = column[inputIndices[r]];
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
}
