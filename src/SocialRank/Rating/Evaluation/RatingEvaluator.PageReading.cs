using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;
using SocialRank.Ranking;

namespace SocialRank.Rating;

/// <summary>The one pass over the pages: ids (hashed for the duplicate check), checks, every indicator's value, eligibility and missing-value rules.</summary>
internal static partial class RatingEvaluator
{
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
        private readonly PageColumns? _columns;
        private readonly ColumnRead?[]? _columnReads;
        private CancellationToken _cancellation;

        internal PageReader(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, PageColumns? columns, double[][] values, double[] idScratch)
        {
            _method = method;
            _pages = pages;
            _columns = columns;
            _columnReads = columns is null ? null : PlanOf(method.Values, columns).Reads;
            _array = pages as TPage[];
            _list = pages as List<TPage>;
            _values = values;
            _idScratch = idScratch;
            _readers = method.Readers;
        }

        internal ChunkResult<TPage>[] ReadAll(int degree, CancellationToken cancellation)
        {
            int n = _pages.Count;
            _cancellation = cancellation;
            int chunkCount = degree <= 1 ? 1 : degree * 4;
            var results = new ChunkResult<TPage>[chunkCount];
            if (chunkCount == 1)
            {
                results[0] = new ChunkResult<TPage>();
                Read(0, n, results[0]);
                return results;
            }

            Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellation }, c =>
            {
                var result = new ChunkResult<TPage>();
                Read((int)((long)n * c / chunkCount), (int)((long)n * (c + 1) / chunkCount), result);
                results[c] = result;
            });
            return results;
        }

        /// <summary>
        /// Reads pages <paramref name="start"/> to <paramref name="end"/> in blocks of <see cref="ValuePlan{TPage}.BlockSize"/>:
        /// each page's id and checks, then the block's values step by step (see <see cref="ValuePlan{TPage}.ComputeBlock(ReadOnlySpan{TPage}, Span{double}, int)"/>),
        /// then each page's eligibility and missing-value rules. The problems come in page order, as one page at a time
        /// would give them.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Read(int start, int end, ChunkResult<TPage> result)
        {
            if (_columns is not null)
            {
                ReadColumns(_columns, start, end, result);
                return;
            }

            const int BlockSize = ValuePlan<TPage>.BlockSize;
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

            // The block's pages that are not null, their input indices and ids, and how many problems there were once each
            // page's own checks had run (where the problems its missing-value rules find belong).
            int blockLength = Math.Min(BlockSize, end - start);
            var block = new TPage[blockLength];
            var inputIndices = new int[blockLength];
            var pageIds = new string[blockLength];
            var problemsAfter = new int[blockLength];
            var missing = new bool[blockLength];
            var slots = new double[plan.SlotCount * blockLength];
            var row = new double[blockLength];
            for (int blockStart = start; blockStart < end; blockStart += BlockSize)
            {
                _cancellation.ThrowIfCancellationRequested();
                int blockEnd = Math.Min(end, blockStart + BlockSize);
                int m = 0;
                for (int i = blockStart; i < blockEnd; i++)
                {
                    TPage page = direct ? span[i] : _pages[i];
                    if (page is null)
                    {
                        (problems ??= []).Add(PageProblem.NullPage(i));
                        hashes[i] = 0;
                        indices[i] = -1;
                        continue;
                    }

                    string? id = method.IdOf(page);
                    if (string.IsNullOrEmpty(id))
                    {
                        (problems ??= []).Add(PageProblem.NoId(i));
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

                    block[m] = page;
                    inputIndices[m] = i;
                    pageIds[m] = id;
                    problemsAfter[m] = problems?.Count ?? 0;
                    missing[m] = false;
                    m++;
                }

                plan.ComputeBlock(block.AsSpan(0, m), slots, blockLength);
                Span<double> values = row.AsSpan(0, m);
                for (int j = 0; j < k; j++)
                {
                    // A ratio within the midpoint window of its precision is rounded here, exactly, where its numerator and
                    // denominator are at hand; every other value is rounded by the ranking (the same result, in bulk).
                    plan.ValuesOfBlock(j, slots, blockLength, precisions[j], values);
                    double[] column = _values[j];
                    for (int p = 0; p < values.Length; p++)
                    {
                        double v = values[p];
                        column[inputIndices[p]] = v;
                        missing[p] |= double.IsNaN(v);
                    }
                }

                int moved = 0;
                for (int p = 0; p < m; p++)
                {
                    TPage page = block[p];
                    moved = Decide(page, pageIds[p], inputIndices[p], eligibility?.Invoke(page), missing[p], problemsAfter[p], moved, ref problems, ref excluded);
                }
            }

            result.Problems = problems;
            result.Excluded = excluded;
        }

        /// <summary>
        /// Reads pages <paramref name="start"/> to <paramref name="end"/> held in columns as <see cref="Read"/> reads page
        /// objects, in the same blocks and with the same results: ids from the id column, counts checked in bulk (a page is
        /// made from its row and checked only when a count of the block is negative or infinite), values computed from the
        /// columns, exclusion reasons from their column; a page is made only for the missing-value rules and an exclusion.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadColumns(PageColumns columns, int start, int end, ChunkResult<TPage> result)
        {
            const int BlockSize = ValuePlan<TPage>.BlockSize;
            int n = _pages.Count;
            Span<int> idWords = MemoryMarshal.Cast<double, int>(_idScratch.AsSpan());
            Span<int> hashes = idWords[..n], indices = idWords[n..];
            ReadOnlySpan<string> ids = columns.Ids.Span;
            ReadOnlySpan<string?> reasons = columns.ExclusionReasonSpan;
            RatingMethod<TPage> method = _method;
            PageCheck<TPage>? check = method.PageCheck;
            bool exclusions = method.ExclusionReasonOf is not null && !reasons.IsEmpty;
            List<PageProblem>? problems = null;
            List<ExcludedPage<TPage>>? excluded = null;
            int k = _readers.Length;
            ValuePlan<TPage> plan = method.Values;
            Precision[] precisions = method.Precisions;
            ColumnRead?[] reads = _columnReads!;
            int blockLength = Math.Min(BlockSize, end - start);
            var problemsAfter = new int[blockLength];
            var missing = new bool[blockLength];
            var slots = new double[plan.SlotCount * blockLength];
            var row = new double[blockLength];
            for (int blockStart = start; blockStart < end; blockStart += BlockSize)
            {
                _cancellation.ThrowIfCancellationRequested();
                int blockEnd = Math.Min(end, blockStart + BlockSize);
                int m = blockEnd - blockStart;
                bool checkEach = check is not null && !columns.CountsValid(blockStart, blockEnd);
                for (int i = blockStart; i < blockEnd; i++)
                {
                    string id = ids[i];
                    if (id.Length == 0)
                    {
                        (problems ??= []).Add(PageProblem.NoId(i));
                        hashes[i] = 0;
                        indices[i] = -1;
                    }
                    else
                    {
                        hashes[i] = StringComparer.Ordinal.GetHashCode(id);
                        indices[i] = i;
                    }

                    if (checkEach)
                    {
                        check!(_pages[i], problems ??= []);
                    }

                    problemsAfter[i - blockStart] = problems?.Count ?? 0;
                }

                missing.AsSpan(0, m).Clear();
                plan.ComputeBlock(reads, blockStart, m, slots, blockLength);
                Span<double> values = row.AsSpan(0, m);
                for (int j = 0; j < k; j++)
                {
                    plan.ValuesOfBlock(j, slots, blockLength, precisions[j], values);
                    values.CopyTo(_values[j].AsSpan(blockStart, m));
                    for (int p = 0; p < values.Length; p++)
                    {
                        missing[p] |= double.IsNaN(values[p]);
                    }
                }

                int moved = 0;
                for (int p = 0; p < m; p++)
                {
                    int i = blockStart + p;
                    string? reason = exclusions ? reasons[i] : null;
                    if (reason is not null || missing[p])
                    {
                        // Only a page that may be left out is made from its row.
                        moved = Decide(_pages[i], ids[i], i, reason, missing[p], problemsAfter[p], moved, ref problems, ref excluded);
                    }
                }
            }

            result.Problems = problems;
            result.Excluded = excluded;
        }

        /// <summary>
        /// Decides whether a page of a block is rated: left out for <paramref name="reason"/> (its eligibility), or, when it
        /// is eligible and a value is missing, by the missing-value rules (whose problems go right after the page's own,
        /// before those of the later pages of the block that were already found). Returns the number of problems moved
        /// back in the block so far.
        /// </summary>
        private int Decide(TPage page, string id, int index, string? reason, bool missing, int problemsAfter, int moved, ref List<PageProblem>? problems, ref List<ExcludedPage<TPage>>? excluded)
        {
            if (reason is null && missing)
            {
                int before = problems?.Count ?? 0;
                reason = ApplyMissingRules(_method, page, id, index, ref problems);
                moved += MoveBack(problems, before, problemsAfter + moved);
            }

            if (reason is not null)
            {
                excluded ??= [];
                excluded.Add(new ExcludedPage<TPage>(page, id, index, reason));
            }

            return moved;
        }

        /// <summary>
        /// Moves the problems added from <paramref name="from"/> on back to <paramref name="to"/>, after the problems of
        /// the page they concern and before those of the pages after it; returns how many moved.
        /// </summary>
        private static int MoveBack(List<PageProblem>? problems, int from, int to)
        {
            int count = (problems?.Count ?? 0) - from;
            if (count > 0 && to < from)
            {
                List<PageProblem> added = problems!.GetRange(from, count);
                problems.RemoveRange(from, count);
                problems.InsertRange(to, added);
            }

            return count;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                    string missing = Throw.MissingReasonMessage(indicator.Name);
                    reason = reason is null ? missing : reason + "; " + missing;
                }
                else if (indicator.Missing == MissingValueRule.Fail)
                {
                    problems ??= [];
                    problems.Add(PageProblem.MissingFails(id, indicator.Name));
                }
            }

            if (required is not null)
            {
                problems ??= [];
                foreach ((string field, List<string> indicators) in required)
                {
                    problems.Add(PageProblem.RequiredMissing(id, field, indicators));
                }
            }

            return reason;
        }
    }
}
