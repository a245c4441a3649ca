using SocialRank.Formatting;
using SocialRank.Zones;
using Spectre.Console;
using Spectre.Console.Rendering;
using Column = SocialRank.Formatting.TableColumn;
using Row = SocialRank.Formatting.TableRow;
using TableCell = SocialRank.Formatting.TableCell;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the library's <see cref="RatingTable"/> as a Spectre.Console table for a terminal: each row's zone shown in
/// its colour, an indicator's cells in the colour of a zone scheme on it. Used only when stdout is a terminal; redirected
/// output gets the library's plain text table instead. When the table is wider than the terminal (the article's six
/// indicators need about 210 columns), each page is drawn as a block of its own instead, one line a column, so no
/// number is split across lines; the blocks hold every cell of the table.
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
        console.Profile.Width = Math.Max(width, MinimumWidth);

        var grid = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Title));
        foreach (Column column in table.Columns)
        {
            var header = new Spectre.Console.TableColumn(Markup.Escape(column.Header));
            grid.AddColumn(column.IsNumeric ? header.RightAligned() : header);
        }

        foreach (Row row in table.Rows)
        {
            grid.AddRow(row.Cells.Select(cell => (IRenderable)new Text(cell.Text, CellStyle(row, cell))));
        }

        IRenderable wide = grid;
        if (((IRenderable)grid).Measure(RenderOptions.Create(console), int.MaxValue).Max > console.Profile.Width)
        {
            console.Write(new Text(table.Title, new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            console.WriteLine();
            wide = Blocks(table);
        }

        console.Write(wide);
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

    /// <summary>The narrowest terminal drawn for; a narrower one gets lines this long.</summary>
    private const int MinimumWidth = 40;

    /// <summary>
    /// The table as one block a page: the place (in its zone's colour) and the page, then a line for each other column,
    /// its header and the cell, in the table's order.
    /// </summary>
    private static Grid Blocks(RatingTable table)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().RightAligned().PadRight(2));
        grid.AddColumn(new GridColumn().PadRight(2));
        grid.AddColumn(new GridColumn().NoWrap());
        foreach (Row row in table.Rows)
        {
            TableCell? place = row.Find(TableColumnKind.Place);
            grid.AddRow(
                place is null ? Text.Empty : new Text(place.Text, CellStyle(row, place)),
                new Text(row.Find(TableColumnKind.Page)?.Text ?? string.Empty, new Style(decoration: Decoration.Bold)),
                Text.Empty);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                TableCell cell = row.Cells[c];
                if (cell.Kind is not (TableColumnKind.Place or TableColumnKind.Page))
                {
                    grid.AddRow(Text.Empty, new Text(table.Columns[c].Header, new Style(decoration: Decoration.Dim)), new Text(cell.Text, CellStyle(row, cell)));
                }
            }

            grid.AddEmptyRow();
        }

        return grid;
    }

    private static Style CellStyle(Row row, TableCell cell) => cell.Kind switch
    {
        TableColumnKind.Place => ZoneStyle(row.Zone),
        TableColumnKind.Zone when cell.Zone == row.Zone => ZoneStyle(row.Zone),
        TableColumnKind.Score or TableColumnKind.Value when cell.Zone is { } zone => new Style(foreground: ToColor(zone.Color)),
        _ => Style.Plain,
    };

    private static Style ZoneStyle(Zone? zone) => zone is null
        ? Style.Plain
        : new Style(foreground: Contrast.NeedsWhiteText(zone.Color) ? Color.White : Color.Black, background: ToColor(zone.Color));

    private static Color ToColor(string colour)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(colour);
        return new Color(r, g, b);
    }
}
