using SocialRank.Internal;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Analysis;

/// <summary>
/// Uncertainty analysis (METHOD section 7; the JRC/OECD Handbook's and COINr's): re-rates the same pages many times under
/// a drawn <see cref="Perturbation"/> of the method and reports each page's place distribution. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Reproducible.</b> Run r draws from its own <see cref="RunRandom"/>(seed, r), and everything summed over the runs
/// is a count, so the result is the same on any number of threads.</para>
/// <para><b>Fast.</b> Without a <see cref="Perturbation.Custom{TPage}"/> step, the indicators' places are ranked once per
/// tie method and precision a run may draw; a run then only sums weight × place and ranks the totals, by the evaluation's
/// own rule (tie-breakers and final ties included): its result equals evaluating the drawn method.</para>
/// <para><b>Memory</b> does not grow with the number of runs: each page keeps counts of its places (all places on tables
/// of up to <see cref="ExactPages"/> pages; on longer ones 64 bins around the places of the first 16 runs), its extremes
/// and sums; each thread keeps one run's columns.</para>
/// </remarks>
public static class UncertaintyAnalysis
{
    /// <summary>The longest table whose places are counted one by one (exact quantiles for every page): 1,024 pages.</summary>
    public const int ExactPages = 1024;

    /// <summary>The bins of a page's places on longer tables.</summary>
    internal const int WindowBins = 64;

    /// <summary>The runs whose places set each page's window on longer tables (they are run again with the others).</summary>
    internal const int PilotRuns = 16;

