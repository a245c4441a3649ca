using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Formatting;
using SocialRank.Tests.Formatting;

namespace SocialRank.Cli.Tests.Output;

/// <summary>
/// With <c>--lang ru</c> every output is Russian throughout: no English scaffolding word in any format, command or
/// explanation. The words come from the English labels of the library and the tool (<see cref="EnglishScaffolding"/>);
/// the same check on the <c>--lang en</c> outputs finds them, so it can fail.
/// </summary>
public class RussianOutputTests
{
    /// <summary>The English words of the library's and the tool's labels, less those the Russian labels use too.</summary>
    private static readonly EnglishScaffolding Check = new(
        EnglishScaffolding.TextsOf(LabelSet.English).Concat(EnglishScaffolding.TextsOf(CliLabels.English)),
        EnglishScaffolding.TextsOf(LabelSet.Russian).Concat(EnglishScaffolding.TextsOf(CliLabels.Russian)));

    // The sample's data that is English in both languages: the exclusion reason (the file has no Russian column for it)
    // and the page ids.
    private static readonly string[] Data =
        ["Registered as a personal account, not an official page", .. SampleData.Pages().Select(p => p.Id)];

    private static string[] Sample(string language) => ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--lang", language];

    /// <summary>Every output of the tool, by a name the tests show.</summary>
    public static TheoryData<string> Outputs() =>
        [
            "table", "md", "csv", "html", "json", "terminal", "text file", "chart", "explain", "explain with a tie-breaker", "explain with ordinal ties",
            "method --check", "missing values excluded", "progress",
        ];

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Output_LangRu_HasNoEnglishScaffolding(string output)
    {
        string text = await OutputAsync(output, "ru");

        Assert.True(Check.Describe(text, Data) is null, $"--lang ru {output} has English scaffolding:\n{Check.Describe(text, Data)}");
        Assert.Matches("[А-Яа-я]", text);
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Output_LangEn_TheCheckFindsItsScaffolding(string output)
    {
        Assert.NotEmpty(Check.Find(await OutputAsync(output, "en"), Data));
    }

    [Fact]
    public void Check_FindsAnEnglishWordInRussianText_AndItsWordsAreTheLabels()
    {
        Assert.Equal(["valid", "method", "rows"], Check.Find("файл: a valid method; Расчёт: 100 rows akmola-fb"));
        Assert.Empty(Check.Find("Равные значения: наименьшее из мест (min) по показателям; Facebook; ER"));
        Assert.Superset(new HashSet<string>(EnglishScaffolding.Library.Words, StringComparer.OrdinalIgnoreCase), new HashSet<string>(Check.Words, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rate_LangRuJson_HasTheRussianDecisionText()
    {
        Assert.Contains("общее место", await OutputAsync("json", "ru"));
    }

    [Fact]
    public async Task Rate_LangRuExplain_IsTheLibrarysRussianExplanation()
    {
        Run run = await CliRunner.RunAsync([.. Sample("ru"), "--explain", "aktobe-ig"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Актюбинская область — Instagram: итоговое место 4 из 25, сумма мест 42.\n  подписчики: 142318, место 1 × вес 1 = 1\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Делит место с «Алматинская область — Instagram», «Западно-Казахстанская область — Instagram»: суммы мест равны, и ни один дополнительный показатель их не разделяет.\n"
            + "Зоны: итоговая таблица: Белая зона.\nДоминирование: не хуже по всем показателям и лучше хотя бы по одному, чем страниц: ", run.Stdout, StringComparison.Ordinal);
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

    /// <summary>Returns the text a reader sees of one output of the tool, in <paramref name="language"/>.</summary>
    private static async Task<string> OutputAsync(string output, string language)
    {
        switch (output)
        {
            case "terminal":
                return Regex.Replace(await StdoutAsync(new CliConsole(true, true, 400), Sample(language)), @"\u001b\[[0-9;]*m", "");
            case "text file":
            {
                using var dir = new TempDir();
                string file = dir.File("rating.txt");
                await StdoutAsync(CliConsole.Redirected, [.. Sample(language), "--out", file]);
                return await File.ReadAllTextAsync(file);
            }

            case "html":
            {
                var doc = new HtmlParser().ParseDocument(await StdoutAsync(CliConsole.Redirected, [.. Sample(language), "--format", "html"]));
                Assert.Equal(language, doc.DocumentElement.GetAttribute("lang"));
                return doc.Title + "\n" + doc.Body!.TextContent;
            }

            case "json":
                return JsonLabels(await StdoutAsync(CliConsole.Redirected, [.. Sample(language), "--format", "json"]));
            case "chart":
                return ChartTexts(language);
            case "explain":
                // Every page: the decisions of the sample (by total, shared) and the excluded page.
                return await ExplainAllAsync(language);
            case "explain with a tie-breaker":
            {
                using var dir = new TempDir();
                string method = dir.Write("method.json", """{ "tieBreakers": ["er"] }""");
                string text = await ExplainAllAsync(language, "--method", method);
                Assert.Contains(language == "ru" ? "решило лучшее место по показателю «ER»" : "the better place on 'ER' decided", text, StringComparison.Ordinal);
                return text;
            }

            case "explain with ordinal ties":
            {
                string text = await ExplainAllAsync(language, "--ties", "ordinal");
                Assert.Contains(language == "ru" ? "решил порядок ввода" : "input order decided", text, StringComparison.Ordinal);
                return text;
            }

            case "method --check":
            {
                using var dir = new TempDir();
                string method = dir.Write("method.json", """{ "tieBreakers": ["er"], "finalTies": "ordinal" }""");
                return (await StdoutAsync(CliConsole.Redirected, "method", "--check", method, "--lang", language)).Replace(method, "", StringComparison.Ordinal);
            }

            case "missing values excluded":
                return await MissingValuesExcludedAsync(language);
            case "progress":
            {
                var stderr = new StringWriter();
                CliLabels words = CliLabels.Of(language);
                var progress = new Progress(stderr, isTerminal: false, words);
                progress.RowsRead(Progress.Threshold + 1);
                progress.Stage(Progress.Threshold + 1, words.Checked);
                progress.Stage(Progress.Threshold + 1, words.Rating);
                progress.Stage(Progress.Threshold + 1, words.Writing);
                progress.Done(Progress.Threshold + 1);
                return stderr.ToString();
            }

            default:
                return await StdoutAsync(CliConsole.Redirected, [.. Sample(language), "--format", output]);
        }
    }

    /// <summary>Explains every page of the sample, rated or excluded.</summary>
    private static Task<string> ExplainAllAsync(string language, params string[] options)
        => StdoutAsync(CliConsole.Redirected, [.. Sample(language), .. options, .. SampleData.Pages().SelectMany(p => new[] { "--explain", p.Id })]);

    private static async Task<string> StdoutAsync(CliConsole console, params string[] args)
    {
        Run run = await CliRunner.RunAsync(console, args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>Rates the sample with a method whose missing values exclude a page, one page missing its followers: the reason is the library's.</summary>
    private static async Task<string> MissingValuesExcludedAsync(string language)
    {
        using var dir = new TempDir();
        string method = dir.Write("method.json", """{ "indicators": [ { "builtin": "followers", "missing": "exclude" }, { "builtin": "er" } ] }""");
        string[] lines = await File.ReadAllLinesAsync(CliRunner.SamplePages);
        string[] header = lines[0].Split(',');
        int followers = Array.IndexOf(header, "followers");
        string[] first = lines[1].Split(',');
        first[followers] = "";
        lines[1] = string.Join(',', first);
        string pages = dir.File("pages.csv");
        await File.WriteAllLinesAsync(pages, lines);
        string text = await StdoutAsync(CliConsole.Redirected, "rate", pages, "--regions", CliRunner.SampleRegions, "--method", method, "--lang", language, "--format", "md");
        Assert.Contains(language == "ru" ? ": нет значения «подписчики»" : ": followers is missing", text, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Returns the label texts of the JSON output: its string values but the keys (the format's), the method (the method file,
    /// its codes read back with --method), the tool's version, ids and networks, and "decision" (a code of the format: total,
    /// tie-breaker, shared, input-order).</summary>
    private static string JsonLabels(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var values = new List<string>();
        Collect(document.RootElement);
        return string.Join("\n", values);

        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name is not ("method" or "tool" or "id" or "network" or "decision")))
                    {
                        Collect(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.String:
                    values.Add(element.GetString()!);
                    break;
            }
        }
    }

    /// <summary>Returns what the PNG chart draws as text (the title, the axis caption, each bar's "place. name" and total, the legend's zones), after drawing it.</summary>
    private static string ChartTexts(string language)
    {
        LoadedMethod loaded = MethodLoader.Load(MethodLoader.Default(language), "default method", MethodOverrides.None, language);
        RatingTable table = CliTable.Build(loaded.Method.Evaluate(SampleData.Pages(russianNames: language == "ru")), loaded, loaded.Title, language);
        Assert.Equal(ChartRenderer.Width, SkiaSharp.SKBitmap.Decode(ChartRenderer.RenderPng(table)).Width);
        return string.Join("\n", [table.Title, table.Labels.ChartTitle,
            .. table.Rows.Select(r => r.Find(TableColumnKind.Place)!.Text + ". " + r.Name + " " + r.Find(TableColumnKind.Total)!.Text),
            .. table.RowZones.Select(z => z.Name)]);
    }
}
