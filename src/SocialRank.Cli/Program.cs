using System.Runtime.InteropServices;
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

        // SIGTERM (a service manager, `kill`, a CI timeout) cancels the run like Ctrl-C, so that its temporary files are
        // deleted and no output is left half-written, instead of ending the process at once.
        using PosixSignalRegistration? terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        return await CliApp.RunAsync(args, Console.Out, Console.Error, CliConsole.FromSystem(), cancel.Token).ConfigureAwait(false);
    }
}
