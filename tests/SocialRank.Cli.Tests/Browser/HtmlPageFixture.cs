using PuppeteerSharp;

namespace SocialRank.Cli.Tests.Browser;

/// <summary>
/// The pages the browser tests open, each written by the built tool as a process, and one browser for them all. Started
/// lazily, so a machine without Chromium (outside CI) spends nothing on skipped tests.
/// </summary>
public sealed class HtmlPageFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The name of a hostile page: a script that would set <c>window.__xss</c>.</summary>
    public const string ScriptName = "<script>window.__xss=1</script>";

    /// <summary>The name of a hostile page: an image whose error handler would set <c>window.__xss</c>.</summary>
    public const string ImageName = "<img src=x onerror=\"window.__xss=2\">";

    /// <summary>The name of a page with one word far wider than a phone.</summary>
    public static readonly string LongName = "Mangystau" + new string('W', 80);

    /// <summary>A hostile source line.</summary>
    public const string ScriptSource = "<script>window.__xss=3</script> & \"quotes\"";

    /// <summary>A hostile zone name.</summary>
    public const string ScriptZone = "<script>window.__xss=4</script>";

    /// <summary>
    /// A method with every kind of zone scheme the tool reads (bands of final places with a rest zone, thresholds on an
    /// indicator with a missing zone, thresholds on the total), in colours where neither near-black nor white text is a
    /// safe guess (mid greys, pure red, blue, yellow), and engaged users as a tie-breaker.
    /// </summary>
    public const string EveryZoneMethod = """
        {
          "title": "Every zone scheme",
          "tieBreakers": ["engaged-users"],
          "zones": [
            { "name": "final table", "places": [
                { "count": 3, "zone": "<script>window.__xss=4</script>", "colour": "#777777" },
                { "count": 4, "zone": "red", "colour": "#ff0000" },
                { "count": 4, "zone": "blue", "colour": "#0000ff" },
                { "count": 4, "zone": "yellow", "colour": "#ffff00" } ],
              "rest": { "zone": "grey", "colour": "#808080" } },
            { "name": "reach", "on": "followers-percent-of-population", "thresholds": [
                { "below": 5, "zone": "low", "colour": "#e53935" },
                { "atLeast": 5, "below": 10, "zone": "middle", "colour": "#767676" },
                { "atLeast": 10, "zone": "high", "colour": "#43a047" } ],
              "missing": { "zone": "none", "colour": "#595959" } },
            { "name": "ER", "on": "er", "thresholds": [
                { "below": 0.2, "zone": "under", "colour": "#2e7d32" },
                { "atLeast": 0.2, "zone": "over", "colour": "#fb8c00" } ] },
            { "name": "by total", "on": "total", "thresholds": [
                { "atMost": 50, "zone": "good", "colour": "#00ff00" },
                { "above": 50, "zone": "bad", "colour": "#000080" } ] }
          ]
        }
        """;

    private readonly TempDir _dir = new();
    private readonly Dictionary<string, Task<string>> _pages = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IBrowser? _browser;

    /// <summary>Gets the names of the pages, for theories: the sample in English and in Russian, and the hostile page.</summary>
    public static TheoryData<string> Pages => ["sample-en", "sample-ru", "hostile"];

    /// <summary>Returns the file of a page, writing it with the tool the first time.</summary>
    public async Task<string> PageAsync(string name)
    {
        Task<string> task;
        lock (_pages)
        {
            if (!_pages.TryGetValue(name, out task!))
            {
                task = RenderAsync(name);
                _pages[name] = task;
            }
        }

        return await task;
    }

    /// <summary>Returns the browser, starting it the first time.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await Chromium.LaunchAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Opens a page at a viewport width.</summary>
    public async Task<IPage> OpenAsync(string name, int width) => await Chromium.OpenAsync(await BrowserAsync(), await PageAsync(name), width);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
            _browser = null;
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _dir.Dispose();
    }

    private async Task<string> RenderAsync(string name)
    {
        string output = _dir.File(name + ".html");
        string[] args = name switch
        {
            "sample-en" => ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", output,
                "--source", "Illustrative reconstruction of the article's data", "--date", "July 2020"],
            "sample-ru" => ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", output, "--lang", "ru",
                "--source", "иллюстративная реконструкция данных статьи", "--date", "июль 2020"],
            "hostile" => ["rate", HostilePages(), "--regions", CliRunner.SampleRegions, "--method", _dir.Write("method.json", EveryZoneMethod),
                "--out", output, "--source", ScriptSource, "--date", "<b>today</b>"],
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such page."),
        };
        Run run = await CliRunner.RunProcessAsync(args);
        Assert.True(run.ExitCode == 0, $"socialrank {string.Join(' ', args)} exited with {run.ExitCode}:\n{run.Stderr}");
        return output;
    }

    /// <summary>The sample with three names replaced: a script, an image with an error handler, and a very long word.</summary>
    private string HostilePages()
    {
        string csv = File.ReadAllText(CliRunner.SamplePages)
            .Replace("Atyrau Region — Instagram", ScriptName.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("Turkestan Region — Instagram", "\"" + ImageName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)
            .Replace("Mangystau Region — Instagram", LongName, StringComparison.Ordinal);
        return _dir.Write("hostile.csv", csv);
    }
}
