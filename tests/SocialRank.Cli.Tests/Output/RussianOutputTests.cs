using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Formatting;

namespace SocialRank.Cli.Tests.Output;

/// <summary>With <c>--lang ru</c> every output is Russian throughout: no English scaffolding word in any format.</summary>
public class RussianOutputTests
{
    /// <summary>The words of the tool's and the library's English scaffolding (headers, notes, method text, decisions).</summary>
    private static readonly Regex English = new(
        @"\b(place|page|pages|total|excluded|ties|tie-breakers?|higher is better|lower is better|missing|rank[ -]last|decimals?|weight|exact|half away|half to even|decided|shared|input order|interactions|likes|comments|shares|saves|indicators?|method|zones?|value|none|penalty|fewer)\b|n/a",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The sample's data is English where the file has no Russian column: the exclusion reason.
    private const string DataReason = "Registered as a personal account, not an official page";

    private static readonly string[] Sample = ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--lang", "ru"];

    private static void AssertRussian(string output, string format)
    {
        string text = output.Replace(DataReason, "", StringComparison.Ordinal);
        Match found = English.Match(text);
        Assert.False(found.Success, $"--lang ru {format} has the English word '{found.Value}' in: ...{(found.Success ? text.Substring(Math.Max(0, found.Index - 60), Math.Min(120, text.Length - Math.Max(0, found.Index - 60))) : "")}...");
        Assert.Matches("[А-Яа-я]", text);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("md")]
    [InlineData("csv")]
    public async Task Rate_LangRu_TextMarkdownAndCsv_HaveNoEnglishWord(string format)
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", format]);
        Assert.Equal(0, run.ExitCode);
        AssertRussian(run.Stdout, format);
    }

    [Fact]
    public async Task Rate_LangRuToAFile_TextHasNoEnglishWord()
    {
        using var dir = new TempDir();
        string output = dir.File("rating.txt");
        Assert.Equal(0, (await CliRunner.RunAsync([.. Sample, "--out", output])).ExitCode);
        AssertRussian(await File.ReadAllTextAsync(output), "text file");
    }

    [Fact]
    public async Task Rate_LangRuOnTerminal_HasNoEnglishWord()
    {
        Run run = await CliRunner.RunAsync(new CliConsole(true, true, 400), Sample);
        Assert.Equal(0, run.ExitCode);
        AssertRussian(Regex.Replace(run.Stdout, @"\u001b\[[0-9;]*m", ""), "terminal table");
    }

    [Fact]
    public async Task Rate_LangRuHtml_HasNoEnglishWordInItsText()
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", "html"]);
        Assert.Equal(0, run.ExitCode);
        var doc = new HtmlParser().ParseDocument(run.Stdout);
        Assert.Equal("ru", doc.DocumentElement.GetAttribute("lang"));
        AssertRussian(doc.Title + "\n" + doc.Body!.TextContent, "HTML");
    }

    [Fact]
    public async Task Rate_LangRuJson_HasNoEnglishWordInItsLabels()
    {
        Run run = await CliRunner.RunAsync([.. Sample, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Stdout);
        var values = new List<string>();
        Collect(json.RootElement, values);
        Assert.Contains("общее место", values);
        AssertRussian(string.Join("\n", values), "JSON");

        // The keys are the format's, the method is the method file (its codes read back with --method) and "decision" is a
        // code of the format (total, tie-breaker, shared, input-order): not labels.
        static void Collect(JsonElement element, List<string> values)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name is not ("method" or "tool" or "id" or "network" or "decision")))
                    {
                        Collect(property.Value, values);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Collect(item, values);
                    }

                    break;
                case JsonValueKind.String:
                    values.Add(element.GetString()!);
                    break;
            }
        }
    }

    [Fact]
    public void Chart_LangRu_LabelsAreRussian()
    {
        LoadedMethod loaded = MethodLoader.Load(MethodLoader.Default("ru"), "default method", MethodOverrides.None, "ru");
        RatingTable table = CliTable.Build(loaded.Method.Evaluate(SampleData.Pages()), loaded, loaded.Title, "ru");

        // What the chart draws: the title, the axis caption, each bar's "place. name" and total, and the legend's zones.
        AssertRussian(string.Join("\n", [table.Title, table.Labels.ChartTitle,
            .. table.Rows.Select(r => r.Find(TableColumnKind.Place)!.Text + ". " + r.Name + " " + r.Find(TableColumnKind.Total)!.Text),
            .. table.RowZones.Select(z => z.Name)]), "chart");
        Assert.Equal(ChartRenderer.Width, SkiaSharp.SKBitmap.Decode(ChartRenderer.RenderPng(table)).Width);
    }

    [Fact]
    public async Task MethodCheck_LangRu_HasNoEnglishWord()
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", "{ }");
        Run run = await CliRunner.RunAsync("method", "--check", method, "--lang", "ru");
        Assert.Equal(0, run.ExitCode);
        AssertRussian(run.Stdout.Replace(method + ": a valid method.", "", StringComparison.Ordinal), "method --check");
    }

    [Fact]
    public void HtmlAndConsole_LibraryModelInRussian_HaveRussianHeadings()
    {
        var writer = new StringWriter();
        HtmlRenderer.Write(TestViews.Small(LabelSet.Russian), writer);
        var doc = new HtmlParser().ParseDocument(writer.ToString());
        Assert.Equal(["Место", "Страница", "followers", "ER", "Сумма мест", "Что решило", "data", "final"], doc.QuerySelectorAll("table.rating th").Select(th => th.TextContent));
        Assert.Equal("н/д (3)", doc.QuerySelectorAll("table.rating tbody tr")[2].Children[2].TextContent);
    }
}
