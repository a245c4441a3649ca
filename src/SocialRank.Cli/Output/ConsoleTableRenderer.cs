using Spectre.Console;
using Spectre.Console.Rendering;

namespace SocialRank.Cli.Output;

/// <summary>
/// Writes the rating as a Spectre.Console table for a terminal: the zone of each page shown in its colour. Used only
/// when stdout is a terminal; redirected output gets the plain text table instead.
/// </summary>
internal static class ConsoleTableRenderer
{
    internal static void Write(RatingView view, TextWriter writer, int width)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Math.Max(width, 80);

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(view.Title));
        table.AddColumn(new TableColumn(Markup.Escape(view.Labels.Place)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(view.Labels.Page)));
        foreach (ViewIndicator indicator in view.Indicators)
        {
            table.AddColumn(new TableColumn(Markup.Escape(indicator.Name)).RightAligned());
        }

        table.AddColumn(new TableColumn(Markup.Escape(view.Labels.Total)).RightAligned());
        if (view.Zones.Count > 0)
        {
            table.AddColumn(new TableColumn(Markup.Escape(view.Labels.Zone)));
        }

        bool decisions = view.ShowsDecisions;
        if (decisions)
        {
            table.AddColumn(new TableColumn(Markup.Escape(view.Labels.DecidedBy)));
        }

        foreach (ViewRow row in view.Rows)
        {
            var cells = new List<IRenderable>
            {
                new Text(ViewFormat.Number(row.Place), ZoneStyle(row.Zone)),
                new Text(row.Name),
            };
            for (int i = 0; i < view.Indicators.Count; i++)
            {
                ViewCell cell = row.Cells[i];
                string text = $"{ViewFormat.Value(cell.Value, view.Indicators[i].Precision, view.Labels)} ({ViewFormat.Number(cell.Place)})";
                cells.Add(new Text(text, row.ValueZones.TryGetValue(i, out ViewZone? zone) ? new Style(foreground: ToColor(zone.Color)) : Style.Plain));
            }

            cells.Add(new Text(ViewFormat.Number(row.Total)));
            if (view.Zones.Count > 0)
            {
                cells.Add(new Text(row.Zone?.Name ?? "", ZoneStyle(row.Zone)));
            }

            if (decisions)
            {
                cells.Add(new Text(ViewFormat.Decision(row.Decision, view.Labels)));
            }

            table.AddRow(cells);
        }

        console.Write(table);
        foreach (ViewExcluded excluded in view.Excluded)
        {
            console.Write(new Text($"{view.Labels.Excluded}: {excluded.Name} ({excluded.Id}): {excluded.Reason}"));
            console.WriteLine();
        }

        foreach (string line in view.MethodLines)
        {
            console.Write(new Text(line, new Style(decoration: Decoration.Dim)));
            console.WriteLine();
        }
    }

    private static Style ZoneStyle(ViewZone? zone)
    {
        if (zone is null)
        {
            return Style.Plain;
        }

        Color background = ToColor(zone.Color);
        return new Style(foreground: HtmlRenderer.IsDark(zone.Color) ? Color.White : Color.Black, background: background);
    }

    private static Color ToColor(string hex)
    {
        (byte r, byte g, byte b) = HtmlRenderer.Rgb(hex);
        return new Color(r, g, b);
    }
}
