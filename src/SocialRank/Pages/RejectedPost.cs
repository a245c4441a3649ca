namespace SocialRank.Pages;

/// <summary>One post that was not counted: its position among the posts given and its id.</summary>
/// <param name="Index">The post's 0-based position in the posts given (a reader maps it to a file line).</param>
/// <param name="PostId">The post's id.</param>
public readonly record struct RejectedPost(int Index, string PostId);
