using System.Globalization;
using System.Text;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>
/// <c>tool-file --pages N --out FILE.csv [--seed S]</c>: writes the benchmarks' generated pages as a pages file for the
/// <c>socialrank</c> tool, in the bundled sample's columns (id, English and Russian names, network, region, the counts,
/// population, eligible, exclusion reason; a missing count is an empty cell), for <c>benchmarks/results/tool-million/run.sh</c>.
/// </summary>
internal static class ToolFile
{
    private const string Header = "id,name_en,name_ru,network,region,followers,posts,likes,comments,shares,saves,engaged_users,population,eligible,exclusion_reason";

    public static int Run(Dictionary<string, string> options)
    {
        int n = PipelineCommands.Sizes(options.GetValueOrDefault("pages", "1000000")).Single();
        string path = options.TryGetValue("out", out string? o) ? o : throw new ArgumentException("tool-file needs --out FILE.csv.");
        ulong seed = options.TryGetValue("seed", out string? s) ? ulong.Parse(s, CultureInfo.InvariantCulture) : PageGenerator.DefaultSeed;
        RawPages raw = PageGenerator.Generate(n, seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(256);
        for (int i = 0; i < n; i++)
        {
            string network = (i & 1) == 0 ? "Facebook" : "Instagram";
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"page-{i:D7},Region {i / 2} — {network},Регион {i / 2} — {network},{network},region-{i / 2 % 50000}");
            for (int c = 0; c < 8; c++)
            {
                line.Append(',');
                double v = raw.Columns[c][i];
                if (!double.IsNaN(v))
                {
                    line.Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            line.Append(",true,");
            writer.WriteLine(line);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tool-file: {n} pages written to {path} ({new FileInfo(path).Length / 1e6:F1} MB)."));
        return 0;
    }
}
