using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Lending;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// Issue 15's journey in Chromium: a platform administrator creates a structure and invites its conseiller; the
/// conseiller chooses a password from the invitation e-mail, takes on a carrier's submitted campaign of the
/// structure's territory, records a meeting and the committee's favourable decision; the administrator publishes the
/// campaign; the structure's dashboard shows it online, with its chart. axe finds no serious violation on the way.
/// </summary>
[Collection(LendingBrowserCollection.Name)]
public sealed class StructureJourneyTests(LendingBrowser browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public Task A_structure_is_created_its_conseiller_accompanies_a_campaign_to_publication_and_the_dashboard_shows_it() =>
        browser.RunAsync(nameof(A_structure_is_created_its_conseiller_accompanies_a_campaign_to_publication_and_the_dashboard_shows_it), async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var structureName = "Initiative Somme " + suffix;
        var counsellorEmail = AccountFlows.NewEmail("conseil");
        var title = "Fournil d'Amiens " + suffix;
        var carrierId = await browser.PersonAsync(AccountFlows.NewEmail("fournil"), "Fournil d'Amiens");
        var campaignId = await SubmittedCampaignAsync(carrierId, title);

        // The platform's administrator creates the structure and invites its conseiller.
        await SignInAsync(page, AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        await page.GotoAsync("/admin/structures");
        await AssertNoSeriousViolationAsync(page);
        await page.GetByLabel("Nom de la structure").FillAsync(structureName);
        await page.Locator("#type").SelectOptionAsync(new SelectOptionValue { Value = "InitiativePlatform" });
        await page.Locator("#territoires").FillAsync("dep:80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/structures/", StringComparison.Ordinal));
        await page.Locator("#courriel").FillAsync(counsellorEmail);
        await page.Locator("#nom").FillAsync("Corinne Conseil");
        await page.Locator("#role").SelectOptionAsync(new SelectOptionValue { Value = "Counsellor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        await Expect(page.Locator("[data-testid=staff-row][data-role=Counsellor]")).ToContainTextAsync("Corinne Conseil");
        await AssertNoSeriousViolationAsync(page);

        // The conseiller chooses a password from the e-mail in the pickup folder, then signs in.
        var invitation = await browser.Mailbox.SingleAsync(counsellorEmail, $"Invitation : {structureName} sur Plateforme");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(Mailbox.LinkTo(invitation, "/compte/reinitialiser").PathAndQuery);
        await AssertNoSeriousViolationAsync(page);
        await page.Locator("#mot-de-passe").FillAsync(AccountFlows.Password);
        await page.Locator("#confirmation").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
        await SignInAsync(page, counsellorEmail, AccountFlows.Password);

        // From the dashboard, the conseiller takes on the campaign waiting in the Somme.
        var slug = await SlugAsync(structureName);
        await page.GotoAsync($"/structures/{slug}/tableau-de-bord");
        var waiting = page.Locator($"[data-testid=waiting-campaign][data-campaign='{campaignId}']");
        await Expect(waiting).ToContainTextAsync(title);
        await AssertNoSeriousViolationAsync(page);
        await waiting.GetByRole(AriaRole.Link).ClickAsync();
        await AssertNoSeriousViolationAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confier l'accompagnement" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToContainTextAsync("prévenus par e-mail");
        await browser.Mailbox.SingleAsync(counsellorEmail, "Nouvelle campagne à accompagner : " + title);

        // The accompaniment: a meeting, then the committee's favourable decision.
        await page.Locator("[data-testid=open-accompaniment]").ClickAsync();
        await page.Locator("#date-rdv").FillAsync("2026-11-20");
        await page.Locator("#note-rdv").FillAsync("Étude du prévisionnel et du plan de financement.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rendez-vous" }).ClickAsync();
        await Expect(page.Locator("[data-testid=meeting]")).ToContainTextAsync("Étude du prévisionnel");
        await page.Locator("#date-comite").FillAsync("2026-11-22");
        await page.Locator("#decision").SelectOptionAsync(new SelectOptionValue { Value = "Favourable" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'avis du comité" }).ClickAsync();
        await Expect(page.Locator("[data-testid=accompaniment-decision]")).ToContainTextAsync("avis favorable");
        await AssertNoSeriousViolationAsync(page);

        // The platform publishes the campaign.
        await SignInAsync(page, AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        await page.GotoAsync($"/moderation/prets/{campaignId}");
        await Expect(page.Locator("[data-testid=accompaniment-summary]")).ToContainTextAsync(structureName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la campagne" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("La campagne est publiée.");

        // The structure's dashboard shows it online, in its table and its chart.
        await SignInAsync(page, counsellorEmail, AccountFlows.Password);
        await page.GotoAsync($"/structures/{slug}/tableau-de-bord");
        var row = page.Locator($"[data-testid=structure-campaign][data-campaign='{campaignId}']");
        await Expect(row).ToHaveAttributeAsync("data-state", nameof(CampaignState.Published));
        await Expect(row.Locator("[data-testid=campaign-decision]")).ToHaveTextAsync("avis favorable");
        await Expect(page.Locator("[data-testid=structure-states-chart] svg")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=structure-states-chart] table")).ToContainTextAsync("En ligne");
        await AssertNoSeriousViolationAsync(page);
    });

    private async Task<Guid> SubmittedCampaignAsync(string carrierId, string title)
    {
        using var scope = browser.App.Services.CreateScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var created = await campaigns.CreateDraftAsync(LendingArrange.Draft(carrierId, title) with { Territory = "com:80021", EndDate = Plateforme.Lending.Calendar.ParisCalendar.Today(browser.App.Clock).AddDays(30) });
        await campaigns.SubmitAsync(created.Id, carrierId);
        return created.Id;
    }

    private async Task<string> SlugAsync(string structureName)
    {
        using var scope = browser.App.Services.CreateScope();
        var structures = await scope.ServiceProvider.GetRequiredService<Plateforme.Accounts.Structures.StructureService>().ListAsync();
        return structures.Single(s => s.Name == structureName).Slug;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        // The address alone: waiting for the next page's « load » event once hung past the timeout on a busy machine.
        await Expect(page).Not.ToHaveURLAsync(new Regex("/compte/connexion"));
    }

    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
