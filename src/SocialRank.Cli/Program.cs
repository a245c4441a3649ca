using System.Text;

namespace SocialRank.Cli;

/// <summary>The entry point of the <c>socialrank</c> tool.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await CliApp.RunAsync(args, Console.Out, Console.Error, CliConsole.FromSystem(), cancel.Token).ConfigureAwait(false);
    }
}
