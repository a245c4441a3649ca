namespace SocialRank.Cli;

/// <summary><c>socialrank rate</c>.</summary>
internal static class RateCommand
{
    internal static Task<int> RunAsync(RateOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        _ = (options, stdout, stderr, console, cancellationToken);
        return Task.FromResult(0);
    }
}
