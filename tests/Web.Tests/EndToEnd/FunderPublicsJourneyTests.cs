using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>A funder ticks the publics a call serves and adds two départements by name; the preview names them all.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FunderPublicsJourneyTests(BrowserSession session)
{
    /// <summary>When set, the form is also saved as screenshots at desktop and phone widths in this folder.</summary>
    private static readonly string? ShotsFolder = Environment.GetEnvironmentVariable("PLATEFORME_SHOTS");

    [Fact]
    public Task A_funder_names_publics_and_several_territories_and_the_preview_shows_their_names() => session.RunAsync(nameof(A_funder_names_publics_and_several_territories_and_the_preview_shows_their_names), async page =>
    {
        var email = await MemberWithOrganisationAsync("Fondation des Trois Départements");
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mon compte");
        await page.GotoAsync("/mes-appels");
        await page.Locator("[data-testid=organisation-link]", new() { HasText = "Fondation des Trois Départements" }).ClickAsync();
        await page.Locator("[data-testid=new-call]").ClickAsync();

        await page.Locator("#titre").FillAsync("Seniors et familles en Picardie");
        await page.Locator("[data-testid=choice-themes] input[value=sante-social]").CheckAsync();
        await page.Locator("[data-testid=choice-beneficiaries] input[value=association]").CheckAsync();
        await page.Locator("[data-testid=choice-aid-types] input[value=subvention]").CheckAsync();
        await page.Locator("[data-testid=choice-publics] input[value=seniors]").CheckAsync();
        await page.Locator("[data-testid=choice-publics] input[value=familles]").CheckAsync();
        await page.Locator("#territoire").FillAsync("dep:80");
        await page.Locator("#autres-territoires").FillAsync("Aisne\nOise");
        await page.Locator("#date-limite").FillAsync("2027-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();

        await Expect(page.Locator("[data-testid=preview-territory]")).ToHaveTextAsync("Somme, Aisne, Oise");
        await Expect(page.Locator("[data-testid=preview-publics]")).ToHaveTextAsync("Seniors, Familles");
        await Expect(page.Locator("#autres-territoires")).ToHaveValueAsync("Aisne\nOise");
        await Expect(page.Locator("[data-testid=choice-publics] input[value=seniors]")).ToBeCheckedAsync();
        if (ShotsFolder is not null) await ShootAsync(page, "formulaire-financeur");
    });

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder!);
        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder!, $"{name}-{width}.png"), FullPage = true });
        }
    }

    private async Task<string> MemberWithOrganisationAsync(string organisationName)
    {
        var email = AccountFlows.NewEmail("financeuse");
        using var scope = session.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Financeuse", CreatedAt = PlateformeApp.Now };
        Assert.True((await users.CreateAsync(user, AccountFlows.Password)).Succeeded);
        var organisation = new NewOrganisation(organisationName, OrganisationKind.Fondation, "W" + Random.Shared.Next(100_000_000, 999_999_999), "2 rue des Mares, 80000 Amiens", "dep:80");
        Assert.NotNull((await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateAsync(user.Id, organisation)).Id);
        return email;
    }
}
