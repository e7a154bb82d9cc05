using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Ledger;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A lender follows their loans on /prets/mes-prets: figures to the cent, re-lending, withdrawals.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LenderDashboardTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    private static string Text(AccountClient.Page page, string selector) => Plain(page.Html.QuerySelector(selector)?.TextContent);

    [Fact]
    public async Task After_a_first_repayment_the_lender_sees_received_outstanding_balance_and_next_payment_to_the_cent()
    {
        var carrierId = await app.NewCarrierAsync("Épicerie du Marais");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Épicerie solidaire", 100_000, termMonths: 3));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        var pledge = await app.LendAsync(campaign.Id, lenderId, 33_333);
        await app.LendAsync(campaign.Id, "autre-preteur-" + Guid.NewGuid().ToString("N"), 66_667, "Paul Martin");
        await app.CloseAndDisburseAsync(campaign.Id);
        await app.RepayAsync(campaign.Id, 33_334);

        var page = await lender.GetAsync("/prets/mes-prets");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // 33 334 cents shared 1/3 – 2/3 by largest remainder: 11 111,48 → 111,11 € for this lender, 222,23 € for the other.
        Assert.Equal("111,11 €", Text(page, "[data-testid=lender-received]"));
        Assert.Equal("111,11 €", Text(page, "[data-testid=lender-balance]"));
        Assert.Equal("222,22 €", Text(page, "[data-testid=lender-outstanding]"));
        var row = page.Html.QuerySelector($"[data-testid=loan][data-pledge='{pledge.Id}']")!;
        Assert.Equal("333,33 €", Plain(row.QuerySelector("[data-testid=loan-amount]")!.TextContent));
        Assert.Equal("111,11 €", Plain(row.QuerySelector("[data-testid=loan-received]")!.TextContent));
        Assert.Equal("222,22 €", Plain(row.QuerySelector("[data-testid=loan-outstanding]")!.TextContent));
        Assert.StartsWith("111,11 € le ", Plain(row.QuerySelector("[data-testid=loan-next]")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("en remboursement", row.QuerySelector("[data-testid=loan-state]")!.TextContent, StringComparison.Ordinal);
        var ledgerBalance = await app.WithStoreAsync(async services =>
            await services.GetRequiredService<Plateforme.Lending.Balances.LenderBalanceService>().GetBalanceAsync(lenderId));
        Assert.Equal(11_111, ledgerBalance);
    }

    [Fact]
    public async Task A_lender_re_lends_from_the_balance_then_asks_for_the_rest_by_transfer()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var first = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Premier projet", 20_000, termMonths: 1));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        await app.LendAsync(first.Id, lenderId, 20_000);
        await app.CloseAndDisburseAsync(first.Id);
        await app.RepayAsync(first.Id, 20_000);
        var second = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Second projet " + Guid.NewGuid().ToString("N")[..6], 50_000));

        var relent = await lender.SubmitAsync("/prets/mes-prets", "relend-form", new Dictionary<string, string>
        {
            ["Input.CampaignId"] = second.Id.ToString(),
            ["Input.Amount"] = "50,5",
            ["Input.LenderName"] = "Jeanne Dupont",
            ["Input.AddressLine"] = "3 rue des Lilas",
            ["Input.PostalCode"] = "59000",
            ["Input.City"] = "Lille",
        });
        Assert.Equal(HttpStatusCode.Redirect, relent.Status);
        var afterRelend = await lender.GetAsync(relent.Redirect!);
        var withdrawn = await lender.SubmitAsync("/prets/mes-prets", "withdrawal-form", new Dictionary<string, string> { ["Input.Amount"] = "149,50" });
        var afterWithdrawal = await lender.GetAsync(withdrawn.Redirect!);

        Assert.Equal("Votre prêt de 50,50 € depuis votre solde est enregistré.", Plain(afterRelend.Message));
        Assert.Equal("149,50 €", Text(afterRelend, "[data-testid=lender-balance]"));
        var newLoan = afterRelend.Html.QuerySelectorAll("[data-testid=loan]").Single(r => r.GetAttribute("data-campaign") == second.Id.ToString());
        Assert.Equal("50,50 €", Plain(newLoan.QuerySelector("[data-testid=loan-amount]")!.TextContent));
        Assert.StartsWith("Reçu", newLoan.QuerySelector("[data-testid=loan-state]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Votre demande de virement de 149,50 € est enregistrée.", Plain(afterWithdrawal.Message));
        Assert.Equal("0 €", Text(afterWithdrawal, "[data-testid=lender-balance]"));
        Assert.Equal("200 €", Text(afterWithdrawal, "[data-testid=lender-received]"));
        Assert.Equal("149,50 €", Text(afterWithdrawal, "[data-testid=withdrawal-amount]"));
        Assert.StartsWith("Demandé le", Text(afterWithdrawal, "[data-testid=withdrawal-status]"), StringComparison.Ordinal);
        Assert.Null(afterWithdrawal.Html.QuerySelector("[data-testid=withdrawal-form]"));
        var health = await app.WithStoreAsync(services => services.GetRequiredService<LedgerInvariantChecker>().CheckAsync());
        Assert.True(health.IsHealthy, string.Join("; ", health.Violations));
    }

    [Fact]
    public async Task A_withdrawal_above_the_balance_is_refused_in_French()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Projet court", 20_000, termMonths: 2));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        await app.LendAsync(campaign.Id, lenderId, 20_000);
        await app.CloseAndDisburseAsync(campaign.Id);
        await app.RepayAsync(campaign.Id, 10_000);

        var page = await lender.SubmitAsync("/prets/mes-prets", "withdrawal-form", new Dictionary<string, string> { ["Input.Amount"] = "100,01" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Votre solde disponible est de 100 €.", page.Html.QuerySelectorAll(".validation-message").Select(m => Plain(m.TextContent)));
        Assert.Equal("100 €", Text(page, "[data-testid=lender-balance]"));
    }

    [Fact]
    public async Task A_pledge_can_be_withdrawn_from_the_dashboard_until_the_end_date()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Projet en cours", 50_000));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        var pledge = await app.LendAsync(campaign.Id, lenderId, 5_000);

        var posted = await lender.SubmitAsync("/prets/mes-prets", "withdraw-pledge-form", new Dictionary<string, string> { ["WithdrawPledgeId"] = pledge.Id.ToString() });
        var after = await lender.GetAsync(posted.Redirect!);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal("Votre participation est retirée.", after.Message);
        var row = after.Html.QuerySelector($"[data-testid=loan][data-pledge='{pledge.Id}']")!;
        Assert.StartsWith("Retiré", row.QuerySelector("[data-testid=loan-state]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid=withdraw-pledge]"));
        Assert.Equal("0 €", Text(after, "[data-testid=lender-outstanding]"));
    }
}
