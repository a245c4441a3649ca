namespace SocialRank.Cli.Input;

/// <summary>One page as read from the pages file, checked, with its population looked up.</summary>
internal sealed record InputPage(string Id, int Line)
{
    public string? Name { get; init; }

    public string? NameRu { get; init; }

    public string? Network { get; init; }

    public string? Region { get; init; }

    public double? Followers { get; init; }

    public double? Posts { get; init; }

    public double? Likes { get; init; }

    public double? Comments { get; init; }

    public double? Shares { get; init; }

    public double? Saves { get; init; }

    public double? Views { get; init; }

    public double? Reach { get; init; }

    public double? EngagedUsers { get; init; }

    public double? Population { get; init; }

    public string? ExclusionReason { get; init; }

    /// <summary>Returns the name to show in <paramref name="language"/>: the Russian name for "ru" when there is one.</summary>
    public string DisplayName(string language)
        => language == "ru" && !string.IsNullOrWhiteSpace(NameRu) ? NameRu
            : !string.IsNullOrWhiteSpace(Name) ? Name
            : !string.IsNullOrWhiteSpace(NameRu) ? NameRu
            : Id;
}

/// <summary>One region of the regions file.</summary>
internal sealed record InputRegion(string Id, string? Name, string? NameRu, double? Population, int Line);
