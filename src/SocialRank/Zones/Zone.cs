namespace SocialRank.Zones;

/// <summary>A named zone of a rating table, with the colour it is shown in (the user's names and colours).</summary>
public sealed record Zone
{
    private readonly string _name = "";
    private readonly string _colour = "";

    /// <summary>Initializes a zone.</summary>
    /// <param name="name">The zone's name, e.g. <c>white zone</c>.</param>
    /// <param name="colour">The colour, as any text the consumer understands, e.g. <c>#ffffff</c> or <c>red</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="colour"/> is <see langword="null"/>.</exception>
    public Zone(string name, string colour)
    {
        Name = name;
        Colour = colour;
    }

    /// <summary>Gets the zone's name.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Name
    {
        get => _name;
        init => _name = ZoneThrow.CheckName(value, nameof(Name));
    }

    /// <summary>Gets the zone's colour.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Colour
    {
        get => _colour;
        init => _colour = value ?? throw new ArgumentNullException(nameof(Colour));
    }

    /// <summary>Returns the zone's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _name;
}
