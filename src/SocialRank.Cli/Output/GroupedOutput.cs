using System.Text.Json;
using nietras.SeparatedValues;
using SocialRank.Cli.Method;
using SocialRank.Formatting;
using SocialRank.Pages;
using SocialRank.Rating;

namespace SocialRank.Cli.Output;

/// <summary>
/// The outputs of <c>rate --group-by</c>: one table per group, each the group's own rating, in every text format. Plain
/// text and Markdown: the groups' tables one after another under their headings; CSV: one table with the group as its
/// first column; JSON: the groups, each with its rating as <c>rate --format json</c> writes one; HTML: one page with a
/// section per group (<see cref="HtmlRenderer.WriteGroups"/>).
/// </summary>
internal static class GroupedOutput
{
    /// <summary>Writes the groups' tables in <paramref name="format"/> (table, md, csv, json or html).</summary>
    internal static void Write(string format, string groupBy, string title, IReadOnlyList<(string Key, RatingTable Table, RatingResult<PageStats> Result)> groups, LoadedMethod loaded, HtmlPageInfo page, TextWriter w)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(groupBy, groups, w);
                break;
            case "json":
                WriteJson(groupBy, groups, loaded, w);
                break;
            case "html":
                HtmlRenderer.WriteGroups(title, [.. groups.Select(g => (g.Key, g.Table))], page, w);
                break;
            default:
                for (int g = 0; g < groups.Count; g++)
                {
                    RatingTable table = groups[g].Table;
                    if (format == "md")
                    {
                        w.Write($"{(g == 0 ? "" : "\n")}## {TableWriter.EscapeMarkdown(table.Title)}\n\n");
                        TableWriter.WriteMarkdown(table, w);
                    }
                    else
                    {
                        w.Write($"{(g == 0 ? "" : "\n")}{table.Title}\n\n");
                        TableWriter.WriteText(table, w);
                    }

                    if (CliTable.TopLine(table) is { } top)
                    {
                        w.Write($"\n{top}\n");
                    }
                }

                break;
        }
    }

    /// <summary>The CSV of every group: each group's table as <see cref="TableWriter.WriteCsv"/> writes it (the one rule for its columns), read back and written with the group first.</summary>
    private static void WriteCsv(string groupBy, IReadOnlyList<(string Key, RatingTable Table, RatingResult<PageStats> Result)> groups, TextWriter w)
    {
        using SepWriter csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(w, leaveOpen: true);
        foreach ((string key, RatingTable table, _) in groups)
        {
            using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromText(TableWriter.ToCsv(table));
            string[] header = [.. reader.Header.ColNames];
            foreach (SepReader.Row source in reader)
            {
                using SepWriter.Row row = csv.NewRow();
                row[groupBy].Set(TableWriter.NeutralizeFormula(key));
                for (int c = 0; c < header.Length; c++)
                {
                    row[header[c]].Set(source[c].Span);
                }
            }
        }
    }

    private static void WriteJson(string groupBy, IReadOnlyList<(string Key, RatingTable Table, RatingResult<PageStats> Result)> groups, LoadedMethod loaded, TextWriter w)
    {
        w.Write($"{{\n  \"groupBy\": {JsonSerializer.Serialize(groupBy)},\n  \"groups\": [\n");
        for (int g = 0; g < groups.Count; g++)
        {
            w.Write($"    {{ \"group\": {JsonSerializer.Serialize(groups[g].Key)}, \"rating\":\n");
            JsonResult.From(groups[g].Table, groups[g].Result, loaded).WriteTo(w);
            w.Write(g < groups.Count - 1 ? "\n    },\n" : "\n    }\n");
        }

        w.Write("  ]\n}\n");
    }
}
