using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Moderators mark lenders' withdrawals as paid, and extend a running campaign's end date once.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class WithdrawalAndExtensionTests(AccountsApp app)
{
    [Fact]
    public async Task A_requested_withdrawal_is_marked_paid_with_its_transfer_reference_and_the_lender_is_told()
    {
        var arranged = await app.DisbursedAsync(20_000, 2, 20_000);
        var lender = arranged.Lenders[0].Person;
        var withdrawal = await app.LendingAsync(async s =>
        {
            await s.GetRequiredService<RepaymentService>().RecordAsync(new RepaymentReceipt(arranged.Campaign.Id, 10_000, app.ParisToday(), "test-" + Guid.NewGuid(), LendingArrange.ModeratorId));
            return await s.GetRequiredService<LenderBalanceService>().RequestWithdrawalAsync(lender.Id, 7_550, Guid.NewGuid().ToString("N"));
        });
        using var moderator = await app.ModeratorAsync();
        var item = $"[data-testid=withdrawal][data-withdrawal='{withdrawal.Id}']";

        var board = await moderator.GetAsync("/moderation/prets");
        var withoutReference = await moderator.SubmitFormAsync("/moderation/prets", "[data-testid=withdrawals-form]", MarkPaid(withdrawal.Id, ""));
        var paid = await moderator.SubmitFormAsync("/moderation/prets", "[data-testid=withdrawals-form]", MarkPaid(withdrawal.Id, "VIR-RETRAIT-77"));
        var after = await moderator.GetAsync(paid.Redirect!);

        Assert.Equal(Euros(7_550), board.Text(item + " [data-testid=withdrawal-amount]"));
        Assert.Contains(lender.Name, board.Text(item), StringComparison.Ordinal);
        Assert.Equal("Indiquez la référence du virement ou le numéro du chèque.", withoutReference.Message);
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        Assert.Equal("Le retrait est marqué comme payé ; le prêteur en est informé.", after.Message);
        Assert.Null(after.Html.QuerySelector(item));
        Assert.DoesNotContain(await app.LendingAsync(s => s.GetRequiredService<LenderBalanceService>().ListPendingWithdrawalsAsync()), w => w.Id == withdrawal.Id);
        Assert.Equal(2_450, await app.LendingAsync(s => s.GetRequiredService<LenderBalanceService>().GetBalanceAsync(lender.Id)));
        await app.DrainMailAsync();
        var mail = await app.Mailbox.SingleAsync(lender.Email, "Votre retrait de " + Plateforme.Lending.Money.Cents.Format(7_550) + " est versé");
        Assert.Contains("Bonjour " + lender.Name, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_date_is_extended_once_within_the_allowed_days()
    {
        var arranged = await app.CollectingAsync(50_000, 12, 10_000);
        var endDate = arranged.Campaign.EndDate;
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var tooFar = await moderator.SubmitFormAsync(url, "[data-testid=extend-form]", Extension(endDate.AddDays(31)));
        var extended = await moderator.SubmitFormAsync(url, "[data-testid=extend-form]", Extension(endDate.AddDays(20)));
        var after = await moderator.GetAsync(extended.Redirect!);

        Assert.Equal("La nouvelle date de fin doit suivre l'actuelle d'au plus 30 jours.", tooFar.Message);
        Assert.Equal(HttpStatusCode.Redirect, extended.Status);
        Assert.Equal("La date de fin est prolongée.", after.Message);
        Assert.Equal(LendingArrange.Plain(endDate.AddDays(20).ToString("d MMMM yyyy", CampaignStates.French)), after.Text("[data-testid=review-end-date]"));
        Assert.Null(after.Html.QuerySelector("[data-testid=extend-form]"));
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.True(campaign!.EndDateExtended);
    }

    private static Dictionary<string, string> Extension(DateOnly date) => new()
    {
        ["EndDate"] = Iso(date),
        ["Reason"] = "Le porteur a été malade deux semaines.",
    };

    private static Dictionary<string, string> MarkPaid(Guid withdrawalId, string reference) => new()
    {
        ["WithdrawalId"] = withdrawalId.ToString(),
        ["TransferReference-" + withdrawalId.ToString("N")] = reference,
    };
}
