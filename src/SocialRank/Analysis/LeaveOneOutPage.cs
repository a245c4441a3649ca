namespace SocialRank.Analysis;

/// <summary>One page's row of the leave-one-indicator-out table.</summary>
public sealed class LeaveOneOutPage
{
    private readonly double[] _places;
    private readonly double[] _shifts;

    internal LeaveOneOutPage(string id, string name, double nominal, double[] places)
    {
        Id = id;
        Name = name;
        NominalPlace = nominal;
        _places = places;
        _shifts = [.. places.Select(p => p - nominal)];
        MaxAbsoluteShift = _shifts.Length == 0 ? 0 : _shifts.Max(Math.Abs);
    }

    /// <summary>Gets the page's id.</summary>
    public string Id { get; }

    /// <summary>Gets the page's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the page's final place with every indicator.</summary>
    public double NominalPlace { get; }

    /// <summary>Gets the page's final place with each indicator removed, in <see cref="LeaveOneOut.Indicators"/> order.</summary>
    public IReadOnlyList<double> Places => _places;

    /// <summary>Gets place − nominal place for each indicator removed (negative: the page rises without it).</summary>
    public IReadOnlyList<double> Shifts => _shifts;

    /// <summary>Gets the largest |shift| over the indicators removed.</summary>
    public double MaxAbsoluteShift { get; }
}
