using SocialRank.Internal;

namespace SocialRank.Zones;

/// <summary>A named zone of a rating table, with the color it is shown in (the user's names and colors).</summary>
public sealed record Zone
{
    private readonly string _name = "";
    private readonly string _color = "";

    /// <summary>Initializes a zone.</summary>
    /// <param name="name">The zone's name, e.g. <c>white zone</c>.</param>
    /// <param name="color">The color, as any text the consumer understands, e.g. <c>#ffffff</c> or <c>red</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="color"/> is <see langword="null"/>.</exception>
    public Zone(string name, string color)
    {
        _name = Throw.IfBlank(name);
        _color = Throw.IfNull(color);
    }

    /// <summary>Gets the zone's name.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Name
    {
        get => _name;
        init => _name = Throw.IfBlank(value);
    }

    /// <summary>Gets the zone's color.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Color
    {
        get => _color;
        init => _color = Throw.IfNull(value);
    }

    /// <summary>Returns the zone's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _name;
}
