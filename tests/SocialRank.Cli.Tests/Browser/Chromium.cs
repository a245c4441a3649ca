using PuppeteerSharp;

namespace SocialRank.Cli.Tests.Browser;

/// <summary>
/// Headless Chromium for the browser tests: Debian's <c>chromium</c> package (<c>/usr/bin/chromium</c>, or the file named by
/// <c>SOCIALRANK_CHROMIUM</c>, which when set is the only place looked at), driven by PuppeteerSharp without a browser download. Outside CI a machine without it skips
/// the tests (<see cref="BrowserFactAttribute"/>); under <c>CI=true</c> it is required, and the tests fail.
/// </summary>
internal static class Chromium
{
    /// <summary>Gets the browser's executable, or <see langword="null"/> when none is installed.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Gets whether the tests run in CI (<c>CI=true</c>), where the browser is required.</summary>
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets why the browser tests cannot run here.</summary>
    public const string Missing = "Chromium not found (at $SOCIALRANK_CHROMIUM when set, else /usr/bin/chromium or /usr/bin/chromium-browser): install it with 'apt-get install -y chromium fonts-dejavu-core'. Skipped outside CI; under CI=true the browser tests fail instead.";

    /// <summary>Starts a headless browser (as root Chromium needs <c>--no-sandbox</c>).</summary>
    public static async Task<IBrowser> LaunchAsync()
    {
        string path = Path ?? throw new InvalidOperationException(Missing);
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = path,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"],
        });
    }

    /// <summary>Opens <paramref name="file"/> in a new page <paramref name="width"/> CSS pixels wide (device scale 1).</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, string file, int width)
    {
        IPage page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900, DeviceScaleFactor = 1 });
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        await page.EvaluateExpressionAsync("document.fonts.ready");
        return page;
    }

    /// <summary>Finds the browser: <c>SOCIALRANK_CHROMIUM</c> when set (a file that does not exist counts as none, to try the skip), else Debian's.</summary>
    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SOCIALRANK_CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        string[] candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
        return candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs <see cref="Chromium"/>: skipped, with the reason, where the browser is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Initializes the attribute, skipping the test where the browser is missing and CI is not set.</summary>
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = Chromium.Missing;
        }
    }
}

/// <summary>A theory that needs <see cref="Chromium"/>: skipped, with the reason, where the browser is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes the attribute, skipping the test where the browser is missing and CI is not set.</summary>
    public BrowserTheoryAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = Chromium.Missing;
        }
    }
}
