using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.EndToEnd;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// The real application (with a seeded administrator, who moderates) and a headless Debian Chromium for the lending
/// journey. Its own application, because the journey moves the clock by weeks, which other browser tests must not see.
/// </summary>
public sealed class LendingBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public LendingBrowser()
    {
        App = new PlateformeApp(new Dictionary<string, string?>
        {
            ["Search:DemoData:Count"] = "20",
            ["Accounts:RateLimit:PermitLimit"] = "1000",
            ["Accounts:SeedAdmin:Email"] = AccountsApp.AdminEmail,
            ["Accounts:SeedAdmin:Password"] = AccountsApp.AdminPassword,
            // As a first Development run: the demo campaigns at their three stages (LendingFacePagesTests reads them).
            [Plateforme.Web.Lending.Demo.DemoCampaignSeeder.EnabledSetting] = "true",
        });
        Mailbox = new Mailbox(Path.Combine(App.DataFolder, "mail"));
    }

    public PlateformeApp App { get; }

    public Mailbox Mailbox { get; }

    public Uri BaseAddress { get; private set; } = null!;

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

    /// <summary>A confirmed account, arranged through the accounts store (signing up is the accounts journey's subject).</summary>
    public async Task<string> PersonAsync(string email, string displayName)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = App.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, AccountFlows.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user.Id.ToString();
    }

    /// <summary>Runs a scenario in a new context; on failure saves a screenshot named after the test, then rethrows.</summary>
    public async Task RunAsync(string testName, Func<IPage, Task> scenario)
    {
        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        try
        {
            await scenario(page);
        }
        catch (Exception failure)
        {
            string? shot = null;
            try
            {
                Directory.CreateDirectory(BrowserSession.FailureFolder);
                shot = Path.Combine(BrowserSession.FailureFolder, $"{testName}-{DateTime.UtcNow:HHmmss}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                // The same page on a phone: most lending pages change layout below 56rem.
                await page.SetViewportSizeAsync(375, 812);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.ChangeExtension(shot, null) + "-375.png", FullPage = true });
            }
            catch (PlaywrightException)
            {
                shot = null;
            }

            throw new BrowserScenarioException($"{testName} failed on {page.Url}; screenshot: {shot ?? "none"}", failure);
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
