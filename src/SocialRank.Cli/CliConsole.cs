namespace SocialRank.Cli;

/// <summary>What the tool knows about where its output goes.</summary>
/// <param name="OutputIsTerminal">Whether stdout is a terminal (then the table is drawn in colour).</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal.</param>
/// <param name="Width">The terminal's width in characters (used only when <paramref name="OutputIsTerminal"/>).</param>
internal sealed record CliConsole(bool OutputIsTerminal, bool ErrorIsTerminal, int Width)
{
    /// <summary>Gets the settings for output that is redirected (files, pipes, tests).</summary>
    internal static CliConsole Redirected { get; } = new(false, false, 120);

    /// <summary>Returns the settings of the process's own console.</summary>
    internal static CliConsole FromSystem()
    {
        bool outTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        int width = 120;
        if (outTerminal)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : 120;
            }
            catch (IOException)
            {
                width = 120;
            }
        }

        return new CliConsole(outTerminal, !Console.IsErrorRedirected, width);
    }
}
