using SocialRank.Formatting;
using SocialRank.Zones;

namespace SocialRank.Cli.Output;

/// <summary>
/// An analysis's report (robustness, compare) laid out once for every text format: a heading line, one table of pages
/// (each row with the zone it is coloured in) and blocks of lines after it, each line plain or an item of a list, an item
/// optionally as a label and its text (aligned in plain text). <see cref="WriteText"/> writes the console table,
/// <see cref="WriteMarkdown"/> Markdown, and <see cref="HtmlRenderer.WriteReport"/> a page to publish.
/// </summary>
/// <param name="title">The page's title (the HTML heading).</param>
/// <param name="heading">The line above the table: what was analysed, and how.</param>
/// <param name="header">The table's column headers.</param>
/// <param name="leftAligned">The columns of text (left-aligned); the others are numbers.</param>
internal sealed class AnalysisReport(string title, string heading, string[] header, params int[] leftAligned)
{
    private readonly List<List<Line>> _blocks = [];

    /// <summary>
    /// Returns the format an analysis writes (robustness, compare, history, targets): <paramref name="format"/>, else the
    /// one <paramref name="outPath"/>'s extension names, else <c>table</c>; bad input when it is none of table, csv, md,
    /// html, json and xlsx.
    /// </summary>
    internal static string Format(string? format, string? outPath, string command)
    {
        string chosen = format ?? RateCommand.FormatFromExtension(outPath) ?? "table";
        return chosen is "table" or "csv" or "md" or "html" or "json" or "xlsx"
            ? chosen
            : throw new Input.InputException($"--format {chosen}: {command} writes table, csv, md, html, json or xlsx.");
    }

    /// <summary>Gets the page's title.</summary>
    internal string Title { get; } = title;

    /// <summary>Gets the line above the table.</summary>
    internal string Heading { get; } = heading;

    /// <summary>Gets the table's column headers.</summary>
    internal string[] Header { get; } = header;

    /// <summary>Gets the indexes of the columns of text.</summary>
    internal int[] LeftAligned { get; } = leftAligned;

    /// <summary>Gets the rows, in order, each with its zone (none when the method has no zones).</summary>
    internal List<(string[] Cells, Zone? Zone)> Rows { get; } = [];

    /// <summary>Gets the blocks of lines after the table.</summary>
    internal IReadOnlyList<IReadOnlyList<Line>> Blocks => _blocks;

    /// <summary>Gets or sets an SVG figure that the HTML page shows after the table (e.g. the rank-interval chart).</summary>
    internal string? FigureSvg { get; set; }

    /// <summary>Gets or sets the figure's caption.</summary>
    internal string? FigureCaption { get; set; }

    /// <summary>Adds a row.</summary>
    internal void Row(string[] cells, Zone? zone) => Rows.Add((cells, zone));

    /// <summary>Starts a block of lines (a blank line before it in plain text).</summary>
    internal AnalysisReport Block()
    {
        _blocks.Add([]);
        return this;
    }

    /// <summary>Adds a plain line to the current block.</summary>
    internal AnalysisReport Text(string text) => Add(new Line(null, text, IsItem: false));

    /// <summary>Adds an item of a list to the current block.</summary>
    internal AnalysisReport Item(string text) => Add(new Line(null, text, IsItem: true));

    /// <summary>Adds an item made of a label and its text; in plain text the block's labels are padded to one width.</summary>
    internal AnalysisReport Item(string label, string text) => Add(new Line(label, text, IsItem: true));

    private AnalysisReport Add(Line line)
    {
        if (_blocks.Count == 0)
        {
            _blocks.Add([]);
        }

        _blocks[^1].Add(line);
        return this;
    }

    /// <summary>Writes the report as plain text: the heading, the aligned table (<see cref="TextColumns"/>), each block after a blank line, items indented by two spaces.</summary>
    internal void WriteText(TextWriter w)
    {
        w.Write(Heading + "\n\n");
        TextColumns.Write(w, Header, [.. Rows.Select(r => r.Cells)], LeftAligned);
        foreach (IReadOnlyList<Line> block in _blocks)
        {
            w.Write('\n');
            int width = block.Where(l => l.Label is not null).Select(l => l.Label!.Length).DefaultIfEmpty(0).Max();
            foreach (Line line in block)
            {
                w.Write((line.IsItem ? "  " : "") + (line.Label is { } label ? label.PadRight(width) + "  " : "") + line.Text + "\n");
            }
        }
    }

    /// <summary>Writes the report as Markdown: the heading in bold, a table (numbers right-aligned), plain lines as paragraphs and items as lists; every text escaped.</summary>
    internal void WriteMarkdown(TextWriter w)
    {
        w.Write("**" + TableWriter.EscapeMarkdown(Heading) + "**\n\n");
        w.Write("| " + string.Join(" | ", Header.Select(TableWriter.EscapeMarkdown)) + " |\n");
        w.Write("|" + string.Concat(Header.Select((_, c) => LeftAligned.Contains(c) ? " --- |" : " ---: |")) + "\n");
        foreach ((string[] cells, _) in Rows)
        {
            w.Write("| " + string.Join(" | ", cells.Select(TableWriter.EscapeMarkdown)) + " |\n");
        }

        foreach (IReadOnlyList<Line> block in _blocks)
        {
            bool inList = false;
            foreach (Line line in block)
            {
                if (line.IsItem)
                {
                    w.Write((inList ? "" : "\n") + "- " + TableWriter.EscapeMarkdown(line.Joined) + "\n");
                }
                else
                {
                    w.Write("\n" + TableWriter.EscapeMarkdown(line.Joined) + "\n");
                }

                inList = line.IsItem;
            }
        }
    }

    /// <summary>One line after the table.</summary>
    /// <param name="Label">The item's label, if any.</param>
    /// <param name="Text">The text.</param>
    /// <param name="IsItem">Whether the line is an item of a list.</param>
    internal sealed record Line(string? Label, string Text, bool IsItem)
    {
        /// <summary>Gets the label and the text as one line where nothing is aligned: "label: text".</summary>
        internal string Joined => Label is null ? Text : Label + ": " + Text;
    }
}
