using SocialRank.Internal;
using SocialRank.Rating;

namespace SocialRank.Analysis;

/// <summary>
/// Variance-based sensitivity of the places to each input of a perturbation (METHOD section 7; the JRC/OECD Handbook on
/// composite indicators, as R's COINr <c>get_sensitivity</c> does it): how much of the variance of the places each choice
/// explains on its own (first-order index) and with all its interactions (total-effect index), so a user sees which
/// choice matters.
/// </summary>
/// <remarks>
/// <para>Each step of the <see cref="Perturbation"/> is one input (the weights step is one input for all the weights).
/// The design is Saltelli's: two independent samples A and B of <see cref="SensitivityOptions.Samples"/> draws of every
/// input, and for each input i the sample A with input i's draws taken from B (A_B^i); every draw is a rating, so a run
/// costs Samples × (inputs + 2) evaluations. Each input of each row draws from its own stream of
/// <see cref="RunRandom"/>, so swapping one input's draws changes nothing else, and the result is the same on any number of
/// threads.</para>
/// <para>The estimators are those COINr uses: first order V_i / V = mean(f(B) · (f(A_B^i) − f(A))) / V (Saltelli 2010),
/// total effect mean((f(A) − f(A_B^i))²) / (2V) (Jansen 1999), V the variance of f over A and B together. The output f
/// is each page's final place (per page) and the mean absolute shift of the places from the nominal rating's (for the
/// rating as a whole). An output that does not vary has no index: NaN.</para>
/// </remarks>
public static class SensitivityAnalysis
{
    /// <summary>Estimates the first-order and total-effect indices of one input from the outputs of the three samples.</summary>
    /// <param name="a">f over sample A.</param>
    /// <param name="b">f over sample B.</param>
    /// <param name="ab">f over A with the input's draws from B.</param>
    /// <returns>(first order, total effect); both NaN when f does not vary over A and B.</returns>
    /// <exception cref="ArgumentException">The three spans differ in length, or are empty.</exception>
    public static (double FirstOrder, double TotalEffect) Estimate(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> ab)
    {
        if (a.Length == 0 || a.Length != b.Length || a.Length != ab.Length)
        {
            Throw.SampleLengths(a.Length, b.Length, ab.Length);
        }

        int n = a.Length;
        double mean = 0;
        for (int r = 0; r < n; r++)
        {
            mean += a[r] + b[r];
        }

        mean /= 2 * n;
        double variance = 0, first = 0, total = 0;
        for (int r = 0; r < n; r++)
        {
            double da = a[r] - mean, db = b[r] - mean, shift = ab[r] - a[r];
            variance += (da * da) + (db * db);
            first += b[r] * shift;
            total += shift * shift;
        }

        variance /= 2 * n;
        if (!(variance > 0))
        {
            return (double.NaN, double.NaN);
        }

        return (first / n / variance, total / (2.0 * n) / variance);
    }

