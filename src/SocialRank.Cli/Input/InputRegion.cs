namespace SocialRank.Cli.Input;

/// <summary>One region of the regions file.</summary>
internal sealed record InputRegion(string Id, string? Name, string? NameRu, double? Population, int Line);
