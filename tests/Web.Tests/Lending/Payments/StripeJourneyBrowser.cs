using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Tests.StripePayments;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.EndToEnd;

namespace Plateforme.Web.Tests.Lending.Payments;

/// <summary>
/// The application with Stripe as its provider (the lending module's WireMock stand-in on loopback) and a headless
/// Chromium, for the Stripe journey. Its own application: the journey moves the clock by months.
/// </summary>
public sealed class StripeJourneyBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public StripeJourneyBrowser() => App = new AccountsApp(new Dictionary<string, string?>
    {
        ["Lending:Payments:Provider"] = "Stripe",
        ["Lending:Payments:Stripe:SecretKey"] = "sk_test_journey",
        ["Lending:Payments:Stripe:WebhookSecret"] = StripeStandIn.WebhookSecret,
        ["Lending:Payments:Stripe:ApiBase"] = Stripe.Server.Url,
        ["Lending:Payments:Stripe:ReturnBaseAddress"] = "http://127.0.0.1:5306",
        // The donation receipt is downloaded as a PDF (as DashboardApp does).
        ["Lending:Documents:PdfLicense"] = "AGPL",
    });

    public StripeStandIn Stripe { get; } = new();

    public AccountsApp App { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var probe = App.App.CreateClient();
        BaseAddress = probe.BaseAddress!;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A confirmed account, arranged through the accounts store; returns its user id.</summary>
    public async Task<string> PersonAsync(string email, string displayName)
    {
        using var scope = App.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = App.App.Clock.GetUtcNow(),
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
        Stripe.Dispose();
    }
}
