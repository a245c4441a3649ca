namespace SocialRank.Ranking;

/// <summary>
/// How values that compare equal share places. The semantics are those of pandas <c>Series.rank(method=...)</c>.
/// </summary>
public enum TieMethod
{
    /// <summary>Competition ranking ("1224"): tied values all take the lowest place of their group. The default.</summary>
    Min = 0,

    /// <summary>Tied values all take the mean of the places their group covers ("1 2.5 2.5 4").</summary>
    Average = 1,

    /// <summary>Tied values all take the highest place of their group ("1334").</summary>
    Max = 2,

    /// <summary>Dense ranking ("1223"): like <see cref="Min"/>, but the next group's place follows without a gap.</summary>
    Dense = 3,

    /// <summary>Ordinal ranking (pandas "first"): tied values take consecutive places in input order, in either direction.</summary>
    Ordinal = 4,
}
