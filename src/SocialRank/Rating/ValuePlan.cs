using SocialRank.Indicators;

namespace SocialRank.Rating;

/// <summary>
/// Computes every indicator's value of a page with each distinct operand computed once: the values' operations are
/// flattened into steps, shared operands (the same field read by several indicators, the same ratio inside two
/// indicators) become one step, and each step writes one slot.
/// </summary>
/// <remarks>
/// Two read steps are the same when they call the same function; two operations are the same when they apply the same
/// operation to the same slots (and factor). Each step computes with <c>PageValue.Apply</c>, the arithmetic
/// <see cref="PageValue{TPage}.Read"/> uses, so the values are bit for bit those of reading each indicator's value on its own.
/// </remarks>
/// <typeparam name="TPage">The type of page.</typeparam>
internal sealed class ValuePlan<TPage>
{
    private readonly Step[] _steps;
    private readonly int[] _outputs;

    /// <summary>Initializes the plan that computes <paramref name="values"/>, in order.</summary>
    internal ValuePlan(IReadOnlyList<PageValue<TPage>> values)
    {
        var steps = new List<Step>();
        var reads = new Dictionary<Func<TPage, double>, int>(ReferenceEqualityComparer.Instance);
        var operations = new Dictionary<(PageValue<TPage>.OperationKind, int, int, long), int>();
        int SlotOf(PageValue<TPage> value)
        {
            PageValue<TPage>.Operation operation = value.Computation;
            if (operation.Kind == PageValue<TPage>.OperationKind.Read || operation.Left is null)
            {
                Func<TPage, double> read = value.ReadFunction;
                if (!reads.TryGetValue(read, out int slot))
                {
                    reads.Add(read, slot = steps.Count);
                    steps.Add(new Step(PageValue<TPage>.OperationKind.Read, read, -1, -1, 0));
                }

                return slot;
            }

            int left = SlotOf(operation.Left);
            int right = operation.Right is null ? -1 : SlotOf(operation.Right);
            var key = (operation.Kind, left, right, BitConverter.DoubleToInt64Bits(operation.Factor));
            if (!operations.TryGetValue(key, out int found))
            {
                operations.Add(key, found = steps.Count);
                steps.Add(new Step(operation.Kind, null, left, right, operation.Factor));
            }

            return found;
        }

        _outputs = [.. values.Select(SlotOf)];
        _steps = [.. steps];
    }

    /// <summary>Gets the number of slots <see cref="Compute"/> writes.</summary>
    internal int SlotCount => _steps.Length;

    /// <summary>Gets, for each value in order, the slot that holds it after <see cref="Compute"/>.</summary>
    internal ReadOnlySpan<int> Outputs => _outputs;

    /// <summary>Computes every step for <paramref name="page"/> into <paramref name="slots"/> (at least <see cref="SlotCount"/> long).</summary>
    internal void Compute(TPage page, Span<double> slots)
    {
        Step[] steps = _steps;
        for (int s = 0; s < steps.Length; s++)
        {
            Step step = steps[s];
            slots[s] = step.Kind == PageValue<TPage>.OperationKind.Read
                ? step.Function!(page)
                : PageValue<TPage>.Apply(step.Kind, slots[step.Left], step.Right < 0 ? 0 : slots[step.Right], step.Factor);
        }
    }

    private readonly record struct Step(PageValue<TPage>.OperationKind Kind, Func<TPage, double>? Function, int Left, int Right, double Factor);
}
