namespace SocialRank.Cli;

/// <summary><c>socialrank method</c>.</summary>
internal static class MethodCommand
{
    internal static int Run(bool printDefault, string? check, string language, TextWriter stdout)
    {
        _ = (printDefault, check, language, stdout);
        return 0;
    }
}
