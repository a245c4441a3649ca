using System.Diagnostics;
using SocialRank.Cli.Output;

namespace SocialRank.Cli;

/// <summary>
/// Reports progress on stderr for large inputs (more than <see cref="Threshold"/> rows): rows read, then each stage.
/// On a terminal the line is rewritten in place; otherwise one line per step. Small inputs print nothing. The lines are
/// in the words of <c>--lang</c>.
/// </summary>
internal sealed class Progress(TextWriter stderr, bool isTerminal, CliLabels words)
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
            Write(words.Fill(words.ReadingTemplate, words.Count(rows)));
        }
    }

    /// <summary>Starts a stage (when the input is large): <paramref name="stage"/> is its name in the words of <c>--lang</c>, e.g. <see cref="CliLabels.Rating"/>.</summary>
    internal void Stage(int rows, string stage)
    {
        if (rows > Threshold)
        {
            Write(words.Fill(words.StageTemplate, stage, words.Count(rows), words.Seconds(_clock.Elapsed)));
        }
    }

    /// <summary>Ends the report.</summary>
    internal void Done(int rows)
    {
        if (rows > Threshold)
        {
            Write(words.Fill(words.DoneTemplate, words.Count(rows), words.Seconds(_clock.Elapsed)));
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
