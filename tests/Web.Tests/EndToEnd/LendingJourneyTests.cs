using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Hosting;
using Plateforme.Lending.Money;
using Plateforme.Lending.Pledges;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Lending;
using static Microsoft.Playwright.Assertions;
using Plateforme.Web.Lending.Mail;
using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// Issue 6's journey in Chromium: a carrier drafts a campaign, a moderator publishes it, three neighbours lend,
/// the end date passes, the moderator confirms the three transfers, pays the carrier and records a first repayment;
/// every figure on the pages (campaign, moderators' screens, each lender's dashboard) then reconciles to the cent
/// with the others, with the lenders' balances and with the e-mails they receive.
/// </summary>
[Collection(LendingBrowserCollection.Name)]
public sealed class LendingJourneyTests(LendingBrowser browser)
{
    private static readonly (string Name, string Typed, long Cents)[] Loans =
    [
        ("Alice Martin", "100", 10_000),
        ("Bruno Petit", "133,33", 13_333),
        ("Chloé Durand", "66,68", 6_668),
    ];

    private const long Goal = 30_001;

    [Fact]
    public Task A_campaign_goes_from_draft_to_a_first_repayment_shared_among_three_lenders_and_every_figure_reconciles() =>
        browser.RunAsync(nameof(A_campaign_goes_from_draft_to_a_first_repayment_shared_among_three_lenders_and_every_figure_reconciles), async page =>
    {
        var title = "Atelier vélo du canal " + Guid.NewGuid().ToString("N")[..6];
        var carrierEmail = AccountFlows.NewEmail("porteur");
        await browser.PersonAsync(carrierEmail, "Atelier Vélo du Canal");
        var lenders = new List<(string Name, string Email, string Id, long Cents, string Typed)>();
        foreach (var (name, typed, cents) in Loans)
        {
            var email = AccountFlows.NewEmail("preteur");
            lenders.Add((name, email, await browser.PersonAsync(email, name), cents, typed));
        }

        var today = ParisCalendar.Today(browser.App.Clock);
        var endDate = today.AddDays(7);

        // The carrier drafts and submits.
        await SignInAsync(page, carrierEmail, AccountFlows.Password);
        await page.GotoAsync("/prets/nouveau");
        await page.Locator("#titre").FillAsync(title);
        await page.Locator("#histoire").FillAsync("Un atelier où chacun répare son vélo, avec des outils partagés.");
        await page.Locator("#categorie").SelectOptionAsync("Mobilité");
        await page.Locator("#territoire").FillAsync("Lille");
        await page.Locator("#objectif").FillAsync("300,01");
        await page.Locator("#fin").FillAsync(endDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#duree").FillAsync("3");
        await page.Locator("#differe").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre pour relecture" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/prets/mes-campagnes", StringComparison.Ordinal));

        // A moderator publishes it.
        await SignInAsync(page, AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        await page.GotoAsync("/moderation/prets");
        var review = page.Locator("[data-testid=review-item]").Filter(new() { HasText = title });
        var campaignId = Guid.Parse((await review.GetAttributeAsync("data-campaign"))!);
        await review.GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la campagne" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("La campagne est publiée.");

        // Three neighbours lend.
        foreach (var lender in lenders)
        {
            await SignInAsync(page, lender.Email, AccountFlows.Password);
            await page.GotoAsync($"/prets/{campaignId}");
            await page.GetByLabel("prêter sans intérêt (remboursé chaque mois)").CheckAsync();
            await page.Locator("#montant").FillAsync(lender.Typed);
            await page.Locator("#nom").FillAsync(lender.Name);
            await page.Locator("#adresse").FillAsync("12 quai du Canal");
            await page.Locator("#code-postal").FillAsync("59350");
            await page.Locator("#commune").FillAsync("Lille");
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer ma participation" }).ClickAsync();
            await Expect(page.Locator("[data-testid=pledge-receipt]")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("[data-testid=raised]")).ToHaveTextAsync(Cents.Format(Goal));
        await Expect(page.Locator("[data-testid=remaining]")).ToHaveTextAsync(Cents.Format(0));

        // The end date passes and the clock service runs: funded, lenders asked to pay.
        browser.App.Clock.Advance(TimeSpan.FromDays(8));
        await browser.App.Services.GetRequiredService<CampaignClockService>().RunOnceAsync();
        var funded = await Lending<Campaign?>(s => s.GetRequiredService<CampaignService>().FindAsync(campaignId));
        Assert.Equal(CampaignState.Funded, funded!.State);

        // The moderator confirms the three transfers, pays the carrier out and records a first repayment.
        await SignInAsync(page, AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        await page.GotoAsync($"/moderation/prets/{campaignId}");
        await Expect(page.Locator("[data-testid=payments-awaited]")).ToHaveTextAsync(Cents.Format(Goal));
        for (var left = 2; left >= 0; left--)
        {
            var awaiting = page.Locator("[data-testid=pledge]").Filter(new() { Has = page.Locator("[data-testid=confirm-button]") }).First;
            await awaiting.GetByLabel("Moyen de paiement").SelectOptionAsync("Transfer");
            await awaiting.GetByLabel("Référence du virement ou numéro du chèque").FillAsync($"VIR-{3 - left}");
            await awaiting.GetByRole(AriaRole.Button, new() { Name = "Confirmer la réception" }).ClickAsync();
            await Expect(page.Locator("[data-testid=confirm-button]")).ToHaveCountAsync(left);
        }

        await Expect(page.Locator("[data-testid=payments-collected]")).ToHaveTextAsync(Cents.Format(Goal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verser les fonds au porteur" }).ClickAsync();
        await Expect(page.Locator("[data-testid=loan-principal]")).ToHaveTextAsync(Cents.Format(Goal));
        // 300,01 € over 3 months: the remainder cent goes to the first instalment.
        await Expect(page.Locator("[data-testid=instalment-amount]")).ToHaveTextAsync([Cents.Format(10_001), Cents.Format(10_000), Cents.Format(10_000)]);

        await page.Locator("#montant-remboursement").FillAsync("100,01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le remboursement" }).ClickAsync();
        await Expect(page.Locator("[data-testid=repayment-result]")).ToBeVisibleAsync();

        // The split: every cent shared, each lender within one cent of their exact share.
        var pledges = await Lending(s => s.GetRequiredService<PledgeService>().ListForCampaignAsync(campaignId));
        var parts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var lender in lenders)
        {
            var pledge = pledges.Single(p => p.LenderUserId == lender.Id);
            Assert.Equal(lender.Cents, pledge.AmountCents);
            var part = Parse(await page.Locator($"[data-testid=split-line][data-pledge='{pledge.Id}'] [data-testid=split-amount]").InnerTextAsync());
            Assert.InRange(part * Goal, (10_001 * lender.Cents) - Goal, (10_001 * lender.Cents) + Goal);
            parts[lender.Id] = part;
            await Expect(page.Locator($"[data-testid=lender][data-pledge='{pledge.Id}'] [data-testid=lender-balance-moderation]")).ToHaveTextAsync(Cents.Format(part));
            Assert.Equal(part, await Lending(s => s.GetRequiredService<LenderBalanceService>().GetBalanceAsync(lender.Id)));
        }

        Assert.Equal(10_001, parts.Values.Sum());
        await Expect(page.Locator("[data-testid=split-total]")).ToHaveTextAsync(Cents.Format(10_001));
        await Expect(page.Locator("[data-testid=loan-repaid]")).ToHaveTextAsync(Cents.Format(10_001));
        await Expect(page.Locator("[data-testid=loan-remaining]")).ToHaveTextAsync(Cents.Format(Goal - 10_001));
        await Expect(page.Locator("[data-testid=instalment-paid]").First).ToHaveTextAsync(Cents.Format(10_001));

        // The moderators' board agrees, and the ledger is healthy.
        await page.GotoAsync("/moderation/prets");
        var row = page.Locator($"[data-testid=loan-item][data-id='{campaignId}']");
        await Expect(row.Locator("[data-testid=principal]")).ToHaveTextAsync(Cents.Format(Goal));
        await Expect(row.Locator("[data-testid=repaid]")).ToHaveTextAsync(Cents.Format(10_001));
        await Expect(row.Locator("[data-testid=remaining]")).ToHaveTextAsync(Cents.Format(Goal - 10_001));
        await Expect(page.Locator("[data-testid=ledger-health]")).ToHaveAttributeAsync("data-healthy", "true");

        // The public campaign page: the goal, what was raised and the wall add up.
        await page.GotoAsync($"/prets/{campaignId}");
        await Expect(page.Locator("[data-testid=goal]")).ToHaveTextAsync(Cents.Format(Goal));
        await Expect(page.Locator("[data-testid=raised]")).ToHaveTextAsync(Cents.Format(Goal));
        await Expect(page.Locator("[data-testid=lenders]")).ToHaveTextAsync("3");
        var wall = (await page.Locator("[data-testid=wall-amount]").AllInnerTextsAsync()).Select(Parse).ToList();
        Assert.Equal(Loans.Select(l => l.Cents).Order(), wall.Order());
        Assert.Equal(Goal, wall.Sum());

        // Each lender's dashboard: the balance and what was received are their part, what is outstanding the rest of their loan.
        foreach (var lender in lenders)
        {
            var part = parts[lender.Id];
            await SignInAsync(page, lender.Email, AccountFlows.Password);
            await page.GotoAsync("/prets/mes-prets");
            await Expect(page.Locator("[data-testid=lender-balance]")).ToHaveTextAsync(Cents.Format(part));
            await Expect(page.Locator("[data-testid=lender-received]")).ToHaveTextAsync(Cents.Format(part));
            await Expect(page.Locator("[data-testid=lender-outstanding]")).ToHaveTextAsync(Cents.Format(lender.Cents - part));
            var loan = page.Locator($"[data-testid=loan][data-campaign='{campaignId}']");
            await Expect(loan.Locator("[data-testid=loan-amount]")).ToHaveTextAsync(Cents.Format(lender.Cents));
            await Expect(loan.Locator("[data-testid=loan-received]")).ToHaveTextAsync(Cents.Format(part));
            await Expect(loan.Locator("[data-testid=loan-outstanding]")).ToHaveTextAsync(Cents.Format(lender.Cents - part));
        }

        // Each lender is told their own part by e-mail, the same figure as on the moderator's split.
        await browser.App.Services.GetRequiredService<LendingMailDrain>().DrainAsync();
        foreach (var lender in lenders)
        {
            await browser.Mailbox.SingleAsync(lender.Email, $"Vous avez reçu {Cents.Format(parts[lender.Id])} de « {title} »");
        }
    });

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

    private static long Parse(string euros) =>
        EuroAmount.TryParseCents(euros, out var cents) ? cents : throw new FormatException($"Not an amount in euros: {euros}");

    private async Task<T> Lending<T>(Func<IServiceProvider, Task<T>> query)
    {
        using var scope = browser.App.Services.CreateScope();
        return await query(scope.ServiceProvider);
    }
}
