using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>A funder's member posts a call in the browser, a moderator approves it, and a visitor finds it in search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FunderJourneyTests(BrowserSession session)
{
    [Fact]
    public Task A_funder_submits_a_call_a_moderator_approves_it_and_it_appears_in_search() => session.RunAsync(nameof(A_funder_submits_a_call_a_moderator_approves_it_and_it_appears_in_search), async page =>
    {
        var word = "nymphea" + Guid.NewGuid().ToString("N")[..6];
        var title = $"Mares pédagogiques {word}";
        var funderEmail = await UserAsync("financeuse", null);
        var moderatorEmail = await UserAsync("moderateur", PlatformRoles.Moderator);
        await OrganisationAsync(funderEmail, "Fondation des Mares");

        await SignInAsync(page, funderEmail);
        await page.GotoAsync("/mes-appels");
        await page.Locator("[data-testid=organisation-link]", new() { HasText = "Fondation des Mares" }).ClickAsync();
        await page.Locator("[data-testid=new-call]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nouvel appel à projets");
        await page.Locator("#titre").FillAsync(title);
        await page.Locator("#resume").FillAsync("Creuser et animer des mares pédagogiques dans les écoles de la Somme.");
        await page.Locator("#description").FillAsync("Les mares accueillent la biodiversité.\n\nLes projets associent une école et une association.");
        await page.Locator("[data-testid=choice-themes] input[value=emploi-insertion]").CheckAsync();
        await page.Locator("[data-testid=choice-beneficiaries] input[value=association]").CheckAsync();
        await page.Locator("[data-testid=choice-aid-types] input[value=subvention]").CheckAsync();
        await page.Locator("#territoire").FillAsync("dep:80");
        await page.Locator("#date-limite").FillAsync("2027-04-30");
        await page.Locator("#montant-min").FillAsync("2000");
        await page.Locator("#montant-max").FillAsync("15000");

        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();
        await Expect(page.Locator("[data-testid=preview-title]")).ToHaveTextAsync(title);
        await Expect(page.Locator("[data-testid=preview-territory]")).ToHaveTextAsync("Somme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer en modération" }).ClickAsync();
        await Expect(page.Locator("[data-testid=call-state]")).ToHaveTextAsync("En attente de modération");
        await page.Locator("a", new() { HasText = "Tous les appels de l'organisation" }).ClickAsync();
        await Expect(page.Locator("[data-testid=call-row]", new() { HasText = title }).Locator("[data-testid=call-row-state]")).ToHaveTextAsync("En attente de modération");

        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, moderatorEmail);
        await page.GotoAsync("/moderation/appels");
        await page.Locator("[data-testid=queue-submitted] a", new() { HasText = title }).ClickAsync();
        await Expect(page.Locator("[data-testid=review-origin]")).ToHaveTextAsync("Proposé par l'organisation Fondation des Mares");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("L'appel est publié.");

        using var api = new HttpClient { BaseAddress = session.BaseAddress };
        // The indexer drains the outbox on the commit's signal; a moment may pass before the searcher reopens.
        await Eventually.TrueAsync(async () => (await api.GetStringAsync("/api/calls?q=" + word)).Contains(word, StringComparison.Ordinal), "the approved call to reach /api/calls");
        await page.Context.ClearCookiesAsync();
        await page.OpenAsync("/recherche?q=" + word);
        await Expect(page.Locator("[data-testid=result-title]")).ToHaveTextAsync([title]);
        await page.Locator("[data-testid=result-title]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator("[data-testid=call-funder]")).ToHaveTextAsync("Fondation des Mares");
    });

    private async Task<string> UserAsync(string who, string? role)
    {
        var email = AccountFlows.NewEmail(who);
        using var scope = session.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = who, CreatedAt = PlateformeApp.Now };
        Assert.True((await users.CreateAsync(user, AccountFlows.Password)).Succeeded);
        if (role is not null) Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    private async Task OrganisationAsync(string memberEmail, string name)
    {
        using var scope = session.App.Services.CreateScope();
        var member = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(memberEmail);
        var organisation = new NewOrganisation(name, OrganisationKind.Fondation, "W" + Random.Shared.Next(100_000_000, 999_999_999), "2 rue des Mares, 80000 Amiens", "dep:80");
        Assert.NotNull((await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateAsync(member!.Id, organisation)).Id);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mon compte");
    }
}
