using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.EndToEnd;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.Opportunities;

/// <summary>
/// In Chromium: a member of a centre de ressources writes a file after the grid, keeps a call the workspace suggests,
/// and launches the carrier's campaign draft from it; the file page has no serious accessibility violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpportunityJourneyBrowserTests(BrowserSession session)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task From_detection_to_a_pinned_call_and_a_prefilled_campaign_draft()
    {
        var call = await session.App.PublishCallAsync("Fonds des conciergeries solidaires de Roubaix", "dep:59", "economie-sociale-solidaire", daysLeft: 3);
        var email = await MemberAsync();
        await session.RunAsync(nameof(From_detection_to_a_pinned_call_and_a_prefilled_campaign_draft), async page =>
        {
            await page.GotoAsync("/compte/connexion");
            await page.GetByLabel("Adresse e-mail").FillAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(AccountFlows.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Mon compte");
            await page.Locator("[data-testid=my-opportunities-link]").ClickAsync();
            await page.Locator("[data-testid=new-opportunity]").ClickAsync();

            await page.GetByLabel("Titre de l'opportunité").FillAsync("Conciergerie dans les cellules vides du Pile");
            await page.GetByLabel("Type d'opportunité").SelectOptionAsync("VacantPremises");
            await page.GetByLabel("Visite de quartier avec des professionnels de différents services, des associations").CheckAsync();
            await page.GetByLabel("Descriptif de l'opportunité").FillAsync("Une conciergerie de quartier pourrait reprendre deux cellules vides.");
            await page.GetByLabel("Lieu", new() { Exact = true }).FillAsync("Roubaix");
            await page.GetByLabel("Économie sociale et solidaire").CheckAsync();
            await page.GetByLabel("Type de porteur").SelectOptionAsync("Association");
            await page.GetByLabel("Budget prévisionnel").FillAsync("9 500");
            await page.Locator("[data-testid=save-opportunity]").ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("Conciergerie dans les cellules vides du Pile");
            var suggestion = page.Locator($"[data-testid=call-suggestion][data-id='{call.Id}']");
            await Expect(suggestion.Locator("[data-testid=reason]").First).ToHaveTextAsync("Territoire couvert : Nord");
            await suggestion.Locator("[data-testid=pin-call]").ClickAsync();
            await Expect(page.Locator("[data-testid=pinned-calls] [data-testid=pin] a")).ToHaveTextAsync(call.Title);

            var axe = await page.RunAxe(Wcag21AA);
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"- {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));

            await page.Locator("[data-testid=launch-campaign]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/prets/mes-campagnes/[0-9a-f-]+/modifier$"));
            await Expect(page.Locator("input[name='Input.Title']")).ToHaveValueAsync("Conciergerie dans les cellules vides du Pile");
            await Expect(page.Locator("input[name='Input.Goal']")).ToHaveValueAsync("9500");
        });
    }

    private async Task<string> MemberAsync()
    {
        var email = AccountFlows.NewEmail("reperage");
        using var scope = session.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Inès Repérage", CreatedAt = PlateformeApp.Now };
        Assert.True((await users.CreateAsync(user, AccountFlows.Password)).Succeeded);
        var organisation = new NewOrganisation("Centre de ressources du Nord", OrganisationKind.Association, "W" + Random.Shared.Next(100_000_000, 999_999_999), "1 place de la Gare, 59000 Lille", "dep:59");
        Assert.NotNull((await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateAsync(user.Id, organisation)).Id);
        return email;
    }
}