    /// <summary>Re-rates <paramref name="pages"/> under <paramref name="perturbation"/> with <see cref="UncertaintyOptions.Default"/>.</summary>
    /// <param name="method">The nominal method.</param>
    /// <param name="pages">The pages.</param>
    /// <param name="perturbation">What each run changes.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="SocialRank.Pages.InvalidPagesException">The pages have problems.</exception>
    public static UncertaintyResult<TPage> Run<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Perturbation perturbation)
        => Run(method, pages, perturbation, UncertaintyOptions.Default);

    /// <summary>Re-rates <paramref name="pages"/> <see cref="UncertaintyOptions.Runs"/> times under <paramref name="perturbation"/>.</summary>
    /// <param name="method">The nominal method.</param>
    /// <param name="pages">The pages.</param>
    /// <param name="perturbation">What each run changes.</param>
    /// <param name="options">Runs, seed, k, quantiles, zone scheme, parallelism.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A custom step of <paramref name="perturbation"/> is for another type of page.</exception>
    /// <exception cref="KeyNotFoundException">The method has no zone scheme named <see cref="UncertaintyOptions.ZoneScheme"/>.</exception>
    /// <exception cref="SocialRank.Pages.InvalidPagesException">The pages have problems.</exception>
    /// <exception cref="InvalidOperationException">A custom step returned no method, or a method that rates other pages (thrown inside an <see cref="AggregateException"/> when runs are parallel).</exception>
    public static UncertaintyResult<TPage> Run<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Perturbation perturbation, UncertaintyOptions options)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(perturbation);
        ArgumentNullException.ThrowIfNull(options);
        perturbation.CheckPageType<TPage>(nameof(perturbation));

        int degree = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        EvaluationOptions evaluation = options.Evaluation;
        var engine = new Engine<TPage>(method, pages, perturbation, options, evaluation);
        return engine.Run(Math.Max(1, Math.Min(degree, options.Runs)));
    }

    /// <summary>
    /// Returns the method a run rates with, built from the nominal one: the drawn weights (a dropped indicator keeps weight 0
    /// and leaves the tie-breakers), tie method and exactness; identification, names, eligibility, check and zones unchanged.
    /// </summary>
    internal static RatingMethod<TPage> MethodOf<TPage>(RatingMethod<TPage> method, Perturbation.Draw draw)
        => Perturbation.Rebuilt(
            method, j => method.Indicators[j].Indicator, j => draw.Weights[j], draw.Ties,
            method.TieBreakers.Where(t => method.IndexOf(t) != draw.Dropped), draw.Exact);

    /// <summary>One analysis: the nominal rating, the place columns runs may use, and the runs.</summary>
    private sealed class Engine<TPage>
    {
        private readonly RatingMethod<TPage> _method;
        private readonly IReadOnlyList<TPage> _pages;
        private readonly Perturbation _perturbation;
        private readonly UncertaintyOptions _options;
        private readonly RatingResult<TPage> _nominal;
        private readonly int _m;
        private readonly double[] _nominalFinal;
        private readonly double[] _nominalAverageRanks;
        private readonly byte[]? _nominalZones;
        private readonly int _scheme = -1;
        private readonly Dictionary<(TieMethod Ties, bool Exact), RatingColumns>? _variants;
        private readonly int[][] _tieBreakersWithout;
        private readonly bool _evaluate;
        private readonly EvaluationOptions _runEvaluation;

        internal Engine(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Perturbation perturbation, UncertaintyOptions options, EvaluationOptions evaluation)
        {
            _method = method;
            _pages = pages;
            _perturbation = perturbation;
            _options = options;
            _nominal = method.Evaluate(pages, evaluation);
            RatingColumns columns = _nominal.Columns;
            _m = columns.Count;
            _nominalFinal = columns.FinalPlaces.ToArray();
            _nominalAverageRanks = new double[_m];
            Ranker.Rank(_nominalFinal, _nominalAverageRanks, AverageOptions);
            if (options.ZoneScheme is { } name)
            {
                _scheme = IndexOfScheme(method.ZoneSchemes, name);
                if (_scheme < 0)
                {
                    Throw.NoZoneScheme(name);
                }
            }
            else if (method.ZoneSchemes.Count > 0)
            {
                _scheme = 0;
            }

            _nominalZones = _scheme < 0 ? null : columns.ZoneCodes[_scheme];
            _evaluate = options.EvaluateEveryRun || perturbation.HasCustom;
            _runEvaluation = EvaluationOptions.Sequential;
            _tieBreakersWithout = new int[method.Indicators.Count][];
            for (int j = 0; j < _tieBreakersWithout.Length; j++)
            {
                _tieBreakersWithout[j] = [.. method.TieBreakerIndices.Where(t => t != j)];
            }

            if (!_evaluate)
            {
                // Every tie method and precision a run may draw: ranked once here, read by every run.
                _variants = [];
                foreach (TieMethod ties in perturbation.PossibleTies(method.IndicatorTies))
                {
                    foreach (bool exact in perturbation.MayBeExact ? new[] { false, true } : [false])
                    {
                        RatingColumns variant = ties == method.IndicatorTies && !exact ? columns
                            : Rebuilt(ties, exact).Evaluate(pages, evaluation).Columns;
                        _variants[(ties, exact)] = variant;
                    }
                }
            }
        }

        private static RankOptions AverageOptions { get; } = new() { Ties = TieMethod.Average };

        /// <summary>Gets a value indicating whether a run's final places are first positions in its order (min or ordinal final ties).</summary>
        private bool PlacesAreFirstPositions => _method.FinalTies is TieMethod.Min or TieMethod.Ordinal;

        internal UncertaintyResult<TPage> Run(int degree)
        {
            int runs = _options.Runs;
            Window window = _m <= ExactPages ? Window.Exact(_m) : Pilot(degree, Math.Min(runs, PilotRuns));
            var agreements = _options.RunCorrelations ? new RunAgreement[runs] : [];
            Accumulator total = RunAll(degree, runs, window, agreements);
            return new UncertaintyResult<TPage>(
                _nominal, _perturbation, _options, _scheme < 0 ? null : _method.ZoneSchemes[_scheme].Name, Summarize(total, window, runs), agreements);
        }

        /// <summary>Runs the first <paramref name="runs"/> runs to find each page's range of places, and sets its window around it.</summary>
        private Window Pilot(int degree, int runs)
        {
            Accumulator pilot = RunAll(degree, runs, null, []);
            return Window.Around(pilot.Min, pilot.Max, _m);
        }

        private Accumulator RunAll(int degree, int runs, Window? window, RunAgreement[] agreements)
        {
            var workers = new Worker[degree];
            int next = -1;
            void Work(int w)
            {
                var worker = workers[w] = new Worker(this, window);
                for (int run; (run = Interlocked.Increment(ref next)) < runs;)
                {
                    worker.Run(run, agreements);
                }

                worker.Sums.Flush();
            }

            if (degree == 1)
            {
                Work(0);
            }
            else
            {
                Parallel.For(0, degree, new ParallelOptions { MaxDegreeOfParallelism = degree }, Work);
            }

            Accumulator sum = workers[0].Sums;
            for (int w = 1; w < degree; w++)
            {
                sum.Add(workers[w].Sums);
            }

            return sum;
        }

        private PageUncertainty[] Summarize(Accumulator sums, Window window, int runs)
        {
            // Every row's quantiles first, row by row through the counts (in final order, a long table's rows would each
            // miss the cache), then the pages in final order: the asked quantiles, then the median, 5 % and 95 %.
            double[] asked = [.. _options.Quantiles, 0.5, 0.05, 0.95];
            int q = asked.Length;
            double[] quantiles = new double[_m * q];
            long[] cumulative = new long[window.Bins];
            for (int row = 0; row < _m; row++)
            {
                window.Quantiles(row, sums.Counts.AsSpan(row * window.Bins, window.Bins), runs, asked, cumulative, quantiles.AsSpan(row * q, q));
            }

            ReadOnlySpan<int> order = _nominal.Columns.Order;
            var pages = new PageUncertainty[_m];
            for (int i = 0; i < _m; i++)
            {
                int row = order[i];
                TPage page = _pages[_nominal.Columns.InputIndex(row)];
                ReadOnlySpan<double> own = quantiles.AsSpan(row * q, q);
                pages[i] = new PageUncertainty(
                    _method.IdOf(page), _method.NameOf(page), _nominalFinal[row], sums.Min[row] / 2.0, sums.Max[row] / 2.0,
                    own[..^3].ToArray(), own[^3], own[^2], own[^1],
                    (double)sums.Top[row] / runs, _nominalZones is null ? double.NaN : (double)sums.Zone[row] / runs,
                    sums.Shift[row] / 2.0 / runs, window.Width[row] == 1 && !sums.Clamped[row]);
            }

            return pages;
        }

        private RatingMethod<TPage> Rebuilt(TieMethod ties, bool exact)
        {
            RatingMethodBuilder<TPage> builder = _method.ToBuilder().WithIndicatorTies(ties);
            return (exact ? builder.WithExactComparison() : builder).Build();
        }

        private static int IndexOfScheme(IReadOnlyList<ZoneScheme> schemes, string name)
        {
            for (int s = 0; s < schemes.Count; s++)
            {
                if (string.Equals(schemes[s].Name, name, StringComparison.Ordinal))
                {
                    return s;
                }
            }

            return -1;
        }

        /// <summary>One thread's scratch and sums.</summary>
        private sealed class Worker
        {
            private readonly Engine<TPage> _engine;
            private readonly RankWorkspace _workspace = new();
            private readonly double[] _totals, _final, _ranks;
            private readonly int[]? _order;
            private readonly byte[]? _zones;
            private readonly Dictionary<RatingColumns, RatingColumns> _zoneSources = [];

            internal Worker(Engine<TPage> engine, Window? window)
            {
                _engine = engine;
                int m = engine._m;
                _totals = new double[m];
                _final = new double[m];
                _ranks = engine._options.RunCorrelations ? new double[m] : [];
                // The final order only where the run's zone scheme reads it (place bands need none with min or ordinal final ties).
                _order = engine._nominalZones is not null && engine._method.ZoneSchemes[engine._scheme].ReadsOrder(engine.PlacesAreFirstPositions) ? new int[m] : null;
                _zones = engine._nominalZones is null ? null : new byte[m];
                Sums = new Accumulator(engine, window);
            }

            internal Accumulator Sums { get; }

            internal void Run(int run, RunAgreement[] agreements)
            {
                Engine<TPage> e = _engine;
                var random = new RunRandom(e._options.Seed, run);
                var draw = new Perturbation.Draw([.. e._method.Weights], e._method.IndicatorTies);
                e._perturbation.Apply(draw, random);
                if (e._evaluate)
                {
                    Evaluate(run, draw, random);
                }
                else
                {
                    Rerank(draw);
                }

                Sums.Add(_final, _zones);
                if (agreements.Length > 0)
                {
                    Ranker.Rank(_final, _ranks, AverageOptions, _workspace);
                    agreements[run] = new RunAgreement(
                        run, RankCorrelation.Pearson(_ranks, e._nominalAverageRanks), RankCorrelation.KendallTauB(_final, e._nominalFinal, _workspace));
                }
            }

            private void Rerank(Perturbation.Draw draw)
            {
                Engine<TPage> e = _engine;
                RatingColumns variant = e._variants![(draw.Ties, draw.Exact)];
                int[] tieBreakers = draw.Dropped < 0 ? e._method.TieBreakerIndices : e._tieBreakersWithout[draw.Dropped];
                RatingEvaluator.Rerank(draw.Weights, variant.PlaceColumns, tieBreakers, e._method.FinalRankOptions, e._m, _totals, _final, _order, _workspace);
                if (_zones is not null)
                {
                    if (!_zoneSources.TryGetValue(variant, out RatingColumns? source))
                    {
                        // The run's columns as zone schemes read them: the variant's values and places, this run's totals and places.
                        source = new RatingColumns(variant.Names, variant.Precisions, draw.Weights, variant.ValueColumns, variant.PlaceColumns)
                        {
                            Count = e._m,
                            Totals = _totals,
                            Final = _final,
                            OrderArray = _order ?? [],
                            PlacesAreFirstPositions = e.PlacesAreFirstPositions,
                        };
                        _zoneSources[variant] = source;
                    }

                    e._method.ZoneSchemes[e._scheme].Assign(source, _zones);
                }
            }

            private void Evaluate(int run, Perturbation.Draw draw, RunRandom random)
            {
                Engine<TPage> e = _engine;
                RatingMethod<TPage> method = MethodOf(e._method, draw);
                foreach (Perturbation.Step step in e._perturbation.Steps)
                {
                    if (step.Change is Func<RatingMethod<TPage>, RunRandom, RatingMethod<TPage>> change)
                    {
                        method = change(method, random);
                        if (method is null)
                        {
                            Throw.PerturbationReturnedNull(run);
                        }
                    }
                }

                RatingResult<TPage> result = method.Evaluate(e._pages, e._runEvaluation);
                if (result.Columns.Count != e._m)
                {
                    Throw.PerturbationChangedPages(run, result.Columns.Count, e._m);
                }

                result.Columns.FinalPlaces.CopyTo(_final);
                if (_zones is not null)
                {
                    int scheme = IndexOfScheme(method.ZoneSchemes, e._method.ZoneSchemes[e._scheme].Name);
                    if (scheme < 0)
                    {
                        Throw.NoZoneScheme(e._method.ZoneSchemes[e._scheme].Name);
                    }

                    result.Columns.ZoneCodes[scheme].AsSpan(0, e._m).CopyTo(_zones);
                }
            }
        }

        /// <summary>
        /// Sums over runs, per page (row): the counts of its places by bin (none in the pilot), its best and worst place and
        /// the sum of its shifts from the nominal place (in half places, so average ties count exactly), its runs in the top k
        /// and in its nominal zone, and whether a place fell outside its window. Sums of counts: the same in any order.
        /// </summary>
        /// <remarks>
        /// Runs are added in batches (<see cref="Batch"/>): each run's places are kept, then a batch is counted row by row,
        /// so that a row's bins (scattered over a long table's counts, a cache miss each) are reached once a batch rather
        /// than once a run. The batch's memory is bounded (<see cref="BatchBytes"/>), whatever the number of runs.
        /// </remarks>
        private sealed class Accumulator
        {
            /// <summary>The most bytes of places and zones a batch keeps: 64 MiB.</summary>
            private const int BatchBytes = 1 << 26;

            /// <summary>The most runs a batch keeps.</summary>
            private const int MaxBatch = 16;

            private readonly Engine<TPage> _engine;
            private readonly Window? _window;
            private readonly int[] _nominal;
            private readonly int[] _halves;
            private readonly byte[]? _zones;
            private int _pending;

            internal Accumulator(Engine<TPage> engine, Window? window)
            {
                _engine = engine;
                _window = window;
                int m = engine._m;
                Counts = window is null ? [] : new int[m * window.Bins];
                Min = new int[m];
                Max = new int[m];
                Min.AsSpan().Fill(int.MaxValue);
                Shift = new long[m];
                Top = new int[m];
                Zone = new int[m];
                Clamped = new bool[m];
                _nominal = [.. engine._nominalFinal.Select(Half)];
                Batch = (int)Math.Clamp(BatchBytes / (5L * Math.Max(1, m)), 1, MaxBatch);
                _halves = new int[Batch * m];
                _zones = engine._nominalZones is null ? null : new byte[Batch * m];
            }

            /// <summary>Gets the runs a batch keeps: up to 16, fewer on tables of more than about 840,000 pages.</summary>
            internal int Batch { get; }

            internal int[] Counts { get; }

            internal int[] Min { get; }

            internal int[] Max { get; }

            internal long[] Shift { get; }

            internal int[] Top { get; }

            internal int[] Zone { get; }

            internal bool[] Clamped { get; }

            /// <summary>Keeps one run's final places and zones, and counts the batch when it is full.</summary>
            internal void Add(double[] final, byte[]? zones)
            {
                int m = _engine._m;
                Span<int> halves = _halves.AsSpan(_pending * m, m);
                for (int r = 0; r < halves.Length; r++)
                {
                    halves[r] = Half(final[r]);
                }

                if (zones is not null)
                {
                    zones.AsSpan(0, m).CopyTo(_zones.AsSpan(_pending * m, m));
                }

                if (++_pending == Batch)
                {
                    Flush();
                }
            }

            /// <summary>Counts the runs kept since the last batch, row by row.</summary>
            internal void Flush()
            {
                int runs = _pending, m = _engine._m;
                _pending = 0;
                if (runs == 0)
                {
                    return;
                }

                int topHalf = 2 * _engine._options.TopK;
                byte[]? nominalZones = _engine._nominalZones;
                byte[]? zones = _zones;
                int[] halves = _halves;
                Window? window = _window;
                int[] counts = Counts;
                for (int r = 0; r < m; r++)
                {
                    int min = Min[r], max = Max[r], nominal = _nominal[r], top = 0, zone = 0;
                    long shift = 0;
                    for (int k = 0, i = r; k < runs; k++, i += m)
                    {
                        int h = halves[i];
                        min = Math.Min(min, h);
                        max = Math.Max(max, h);
                        shift += Math.Abs(h - nominal);
                        top += h <= topHalf ? 1 : 0;
                        zone += zones is not null && zones[i] == nominalZones![r] ? 1 : 0;
                    }

                    Min[r] = min;
                    Max[r] = max;
                    Shift[r] += shift;
                    Top[r] += top;
                    Zone[r] += zone;
                    if (window is not null)
                    {
                        int low = window.Low[r], width = window.Width[r], start = r * window.Bins;
                        for (int k = 0, i = r; k < runs; k++, i += m)
                        {
                            int bin = (halves[i] - low) / width;
                            if (bin < 0 || bin >= window.Bins)
                            {
                                Clamped[r] = true;
                                bin = Math.Clamp(bin, 0, window.Bins - 1);
                            }

                            counts[start + bin]++;
                        }
                    }
                }
            }

            internal void Add(Accumulator other)
            {
                for (int i = 0; i < Counts.Length; i++)
                {
                    Counts[i] += other.Counts[i];
                }

                for (int r = 0; r < Min.Length; r++)
                {
                    Min[r] = Math.Min(Min[r], other.Min[r]);
                    Max[r] = Math.Max(Max[r], other.Max[r]);
                    Shift[r] += other.Shift[r];
                    Top[r] += other.Top[r];
                    Zone[r] += other.Zone[r];
                    Clamped[r] |= other.Clamped[r];
                }
            }

            /// <summary>A place in half places (places are whole, or halves with average ties).</summary>
            private static int Half(double place) => (int)(place * 2);
        }
    }

    /// <summary>Each page's bins: bin b of row r counts places (in half places) from Low[r] + b × Width[r], Width[r] of them.</summary>
    private sealed class Window
    {
        private Window(int bins, int[] low, int[] width)
        {
            Bins = bins;
            Low = low;
            Width = width;
        }

        internal int Bins { get; }

        internal int[] Low { get; }

        internal int[] Width { get; }

        /// <summary>Every half place from 1 to m, one bin each.</summary>
        internal static Window Exact(int m)
        {
            int[] low = new int[m], width = new int[m];
            low.AsSpan().Fill(2);
            width.AsSpan().Fill(1);
            return new Window(Math.Max(1, (2 * m) - 1), low, width);
        }

        /// <summary>Bins around each page's places in the pilot: its range widened by half on either side (at least 8 half places).</summary>
        internal static Window Around(int[] min, int[] max, int m)
        {
            int[] low = new int[m], width = new int[m];
            for (int r = 0; r < m; r++)
            {
                long range = (long)max[r] - min[r];
                long pad = Math.Max(8, range / 2);
                long lo = Math.Max(2, min[r] - pad), hi = Math.Min(2L * m, max[r] + pad);
                low[r] = (int)lo;
                width[r] = (int)Math.Max(1, (hi - lo + WindowBins) / WindowBins);
            }

            return new Window(WindowBins, low, width);
        }

        /// <summary>
        /// Writes the <paramref name="ps"/> quantiles of a row's places into <paramref name="into"/>, numpy's default (type 7):
        /// the order statistics at ⌊(n − 1)p⌋ and the next, linearly interpolated; a bin's places count as its middle.
        /// <paramref name="cumulative"/> (one per bin) is scratch.
        /// </summary>
        internal void Quantiles(int row, ReadOnlySpan<int> counts, int runs, ReadOnlySpan<double> ps, Span<long> cumulative, Span<double> into)
        {
            long seen = 0;
            for (int b = 0; b < counts.Length; b++)
            {
                seen += counts[b];
                cumulative[b] = seen;
            }

            for (int i = 0; i < ps.Length; i++)
            {
                double h = (runs - 1) * ps[i];
                int below = (int)Math.Floor(h);
                double fraction = h - below;
                double a = OrderStatistic(row, cumulative, below);
                into[i] = fraction == 0 ? a : a + (fraction * (OrderStatistic(row, cumulative, Math.Min(runs - 1, below + 1)) - a));
            }
        }

        /// <summary>Returns the place of the <paramref name="index"/>-th smallest (from 0) of a row's places: the middle of the first bin whose running count passes it.</summary>
        private double OrderStatistic(int row, ReadOnlySpan<long> cumulative, long index)
        {
            int lo = 0, hi = cumulative.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > index)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo == cumulative.Length ? double.NaN : (Low[row] + ((long)lo * Width[row]) + ((Width[row] - 1) / 2.0)) / 2.0;
        }
    }
}
