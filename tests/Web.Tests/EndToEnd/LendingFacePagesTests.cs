using System.Text.RegularExpressions;
using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Money;
using Plateforme.Lending.Store;
using Plateforme.Web.Shared.Forms;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Lending;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// Issue 17, in one browser session on the lending browser's app (which seeds the demo campaigns, as a first
/// Development run does): the demo campaigns at their three stages, marked as demo, figures agreeing with the ledger;
/// the carrier form's territory picker; the header of an administrator; and axe finds no violation at all
/// (WCAG 2.1 A and AA rules) on the guides, the form (empty and with errors), the campaign pages, the list,
/// « Mes prêts » with a pending and a paid loan, and the moderators' review of a campaign.
/// </summary>
[Collection(LendingBrowserCollection.Name)]
public sealed class LendingFacePagesTests(LendingBrowser browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public Task A_neighbour_a_carrier_and_a_moderator_meet_no_code_no_violation_and_clearly_marked_demo_campaigns() =>
        browser.RunAsync(nameof(A_neighbour_a_carrier_and_a_moderator_meet_no_code_no_violation_and_clearly_marked_demo_campaigns), async page =>
    {
        var demo = await DemoCampaignsAsync();

        // A neighbour: the list, the three demo campaigns, the guides.
        await page.GotoAsync("/prets");
        var card = page.Locator($"[data-testid=campaign][data-campaign='{demo.Collecting.Id}']");
        await Expect(card.Locator("[data-testid=campaign-title]")).ToHaveTextAsync(demo.Collecting.Title);
        await Expect(card.Locator("[data-testid=territory]")).ToHaveTextAsync("Villers-Bocage (Somme)");
        await AssertNoViolationAsync(page);

        await page.GotoAsync($"/prets/{demo.Collecting.Id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(demo.Collecting.Title);
        await Expect(page.Locator("[data-testid=story] p").First).ToContainTextAsync("Campagne de démonstration");
        await Expect(page.Locator("[data-testid=carrier]").First).ToContainTextAsync("(démo)");
        await Expect(page.Locator("[data-testid=raised]")).ToHaveTextAsync(Cents.Format(await PledgedAsync(demo.Collecting.Id)));
        await AssertNoViolationAsync(page);

        await page.GotoAsync($"/prets/{demo.Repaying.Id}");
        await Expect(page.Locator("h1")).ToContainTextAsync("[Démo]");
        await Expect(page.Locator("[data-testid=campaign-state]")).ToHaveTextAsync(CampaignStates.Label(CampaignState.Repaying));
        await Expect(page.Locator("[data-testid=public-instalment]")).ToHaveCountAsync(demo.Repaying.TermMonths);
        var amounts = (await page.Locator("[data-testid=public-instalment-amount]").AllInnerTextsAsync()).Sum(Parse);
        var paid = (await page.Locator("[data-testid=public-instalment-paid]").AllInnerTextsAsync()).Sum(Parse);
        Assert.Equal(demo.Repaying.PrincipalCents, amounts);
        Assert.Equal(await AllocatedToLendersAsync(demo.Repaying.Id), paid);
        Assert.True(paid > 0, "the repaying demo campaign has repayments");
        await Expect(page.Locator("[data-testid=public-repaid-line]")).ToContainTextAsync($"{Cents.Format(paid)} déjà remboursés sur {Cents.Format(amounts)}");
        await AssertNoViolationAsync(page);

        await page.GotoAsync($"/prets/{demo.Failed.Id}");
        await Expect(page.Locator("h1")).ToContainTextAsync("[Démo]");
        await Expect(page.Locator("[data-testid=campaign-state]")).ToHaveTextAsync(CampaignStates.Label(CampaignState.Failed));
        await Expect(page.Locator("[data-testid=public-schedule]")).ToHaveCountAsync(0);

        foreach (var guide in new[] { "/prets/comment-ca-marche", "/prets/comment-ca-marche/porteurs" })
        {
            await page.GotoAsync(guide);
            await AssertNoViolationAsync(page);
        }

        // A demo lender's « Mes prêts »: a promise not yet paid and a loan being repaid.
        await SignInAsync(page, await DemoLenderAsync("demo-jeanne@demo.plateforme.local"), AccountFlows.Password);
        await page.GotoAsync("/prets/mes-prets");
        await Expect(page.Locator($"[data-testid=loan][data-campaign='{demo.Collecting.Id}'] [data-testid=loan-outstanding]")).ToContainTextAsync("pas encore versée");
        await Expect(page.Locator($"[data-testid=loan][data-campaign='{demo.Repaying.Id}'] [data-testid=loan-received]")).Not.ToHaveTextAsync(Cents.Format(0));
        await AssertNoViolationAsync(page);

        // A carrier: the form, its territory picker, its errors.
        var carrierEmail = AccountFlows.NewEmail("fournil");
        await browser.PersonAsync(carrierEmail, "Fournil du Bocage");
        await SignInAsync(page, carrierEmail, AccountFlows.Password);
        await page.GotoAsync("/prets/nouveau");
        var place = page.Locator("#territoire");
        // The picker is an interactive island of the plain form: its script marks the box once the circuit runs.
        await Expect(place).ToHaveAttributeAsync("data-combo-attached", "true");
        await AssertNoViolationAsync(page);

        await place.FillAsync("Villers-Bocage");
        var options = page.Locator("#territoire-liste [role=option]");
        await Expect(options.Filter(new() { HasText = "14310, Calvados" })).ToHaveCountAsync(1);
        await Expect(options.Filter(new() { HasText = "80260, Somme" })).ToHaveCountAsync(1);
        await Expect(place).ToHaveAttributeAsync("aria-expanded", "true");
        await AssertNoViolationAsync(page);

        await place.FillAsync("80260");
        await Expect(options).ToHaveCountAsync(24);
        await Expect(options.Filter(new() { HasText = "Bertangles" })).ToHaveCountAsync(1);
        await place.FillAsync("Villers-Bocage");
        // The postal code's list also names Villers-Bocage (Somme): wait for the two homonyms alone before counting.
        await Expect(options).ToHaveCountAsync(2);
        await Expect(options.Filter(new() { HasText = "80260, Somme" })).ToHaveCountAsync(1);
        var somme = (await options.AllInnerTextsAsync()).ToList().FindIndex(o => o.Contains("80260, Somme", StringComparison.Ordinal));
        for (var i = 0; i <= somme; i++) await place.PressAsync("ArrowDown");
        await place.PressAsync("Enter");
        await Expect(place).ToHaveValueAsync("Villers-Bocage (Somme)");
        await Expect(page.Locator("[data-testid=territory-code]")).ToHaveValueAsync("com:80798");

        // Sent without a title: the errors come back styled, the focus on the title, the place kept.
        await page.Locator("#objectif").FillAsync("8000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-errors]")).ToBeVisibleAsync();
        await Expect(page.Locator("#titre")).ToBeFocusedAsync();
        await Expect(page.Locator("#territoire")).ToHaveValueAsync("Villers-Bocage (Somme)");
        await AssertNoViolationAsync(page);

        var title = "Un four pour le Bocage " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#titre").FillAsync(title);
        await page.Locator("#histoire").FillAsync("Notre four tombe en panne.\n\nUn four neuf nous permettra d'ouvrir le dimanche.");
        await page.Locator("#categorie").SelectOptionAsync("Commerce de proximité");
        await page.Locator("#fin").FillAsync(ParisCalendar.Today(browser.App.Clock).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#duree").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre pour relecture" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/prets/mes-campagnes", StringComparison.Ordinal));
        var submitted = Guid.Parse((await page.Locator("[data-testid=my-campaign]").Filter(new() { HasText = title }).GetAttributeAsync("data-campaign"))!);

        // A moderator: the header on one line, the review of that campaign with its place by name.
        await SignInAsync(page, AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        await page.GotoAsync($"/moderation/prets/{submitted}");
        await Expect(page.Locator("[data-testid=review-territory]")).ToHaveTextAsync("Villers-Bocage (Somme)");
        await AssertNoViolationAsync(page);
        await AssertHeaderOnOneLineAsync(page);
        await page.SetViewportSizeAsync(375, 812);
        await Expect(page.Locator("[data-testid=menu-toggle]")).ToBeVisibleAsync();
        Assert.True((await page.Locator(".site-header").BoundingBoxAsync())!.Height < 72, "the header is one line on a phone");
        await page.SetViewportSizeAsync(1280, 900);
    });

    private sealed record DemoSet(Campaign Collecting, Campaign Repaying, Campaign Failed);

    /// <summary>The seeder runs at the app's start, in the background: the three stages, each once.</summary>
    private async Task<DemoSet> DemoCampaignsAsync()
    {
        async Task<Campaign?> Demo(CampaignState state)
        {
            using var scope = browser.App.Services.CreateScope();
            var all = await scope.ServiceProvider.GetRequiredService<CampaignService>().ListByStateAsync(state);
            return all.SingleOrDefault(c => c.Title.StartsWith("[Démo]", StringComparison.Ordinal));
        }

        var failed = await Eventually.ValueAsync<Campaign?>(() => Demo(CampaignState.Failed), c => c is not null, "the demo campaigns to be seeded");
        return new DemoSet((await Demo(CampaignState.Published))!, (await Demo(CampaignState.Repaying))!, failed!);
    }

    private async Task<long> PledgedAsync(Guid campaignId)
    {
        using var scope = browser.App.Services.CreateScope();
        var pledges = await scope.ServiceProvider.GetRequiredService<Plateforme.Lending.Pledges.PledgeService>().ListForCampaignAsync(campaignId);
        return pledges.Sum(p => p.AmountCents);
    }

    /// <summary>What the ledger says the lenders received from the carrier's repayments.</summary>
    private async Task<long> AllocatedToLendersAsync(Guid campaignId)
    {
        using var scope = browser.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LendingWrites>().ReadAsync(db => db.LedgerEntries
            .Where(e => e.CampaignId == campaignId && e.Account.StartsWith(LedgerAccounts.LenderPrefix))
            .Join(db.LedgerTransactions.Where(t => t.Code == LedgerCode.Allocation), e => e.TransactionId, t => t.Id, (e, t) => e)
            .SumAsync(e => -e.AmountCents), default);
    }

    /// <summary>Demo people have a password nobody knows: the test gives one lender a known one.</summary>
    private async Task<string> DemoLenderAsync(string email)
    {
        using var scope = browser.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.RemovePasswordAsync(user);
        Assert.True((await users.AddPasswordAsync(user, AccountFlows.Password)).Succeeded);
        return email;
    }

    private static async Task AssertHeaderOnOneLineAsync(IPage page)
    {
        var links = page.Locator(".site-nav li");
        await Expect(page.Locator("[data-testid=nav-moderation]")).ToBeVisibleAsync();
        var tops = new HashSet<double>();
        for (var i = 0; i < await links.CountAsync(); i++) tops.Add(Math.Round((await links.Nth(i).BoundingBoxAsync())!.Y));
        var name = (await page.Locator(".site-name").BoundingBoxAsync())!;
        Assert.True(tops.Count == 1, $"the header's links are on {tops.Count} rows at 1280 px");
        Assert.True(Math.Abs(tops.Single() - name.Y) < name.Height, "the links are on the site name's row");
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

    private static long Parse(string euros) =>
        EuroAmount.TryParseCents(euros, out var cents) ? cents : throw new FormatException($"Not an amount in euros: {euros}");

    /// <summary>Every violation counts here, minor ones included.</summary>
    private static async Task AssertNoViolationAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", result.Violations.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
