using System.Runtime.CompilerServices;
using SocialRank.Ranking;

namespace SocialRank.Indicators;

/// <summary>
/// Computes values of a page in their canonical form (see <see cref="PageValue{TPage}"/>) with each distinct term computed
/// once: numerators, denominators and divisors are flattened into steps, shared terms (the same field read by several
/// values, the same product inside two of them) become one step, and each step writes one slot. Each value then divides
/// its numerator by its denominator once.
/// </summary>
/// <remarks>
/// Two read steps are the same when they call the same function; two constants when they are the same number; two sums or
/// products when they combine the same slots. <see cref="PageValue{TPage}.Read"/> uses a plan of its own value, so a value
/// is bit for bit the same read alone or in a rating.
/// </remarks>
/// <typeparam name="TPage">The type of page.</typeparam>
internal sealed class ValuePlan<TPage>
{
    private readonly Step[] _steps;
    private readonly Output[] _outputs;
    private readonly int[] _guards;

    /// <summary>Initializes the plan that computes <paramref name="values"/>, in order.</summary>
    internal ValuePlan(IReadOnlyList<PageValue<TPage>> values)
    {
        var steps = new List<Step>();
        var reads = new Dictionary<Func<TPage, double>, int>(ReferenceEqualityComparer.Instance);
        var constants = new Dictionary<long, int>();
        var operations = new Dictionary<(TermKind, int, int), int>();
        int SlotOf(Term<TPage> term)
        {
            switch (term.Kind)
            {
                case TermKind.Read:
                    if (!reads.TryGetValue(term.Read!, out int read))
                    {
                        reads.Add(term.Read!, read = steps.Count);
                        steps.Add(new Step(term.Kind, term.Read, -1, -1, 0));
                    }

                    return read;
                case TermKind.Constant:
                    long bits = BitConverter.DoubleToInt64Bits(term.Constant);
                    if (!constants.TryGetValue(bits, out int constant))
                    {
                        constants.Add(bits, constant = steps.Count);
                        steps.Add(new Step(term.Kind, null, -1, -1, term.Constant));
                    }

                    return constant;
                default:
                    int left = SlotOf(term.Left!);
                    int right = SlotOf(term.Right!);
                    if (!operations.TryGetValue((term.Kind, left, right), out int found))
                    {
                        operations.Add((term.Kind, left, right), found = steps.Count);
                        steps.Add(new Step(term.Kind, null, left, right, 0));
                    }

                    return found;
            }
        }

        var outputs = new Output[values.Count];
        var guards = new List<int>();
        for (int v = 0; v < values.Count; v++)
        {
            PageValue<TPage> value = values[v];
            int numerator = SlotOf(value.Numerator);
            int denominator = value.Denominator is null ? -1 : SlotOf(value.Denominator);

            // A divisor that is a factor of the denominator needs no check of its own: the denominator is 0 when it is.
            var factors = new HashSet<int>();
            CollectFactors(value.Denominator, factors, SlotOf);
            int first = guards.Count;
            foreach (Term<TPage> guard in value.Guards)
            {
                int slot = SlotOf(guard);
                if (!factors.Contains(slot) && !guards.Skip(first).Contains(slot))
                {
                    guards.Add(slot);
                }
            }

            outputs[v] = new Output(numerator, denominator, first, guards.Count - first);
        }

        _outputs = outputs;
        _guards = [.. guards];
        _steps = [.. steps];
    }

    /// <summary>How many pages the pass over the pages computes together with <see cref="ComputeBlock(ReadOnlySpan{TPage}, Span{double}, int)"/>: a block's rows stay in the cache.</summary>
    internal const int BlockSize = 256;

    /// <summary>Gets the number of steps, each of which <see cref="ComputeBlock(ReadOnlySpan{TPage}, Span{double}, int)"/> writes a row of slots for.</summary>
    internal int SlotCount => _steps.Length;

    /// <summary>
    /// Computes every step for a block of pages (one page for <see cref="PageValue{TPage}.Read"/>), step by step over
    /// the block: step s of page p goes to <paramref name="slots"/>[s ×
    /// <paramref name="stride"/> + p], which is at least <see cref="SlotCount"/> × <paramref name="stride"/> long, the
    /// stride at least the number of pages.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ComputeBlock(ReadOnlySpan<TPage> pages, Span<double> slots, int stride)
    {
        int count = pages.Length;
        System.Diagnostics.Debug.Assert(stride >= count && slots.Length >= _steps.Length * stride, "room for every step's row");
        Step[] steps = _steps;
        for (int s = 0; s < steps.Length; s++)
        {
            Step step = steps[s];
            Span<double> row = slots.Slice(s * stride, count);
            if (step.Kind == TermKind.Read)
            {
                Func<TPage, double> read = step.Function!;
                for (int p = 0; p < row.Length; p++)
                {
                    row[p] = read(pages[p]);
                }
            }
            else
            {
                ComputeStep(step, slots, stride, row);
            }
        }
    }

