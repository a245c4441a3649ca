using SocialRank.Formatting;
using SocialRank.Zones;
using Spectre.Console;
using Spectre.Console.Rendering;
using Column = SocialRank.Formatting.TableColumn;
using Row = SocialRank.Formatting.TableRow;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the library's <see cref="RatingTable"/> as a Spectre.Console table for a terminal: each row's zone shown in
/// its colour, an indicator's cells in the colour of a zone scheme on it. Used only when stdout is a terminal; redirected
/// output gets the library's plain text table instead.
/// </summary>
internal static class ConsoleTableRenderer
{
    internal static void Write(RatingTable table, TextWriter writer, int width)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Math.Max(width, 80);

        var grid = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Title));
        foreach (Column column in table.Columns)
        {
            var header = new Spectre.Console.TableColumn(Markup.Escape(column.Header));
            grid.AddColumn(column.IsNumeric ? header.RightAligned() : header);
        }

        foreach (Row row in table.Rows)
        {
            grid.AddRow(row.Cells.Select(cell => (IRenderable)new Text(cell.Text, cell.Kind switch
            {
                TableColumnKind.Place => ZoneStyle(row.Zone),
                TableColumnKind.Zone when cell.Zone == row.Zone => ZoneStyle(row.Zone),
                TableColumnKind.Score or TableColumnKind.Value when cell.Zone is { } zone => new Style(foreground: ToColor(zone.Color)),
                _ => Style.Plain,
            })));
        }

        console.Write(grid);
        foreach (TableExclusion excluded in table.Excluded)
        {
            console.Write(new Text($"{table.Labels.Excluded}: {excluded.Name} ({excluded.Id}): {excluded.Reason}"));
            console.WriteLine();
        }

        foreach (string line in table.Method?.Lines ?? [])
        {
            console.Write(new Text(line, new Style(decoration: Decoration.Dim)));
            console.WriteLine();
        }
    }

    private static Style ZoneStyle(Zone? zone) => zone is null
        ? Style.Plain
        : new Style(foreground: Contrast.NeedsWhiteText(zone.Color) ? Color.White : Color.Black, background: ToColor(zone.Color));

    private static Color ToColor(string colour)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(colour);
        return new Color(r, g, b);
    }
}
