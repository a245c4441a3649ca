// Temporary stand-in for SocialRank.Indicators.PageStats until the model branch is merged; deleted at the merge.
namespace SocialRank.Indicators;

internal sealed record PageStats(string Id)
{
    public double? Followers { get; init; }
    public double? Posts { get; init; }
    public double? Likes { get; init; }
    public double? Comments { get; init; }
    public double? Shares { get; init; }
    public double? Saves { get; init; }
    public double? EngagedUsers { get; init; }
    public double? Population { get; init; }
}