    /// <summary>
    /// Computes every step for <paramref name="count"/> pages held in columns, from page <paramref name="start"/> on, as
    /// <see cref="ComputeBlock(ReadOnlySpan{TPage}, Span{double}, int)"/> does for page objects: a read step
    /// <c>s</c> takes its row from <paramref name="reads"/>[s] (which reads what the step's function would read from each
    /// page), every other step is computed the same way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ComputeBlock(ColumnRead?[] reads, int start, int count, Span<double> slots, int stride)
    {
        System.Diagnostics.Debug.Assert(stride >= count && slots.Length >= _steps.Length * stride, "room for every step's row");
        System.Diagnostics.Debug.Assert(reads.Length == _steps.Length, "one read per step");
        Step[] steps = _steps;
        for (int s = 0; s < steps.Length; s++)
        {
            Step step = steps[s];
            Span<double> row = slots.Slice(s * stride, count);
            if (step.Kind == TermKind.Read)
            {
                reads[s]!(start, row);
            }
            else
            {
                ComputeStep(step, slots, stride, row);
            }
        }
    }

    /// <summary>Returns the function read step <paramref name="step"/> reads a page with, or <see langword="null"/> when the step is not a read.</summary>
    internal Func<TPage, double>? ReadFunctionOf(int step) => _steps[step].Function;

    /// <summary>Computes a step that is not a read (a constant, sum or product of earlier rows) into <paramref name="row"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeStep(Step step, Span<double> slots, int stride, Span<double> row)
    {
        int count = row.Length;
        switch (step.Kind)
        {
            case TermKind.Constant:
                row.Fill(step.Constant);
                break;
            case TermKind.Sum:
                Combine(slots.Slice(step.Left * stride, count), slots.Slice(step.Right * stride, count), row, product: false);
                break;
            default:
                Combine(slots.Slice(step.Left * stride, count), slots.Slice(step.Right * stride, count), row, product: true);
                break;
        }
    }

    /// <summary>
    /// Writes value <paramref name="index"/> of each page of a block computed by <see cref="ComputeBlock(ReadOnlySpan{TPage}, Span{double}, int)"/> (with the same
    /// <paramref name="stride"/>) to
    /// <paramref name="destination"/> as it is handed to the ranking: numerator / denominator, once (NaN when missing: a
    /// missing leaf, a denominator or a divisor of 0); for a ratio at a precision, a quotient within the midpoint window of
    /// <paramref name="precision"/> is replaced by its exact numerator / denominator rounded (see
    /// <see cref="Precision.RoundRatio"/>), so that rounding the result with <see cref="Precision.Round"/> gives the exact
    /// ratio's rounding in every case.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ValuesOfBlock(int index, ReadOnlySpan<double> slots, int stride, in Precision precision, Span<double> destination)
    {
        int count = destination.Length;
        Output output = _outputs[index];
        ReadOnlySpan<double> numerators = slots.Slice(output.Numerator * stride, count);
        if (output.Denominator < 0)
        {
            numerators.CopyTo(destination);
            return;
        }

        ReadOnlySpan<double> denominators = slots.Slice(output.Denominator * stride, count);
        for (int p = 0; p < destination.Length; p++)
        {
            double denominator = denominators[p];
            destination[p] = denominator == 0 ? double.NaN : numerators[p] / denominator;
        }

        for (int g = output.GuardStart; g < output.GuardStart + output.GuardCount; g++)
        {
            ReadOnlySpan<double> guard = slots.Slice(_guards[g] * stride, count);
            for (int p = 0; p < destination.Length; p++)
            {
                if (guard[p] == 0)
                {
                    destination[p] = double.NaN;
                }
            }
        }

        if (!precision.IsExact)
        {
            // Cheap for every value: no division unless a quotient lies within the midpoint window (NaN stays NaN).
            for (int p = 0; p < destination.Length; p++)
            {
                destination[p] = precision.ClearOfMidpoints(destination[p], numerators[p], denominators[p]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Combine(ReadOnlySpan<double> left, ReadOnlySpan<double> right, Span<double> row, bool product)
    {
        if (product)
        {
            for (int p = 0; p < row.Length; p++)
            {
                row[p] = left[p] * right[p];
            }
        }
        else
        {
            for (int p = 0; p < row.Length; p++)
            {
                row[p] = left[p] + right[p];
            }
        }
    }

    private static void CollectFactors(Term<TPage>? term, HashSet<int> factors, Func<Term<TPage>, int> slotOf)
    {
        if (term is null)
        {
            return;
        }

        factors.Add(slotOf(term));
        if (term.Kind == TermKind.Product)
        {
            CollectFactors(term.Left, factors, slotOf);
            CollectFactors(term.Right, factors, slotOf);
        }
    }

    private readonly record struct Step(TermKind Kind, Func<TPage, double>? Function, int Left, int Right, double Constant);

    /// <summary>Where a value's numerator, denominator (-1 for 1) and extra divisor checks are.</summary>
    private readonly record struct Output(int Numerator, int Denominator, int GuardStart, int GuardCount);
}
