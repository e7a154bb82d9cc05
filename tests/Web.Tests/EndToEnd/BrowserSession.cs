using Microsoft.Playwright;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// The real application on loopback and a headless Debian Chromium driven by Playwright. Each test gets a
/// fresh browser context (its own cookies), and a failing test leaves a full-page screenshot behind.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    // Without the background-networking flags Chromium keeps calling Google's hosts, which this machine refuses.
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public PlateformeApp App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots of failed tests go; printed in the failure message.</summary>
    public static string FailureFolder { get; } = Environment.GetEnvironmentVariable("PLATEFORME_E2E_ARTIFACTS")
        ?? Path.Combine(AppContext.BaseDirectory, "e2e-failures");

    public async Task InitializeAsync()
    {
        BaseAddress = App.CreateClient().BaseAddress!;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>Runs a scenario in a new context; on failure saves a screenshot named after the test, then rethrows.</summary>
    public async Task RunAsync(string testName, Func<IPage, Task> scenario, ViewportSize? viewport = null, Uri? through = null)
    {
        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (through ?? BaseAddress).ToString(),
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Whatever the scenario, nothing the pages need may be refused by their Content-Security-Policy.
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (refusals) refusals.Add(message.Text);
        };
        try
        {
            await scenario(page);
            lock (refusals) Assert.Empty(refusals);
        }
        catch (Exception failure)
        {
            var shot = await TryScreenshotAsync(page, testName);
            throw new BrowserScenarioException($"{testName} failed on {page.Url}; screenshot: {shot ?? "none"}", failure);
        }
    }

    private static async Task<string?> TryScreenshotAsync(IPage page, string testName)
    {
        try
        {
            Directory.CreateDirectory(FailureFolder);
            var path = Path.Combine(FailureFolder, $"{testName}-{DateTime.UtcNow:HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return path;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
