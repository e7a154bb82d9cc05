using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Lending;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// Issue 17's journey in Chromium: a neighbour arrives on a campaign, reads « Ce que vous devez savoir », tries an
/// amount and sees the monthly line, signs up, confirms the e-mail, signs in, lands back on the campaign with the
/// amount tried, and pledges. axe finds no serious violation on the campaign page, signed out and signed in.
/// </summary>
[Collection(LendingBrowserCollection.Name)]
public sealed class NeighbourLendingJourneyTests(LendingBrowser browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public Task A_neighbour_reads_the_risks_signs_up_confirms_comes_back_to_the_campaign_and_pledges() =>
        browser.RunAsync(nameof(A_neighbour_reads_the_risks_signs_up_confirms_comes_back_to_the_campaign_and_pledges), async page =>
    {
        var campaignId = await PublishedCampaignAsync();
        var email = AccountFlows.NewEmail("voisine");

        await page.GotoAsync($"/prets/{campaignId}");
        var risk = page.Locator("[data-testid=what-to-know]");
        await Expect(risk).ToContainTextAsync("Ce prêt n'est pas garanti");
        await Expect(page.Locator("[data-testid=territory]")).ToHaveTextAsync("Villers-Bocage (Somme)");
        await AssertNoSeriousViolationAsync(page);
        await page.Locator("#montant").FillAsync("120");
        await Expect(page.Locator("[data-testid=live-line]")).ToContainTextAsync("Vous recevrez 10");

        await page.Locator("[data-testid=pledge-sign-up]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/compte/inscription?retour=", StringComparison.Ordinal));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#nom").FillAsync("Nadia Voisine");
        await page.Locator("#mot-de-passe").FillAsync(AccountFlows.Password);
        await page.Locator("#confirmation").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToBeVisibleAsync();

        var mail = await browser.Mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        await page.GotoAsync(Mailbox.LinkTo(mail, "/compte/confirmer").PathAndQuery);
        await page.Locator("[data-testid=confirm-email-form] button").ClickAsync();
        await page.Locator("[data-testid=go-sign-in]").ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#mot-de-passe").FillAsync(AccountFlows.Password);
        await page.Locator("[data-testid=sign-in-form] button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains($"/prets/{campaignId}", StringComparison.Ordinal));
        await Expect(page.Locator("#montant")).ToHaveValueAsync("120");
        await AssertNoSeriousViolationAsync(page);
        await page.Locator("#nom").FillAsync("Nadia Voisine");
        await page.Locator("#adresse").FillAsync("2 rue du Moulin");
        await page.Locator("#code-postal").FillAsync("80260");
        await page.Locator("#commune").FillAsync("Villers-Bocage");
        await page.Locator("[data-testid=pledge-form] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=pledge-receipt]")).ToContainTextAsync("120");
        await Expect(page.Locator("[data-testid=lenders]")).ToHaveTextAsync("1");
    });

    private async Task<Guid> PublishedCampaignAsync()
    {
        var carrierId = await browser.PersonAsync(AccountFlows.NewEmail("fournil"), "Fournil de Villers-Bocage");
        using var scope = browser.App.Services.CreateScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var draft = new CampaignDraft(carrierId, "Un nouveau four " + Guid.NewGuid().ToString("N")[..6],
            "Le four tombe en panne chaque mois.\n\nAvec 8 000 € nous achetons un four neuf.", "Commerce de proximité", "com:80798",
            800_000, ParisCalendar.Today(browser.App.Clock).AddDays(30), TermMonths: 12, GraceMonths: 0);
        var created = await campaigns.CreateDraftAsync(draft);
        await campaigns.SubmitAsync(created.Id, carrierId);
        return (await campaigns.PublishAsync(created.Id, "moderation-du-parcours")).Id;
    }

    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
