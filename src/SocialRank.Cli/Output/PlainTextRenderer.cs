using System.Text;

namespace SocialRank.Cli.Output;

/// <summary>Writes the rating as an aligned plain-text table (redirected output): no colour, no box drawing.</summary>
internal static class PlainTextRenderer
{
    internal static void Write(RatingView view, TextWriter writer)
    {
        var header = new List<string> { view.Labels.Place, view.Labels.Page };
        header.AddRange(view.Indicators.Select(i => i.Name));
        header.Add(view.Labels.Total);
        bool zones = view.Zones.Count > 0;
        if (zones)
        {
            header.Add(view.Labels.Zone);
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (ViewRow row in view.Rows)
        {
            var cells = new List<string> { ViewFormat.Number(row.Place), row.Name };
            for (int i = 0; i < view.Indicators.Count; i++)
            {
                cells.Add($"{ViewFormat.Value(row.Cells[i].Value, view.Indicators[i].Precision, view.Labels)} ({ViewFormat.Number(row.Cells[i].Place)})");
            }

            cells.Add(ViewFormat.Number(row.Total));
            if (zones)
            {
                cells.Add(row.Zone?.Name ?? "");
            }

            rows.Add(cells.ToArray());
        }

        int columns = header.Count;
        var widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        writer.WriteLine(view.Title);
        writer.WriteLine();
        foreach (string[] row in rows)
        {
            var line = new StringBuilder();
            for (int c = 0; c < columns; c++)
            {
                bool left = c == 1 || (zones && c == columns - 1);
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(left ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }

        if (view.Excluded.Count > 0)
        {
            writer.WriteLine();
            foreach (ViewExcluded excluded in view.Excluded)
            {
                writer.WriteLine($"{view.Labels.Excluded}: {excluded.Name} ({excluded.Id}): {excluded.Reason}");
            }
        }

        writer.WriteLine();
        foreach (string line in view.MethodLines)
        {
            writer.WriteLine(line);
        }
    }
}
