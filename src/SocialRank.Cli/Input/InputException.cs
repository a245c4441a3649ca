namespace SocialRank.Cli.Input;

/// <summary>
/// The input cannot be used: a file, a cell or an option is wrong. The tool prints each message on its own line and
/// exits with <see cref="ExitCodes.BadInput"/>. Messages come from <see cref="InputErrors"/>.
/// </summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : this([message])
    {
    }

    public InputException(IReadOnlyList<string> messages)
        : base(string.Join(Environment.NewLine, messages))
    {
        Messages = messages;
    }

    public InputException()
        : this("The input is not valid.")
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Messages = [message];
    }

    /// <summary>Gets every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Messages { get; }
}

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    internal const int Ok = 0;

    /// <summary>An unexpected failure inside the tool (a bug): the message and stack trace go to stderr.</summary>
    internal const int Failure = 1;

    /// <summary>Bad input: a file, a cell, method.json or a command-line option is wrong.</summary>
    internal const int BadInput = 2;
}
