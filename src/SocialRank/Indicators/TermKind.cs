namespace SocialRank.Indicators;

/// <summary>What a <see cref="Term{TPage}"/> of a value's canonical form computes.</summary>
public enum TermKind
{
    /// <summary>A field read from the page: <see cref="Term{TPage}.Field"/>.</summary>
    Read = 0,

    /// <summary>A constant: <see cref="Term{TPage}.Constant"/>.</summary>
    Constant = 1,

    /// <summary><see cref="Term{TPage}.Left"/> + <see cref="Term{TPage}.Right"/>.</summary>
    Sum = 2,

    /// <summary><see cref="Term{TPage}.Left"/> × <see cref="Term{TPage}.Right"/>.</summary>
    Product = 3,
}
