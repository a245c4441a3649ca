using System.Text;

namespace SocialRank.Cli.Output;

/// <summary>Writes the rating as a GitHub-flavoured Markdown table, with the excluded pages and the method below it.</summary>
internal static class MarkdownRenderer
{
    internal static void Write(RatingView view, TextWriter w)
    {
        w.WriteLine($"## {Escape(view.Title)}");
        w.WriteLine();
        var header = new List<string> { view.Labels.Place, view.Labels.Page };
        header.AddRange(view.Indicators.Select(i => i.Name));
        header.Add(view.Labels.Total);
        if (view.Zones.Count > 0)
        {
            header.Add(view.Labels.Zone);
        }

        w.WriteLine("| " + string.Join(" | ", header.Select(Escape)) + " |");
        w.WriteLine("|" + string.Concat(header.Select((_, i) => i == 1 || (view.Zones.Count > 0 && i == header.Count - 1) ? " --- |" : " ---: |")));
        foreach (ViewRow row in view.Rows)
        {
            var cells = new List<string> { ViewFormat.Number(row.Place), row.Name };
            for (int i = 0; i < view.Indicators.Count; i++)
            {
                cells.Add($"{ViewFormat.Value(row.Cells[i].Value, view.Indicators[i].Precision, view.Labels)} ({ViewFormat.Number(row.Cells[i].Place)})");
            }

            cells.Add(ViewFormat.Number(row.Total));
            if (view.Zones.Count > 0)
            {
                cells.Add(row.Zone?.Name ?? "");
            }

            w.WriteLine("| " + string.Join(" | ", cells.Select(Escape)) + " |");
        }

        if (view.Excluded.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"**{Escape(view.Labels.Excluded)}:**");
            w.WriteLine();
            foreach (ViewExcluded excluded in view.Excluded)
            {
                w.WriteLine($"- {Escape(excluded.Name)} ({Escape(excluded.Id)}): {Escape(excluded.Reason)}");
            }
        }

        w.WriteLine();
        w.WriteLine($"**{Escape(view.Labels.Method)}:**");
        w.WriteLine();
        foreach (string line in view.MethodLines)
        {
            w.WriteLine($"- {Escape(line)}");
        }
    }

    /// <summary>Escapes the characters Markdown would read as markup, and HTML's angle brackets.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '#':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
