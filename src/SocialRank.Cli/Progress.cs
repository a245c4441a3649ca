using System.Diagnostics;
using System.Globalization;

namespace SocialRank.Cli;

/// <summary>
/// Reports progress on stderr for large inputs (more than <see cref="Threshold"/> rows): rows read, then each stage.
/// On a terminal the line is rewritten in place; otherwise one line per step. Small inputs print nothing.
/// </summary>
internal sealed class Progress(TextWriter stderr, bool isTerminal)
{
    /// <summary>Inputs with more rows than this get a progress indicator.</summary>
    internal const int Threshold = 100_000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _active;

    /// <summary>Gets a value indicating whether anything has been reported.</summary>
    internal bool IsActive => _active;

    /// <summary>Called while reading, every 100,000 rows.</summary>
    internal void RowsRead(int rows)
    {
        if (rows > Threshold || _active)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"Reading: {rows:N0} rows"));
        }
    }

    /// <summary>Starts a stage (when the input is large).</summary>
    internal void Stage(int rows, string stage)
    {
        if (rows > Threshold)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{stage}: {rows:N0} rows ({_clock.Elapsed.TotalSeconds:0.0} s)"));
        }
    }

    /// <summary>Ends the report.</summary>
    internal void Done(int rows)
    {
        if (rows > Threshold)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"Done: {rows:N0} rows in {_clock.Elapsed.TotalSeconds:0.0} s"));
            if (isTerminal)
            {
                stderr.WriteLine();
            }
        }
    }

    private void Write(string text)
    {
        _active = true;
        if (isTerminal)
        {
            stderr.Write("\r" + text.PadRight(60));
        }
        else
        {
            stderr.WriteLine(text);
        }

        stderr.Flush();
    }
}
