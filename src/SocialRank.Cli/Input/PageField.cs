namespace SocialRank.Cli.Input;

/// <summary>A column the pages file may have; which header names mean it is in <see cref="ColumnAliases"/>.</summary>
internal enum PageField
{
    Id,
    Name,
    NameRu,
    Network,
    Region,
    Followers,
    Posts,
    Likes,
    Comments,
    Shares,
    Saves,
    Views,
    Reach,
    EngagedUsers,
    Population,
    Eligible,
    ExclusionReason,
}

/// <summary>A column the regions file may have.</summary>
internal enum RegionField
{
    Id,
    Name,
    NameRu,
    Population,
}