    /// <summary>Runs the analysis with <see cref="SensitivityOptions.Default"/>.</summary>
    /// <param name="method">The nominal method.</param>
    /// <param name="pages">The pages.</param>
    /// <param name="perturbation">The inputs: each of its steps is one.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The indices.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="perturbation"/> has no step, or a custom step for another type of page.</exception>
    public static SensitivityResult Run<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Perturbation perturbation)
        => Run(method, pages, perturbation, SensitivityOptions.Default);

    /// <summary>Runs the analysis: Samples × (inputs + 2) ratings of <paramref name="pages"/>.</summary>
    /// <param name="method">The nominal method.</param>
    /// <param name="pages">The pages.</param>
    /// <param name="perturbation">The inputs: each of its steps is one.</param>
    /// <param name="options">The number of samples, the seed and the threads.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The indices, per input: for the rating as a whole and for each rated page.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="perturbation"/> has no step, or a custom step for another type of page.</exception>
    /// <exception cref="Pages.InvalidPagesException">The nominal method rejects the pages.</exception>
    /// <exception cref="InvalidOperationException">A custom step returned <see langword="null"/>, or a drawn method rated other pages than the nominal one.</exception>
    public static SensitivityResult Run<TPage>(RatingMethod<TPage> method, IReadOnlyList<TPage> pages, Perturbation perturbation, SensitivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(perturbation);
        ArgumentNullException.ThrowIfNull(options);
        Perturbation.Step[] steps = perturbation.Steps;
        if (steps.Length == 0)
        {
            Throw.NoSensitivityInputs(nameof(perturbation));
        }

        perturbation.CheckPageType<TPage>(nameof(perturbation));

        RatingResult<TPage> nominal = method.Evaluate(pages, options.Evaluation);
        int m = nominal.Columns.Count;
        double[] nominalFinal = nominal.Columns.FinalPlaces.ToArray();
        int n = options.Samples, k = steps.Length;

        // Row r of sample s (0 A, 1 B, 2 + i A_B^i): the final places of its draw. Every rating is independent.
        var finals = new double[k + 2][][];
        for (int s = 0; s < finals.Length; s++)
        {
            finals[s] = new double[n][];
        }

        int degree = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        Parallel.For(0, n * (k + 2), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree) }, task =>
        {
            int s = task / n, r = task % n;
            var draw = new Perturbation.Draw([.. method.Weights], method.IndicatorTies);
            var streams = new RunRandom[k];
            for (int i = 0; i < k; i++)
            {
                // Input i of row r comes from A (stream 2r) or B (stream 2r + 1), each input on its own stream.
                bool fromB = s == 1 || s == i + 2;
                streams[i] = new RunRandom(options.Seed, checked((((2 * r) + (fromB ? 1 : 0)) * k) + i));
                Perturbation.ApplyStep(steps[i], draw, streams[i]);
            }

            RatingMethod<TPage> drawn = UncertaintyAnalysis.MethodOf(method, draw);
            for (int i = 0; i < k; i++)
            {
                if (steps[i].Change is Func<RatingMethod<TPage>, RunRandom, RatingMethod<TPage>> change)
                {
                    drawn = change(drawn, streams[i]);
                    if (drawn is null)
                    {
                        Throw.PerturbationReturnedNull(r);
                    }
                }
            }

            RatingResult<TPage> result = drawn.Evaluate(pages, options.Evaluation);
            if (result.Columns.Count != m)
            {
                Throw.PerturbationChangedPages(r, result.Columns.Count, m);
            }

            finals[s][r] = result.Columns.FinalPlaces.ToArray();
        });

        // The rating as a whole: the mean absolute shift from the nominal places.
        var shift = new double[k + 2][];
        for (int s = 0; s < shift.Length; s++)
        {
            shift[s] = new double[n];
            for (int r = 0; r < n; r++)
            {
                double sum = 0;
                double[] places = finals[s][r];
                for (int p = 0; p < m; p++)
                {
                    sum += Math.Abs(places[p] - nominalFinal[p]);
                }

                shift[s][r] = m == 0 ? 0 : sum / m;
            }
        }

        var inputs = new SensitivityIndex[k];
        var a = new double[n];
        var b = new double[n];
        var ab = new double[n];
        var perPage = new SensitivityIndex[m][];
        for (int p = 0; p < m; p++)
        {
            perPage[p] = new SensitivityIndex[k];
        }

        for (int i = 0; i < k; i++)
        {
            string name = Perturbation.NameOf(steps[i]);
            (double first, double total) = Estimate(shift[0], shift[1], shift[i + 2]);
            inputs[i] = new SensitivityIndex(name, first, total);
            for (int p = 0; p < m; p++)
            {
                for (int r = 0; r < n; r++)
                {
                    a[r] = finals[0][r][p];
                    b[r] = finals[1][r][p];
                    ab[r] = finals[i + 2][r][p];
                }

                (double pageFirst, double pageTotal) = Estimate(a, b, ab);
                perPage[p][i] = new SensitivityIndex(name, pageFirst, pageTotal);
            }
        }

        var pagesOut = new PageSensitivity[m];
        RatingRowList<TPage> rows = nominal.RowsInInputOrder;
        for (int p = 0; p < m; p++)
        {
            RatingRow<TPage> row = rows[p];
            pagesOut[p] = new PageSensitivity(row.Id, row.FinalPlace, perPage[p]);
        }

        return new SensitivityResult(inputs, pagesOut, n);
    }
}
