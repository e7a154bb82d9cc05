using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Moderators confirm the payments they received, then pay a funded campaign out to its carrier.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class PaymentModerationTests(AccountsApp app)
{
    [Fact]
    public async Task A_transfer_confirmed_with_its_reference_counts_as_received_on_the_campaign_and_the_board()
    {
        var arranged = await app.FundedAsync(30_000, 12, 10_000, 10_000, 10_000);
        var first = arranged.Lenders[0].Pledge;
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var before = await moderator.GetAsync("/moderation/prets");
        var posted = await moderator.SubmitFormAsync(url, "[data-testid=confirm-form]", Confirmation(first.Id, "Transfer", "VIR 2026-118"));
        var after = await moderator.GetAsync(posted.Redirect!);
        var board = await moderator.GetAsync("/moderation/prets");

        var row = $"[data-testid=collection-item][data-id='{arranged.Campaign.Id}']";
        Assert.Equal(Euros(30_000) + " (3)", before.Text(row + " [data-testid=awaited]"));
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal("Le paiement est confirmé.", after.Message);
        Assert.Equal("Collected", after.Html.QuerySelector($"[data-testid=pledge][data-pledge='{first.Id}']")?.GetAttribute("data-status"));
        Assert.Equal("Reçu (Virement VIR 2026-118)", after.Text($"[data-pledge='{first.Id}'] [data-testid=pledge-status]"));
        Assert.Equal(Euros(10_000), after.Text("[data-testid=payments-collected]"));
        Assert.Equal(Euros(20_000), after.Text("[data-testid=payments-awaited]"));
        Assert.Contains("2 participation(s) attendent encore leur paiement (" + Euros(20_000) + ")", after.Text("[data-testid=collection-window]"), StringComparison.Ordinal);
        Assert.Equal(Euros(20_000) + " (2)", board.Text(row + " [data-testid=awaited]"));
        Assert.Null(after.Html.QuerySelector("[data-testid=disburse-form]"));
    }

    [Fact]
    public async Task A_confirmation_posted_again_from_a_page_left_open_is_harmless()
    {
        var arranged = await app.FundedAsync(20_000, 6, 12_000, 8_000);
        var pledge = arranged.Lenders[0].Pledge;
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        var stale = await moderator.FormValuesAsync(url, "[data-testid=confirm-form]");
        foreach (var (name, value) in Confirmation(pledge.Id, "Transfer", "VIR 1")) stale[name] = value;

        var first = await moderator.PostAsync(url, stale);
        var again = await moderator.PostAsync(url, stale);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.Status, again.Status));
        var pledges = await app.LendingAsync(s => s.GetRequiredService<PledgeService>().ListForCampaignAsync(arranged.Campaign.Id));
        Assert.Equal(PledgeStatus.Collected, pledges.Single(p => p.Id == pledge.Id).Status);
        var health = await app.LendingAsync(s => s.GetRequiredService<Plateforme.Lending.Ledger.LedgerInvariantChecker>().CheckAsync());
        Assert.True(health.IsHealthy, string.Join(" ", health.Violations));
        var page = await moderator.GetAsync(url);
        Assert.Equal(Euros(12_000), page.Text("[data-testid=payments-collected]"));
    }

    [Fact]
    public async Task A_confirmation_without_a_reference_is_refused_in_French_and_nothing_changes()
    {
        var arranged = await app.FundedAsync(20_000, 6, 20_000);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var refused = await moderator.SubmitFormAsync(url, "[data-testid=confirm-form]", Confirmation(arranged.Lenders[0].Pledge.Id, "Cheque", "  "));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Indiquez la référence du virement ou le numéro du chèque.", refused.Message);
        var pledges = await app.LendingAsync(s => s.GetRequiredService<PledgeService>().ListForCampaignAsync(arranged.Campaign.Id));
        Assert.Equal(PledgeStatus.Pending, Assert.Single(pledges).Status);
    }

    [Fact]
    public async Task Once_every_payment_is_confirmed_the_moderator_disburses_and_the_schedule_adds_up_to_the_principal()
    {
        var arranged = await app.FundedAsync(30_001, 4, 10_000, 10_000, 10_001);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        foreach (var lender in arranged.Lenders)
        {
            var confirmed = await moderator.SubmitFormAsync(url, "[data-testid=confirm-form]", Confirmation(lender.Pledge.Id, "Cheque", "CHQ " + lender.Person.Name));
            Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        }

        var ready = await moderator.GetAsync(url);
        var board = await moderator.GetAsync("/moderation/prets");
        var disbursed = await moderator.SubmitFormAsync(url, "[data-testid=disburse-form]", new Dictionary<string, string>());
        var after = await moderator.GetAsync(disbursed.Redirect!);
        var loans = await moderator.GetAsync("/moderation/prets");

        Assert.Equal("Tous les paiements sont reçus.", ready.Text("[data-testid=collection-window]"));
        Assert.Contains(Euros(30_001) + " à virer au porteur", ready.Text("[data-testid=disburse-form]"), StringComparison.Ordinal);
        Assert.Equal("Prête à être versée", board.Text($"[data-testid=collection-item][data-id='{arranged.Campaign.Id}'] td:last-child"));
        Assert.Equal(HttpStatusCode.Redirect, disbursed.Status);
        Assert.Equal("Les fonds sont versés : faites le virement au porteur. Le calendrier de remboursement est établi.", after.Message);
        Assert.Equal("Fonds versés", after.Text("[data-testid=review-state]"));
        Assert.Equal(Euros(30_001), after.Text("[data-testid=loan-principal]"));
        Assert.Equal(Euros(30_001), after.Text("[data-testid=loan-remaining]"));
        Assert.Equal(
            [Euros(7_501), Euros(7_500), Euros(7_500), Euros(7_500)],
            after.Html.QuerySelectorAll("[data-testid=instalment-amount]").Select(a => LendingArrange.Plain(a.TextContent)));
        Assert.Equal(Euros(30_001), loans.Text($"[data-testid=loan-item][data-id='{arranged.Campaign.Id}'] [data-testid=remaining]"));
        Assert.Null(loans.Html.QuerySelector($"[data-testid=collection-item][data-id='{arranged.Campaign.Id}']"));
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.Equal(CampaignState.Disbursed, campaign!.State);
        var schedule = await app.LendingAsync(s => s.GetRequiredService<RepaymentService>().GetScheduleAsync(arranged.Campaign.Id));
        Assert.Equal(30_001, schedule.Sum(i => i.AmountCents));
    }

    private static Dictionary<string, string> Confirmation(Guid pledgeId, string method, string reference) => new()
    {
        ["PledgeId"] = pledgeId.ToString(),
        ["Method-" + pledgeId.ToString("N")] = method,
        ["Reference-" + pledgeId.ToString("N")] = reference,
    };
}
