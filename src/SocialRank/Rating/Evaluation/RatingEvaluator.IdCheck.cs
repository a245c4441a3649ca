using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SocialRank.Pages;

namespace SocialRank.Rating;

/// <summary>The duplicate id check: whether any id repeats (<see cref="IdHashSet"/>) and, when one does, the report of every repeated id.</summary>
internal static partial class RatingEvaluator
{
    /// <summary>
    /// The duplicate id check over the ids the pass over the pages hashed: <c>hashes</c> holds each page's id hash and its
    /// index (-1 for a page without an id), as two halves of an array of 32-bit words; <c>pairs</c> is scratch.
    /// </summary>
    private sealed class IdCheck(int count, Func<int, string> idAt, double[] hashes, double[] pairs)
    {
        private Span<int> Hashes => MemoryMarshal.Cast<double, int>(hashes.AsSpan())[..count];

        private Span<int> Indices => MemoryMarshal.Cast<double, int>(hashes.AsSpan())[count..(2 * count)];

        /// <summary>Whether two pages share an id (reads the hashes, writes only the scratch).</summary>
        internal bool AnyDuplicate() => IdHashSet.AnyDuplicate(idAt, Hashes, Indices, MemoryMarshal.Cast<double, ulong>(pairs.AsSpan()));

        /// <summary>Throws every problem: <paramref name="problems"/> and, when <paramref name="duplicate"/>, each repeated id.</summary>
        internal void ThrowIfInvalid(bool duplicate, List<PageProblem>? problems)
        {
            if (duplicate)
            {
                FindDuplicateIds(idAt, Hashes, Indices, ref problems);
            }

            if (problems is not null)
            {
                throw new InvalidPagesException(problems);
            }
        }
    }

    /// <summary>Finds repeated ids from each page's id hash (<paramref name="hashes"/>) and index (<paramref name="indices"/>, -1 for no id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindDuplicateIds(Func<int, string> idAt, Span<int> hashes, Span<int> indices, ref List<PageProblem>? problems)
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
                FindDuplicatesInRun(idAt, indices[start..end], ref found);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindDuplicatesInRun(Func<int, string> idAt, Span<int> run, ref List<(int First, PageProblem Problem)>? found)
    {
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int index in run)
        {
            if (index < 0)
            {
                continue;
            }

            string id = idAt(index);
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
                (found ??= []).Add((list[0], PageProblem.DuplicateId(id, list)));
            }
        }
    }
}
