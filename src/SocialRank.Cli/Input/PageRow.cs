using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>One page as read from the pages file, checked, with its population looked up, and the line it is on.</summary>
/// <param name="Page">The page: named in the language asked for, its region as the owner.</param>
/// <param name="Line">Its line (or sheet row) in the pages file, for messages about it.</param>
internal readonly record struct PageRow(PageStats Page, int Line);
