using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Money;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The lending outbox leaves as French e-mails, read back from the pickup folder, each message once.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class LendingMailTests(AccountsApp app)
{
    [Fact]
    public async Task From_pledge_to_repayment_each_lender_is_told_at_every_step_with_their_own_figures()
    {
        var arranged = await app.DisbursedAsync(30_001, 3, 10_000, 10_000, 10_001);
        var title = arranged.Campaign.Title;
        var result = await app.LendingAsync(s => s.GetRequiredService<RepaymentService>()
            .RecordAsync(new RepaymentReceipt(arranged.Campaign.Id, 5_555, app.ParisToday(), "mail-" + Guid.NewGuid(), LendingArrange.ModeratorId)));

        await app.DrainMailAsync();

        foreach (var lender in arranged.Lenders)
        {
            var email = lender.Person.Email;
            var amount = Cents.Format(lender.Pledge.AmountCents);
            var share = result.Allocations.Single(a => a.PledgeId == lender.Pledge.Id).AmountCents;
            var received = await app.Mailbox.SingleAsync(email, $"Votre participation à « {title} » est enregistrée");
            Assert.Contains($"votre participation de {amount}", received.TextBody, StringComparison.Ordinal);
            await app.Mailbox.SingleAsync(email, $"« {title} » a atteint son objectif : merci de régler votre participation");
            var confirmed = await app.Mailbox.SingleAsync(email, $"Paiement reçu pour « {title} »");
            Assert.Contains($"votre paiement de {amount}", confirmed.TextBody, StringComparison.Ordinal);
            await app.Mailbox.SingleAsync(email, $"Votre prêt à « {title} » est versé");
            var repaid = await app.Mailbox.SingleAsync(email, $"Vous avez reçu {Cents.Format(share)} de « {title} »");
            Assert.Contains($"votre part, {Cents.Format(share)}, est ajoutée à votre solde", repaid.TextBody, StringComparison.Ordinal);
            Assert.Contains($"votre part, {Cents.Format(share)}", System.Net.WebUtility.HtmlDecode(repaid.HtmlBody), StringComparison.Ordinal);
        }

        Assert.Equal(5_555, result.Allocations.Sum(a => a.AmountCents));
        var carrier = arranged.Carrier.Email;
        await app.Mailbox.SingleAsync(carrier, $"Votre campagne « {title} » a atteint son objectif");
        var payout = await app.Mailbox.SingleAsync(carrier, $"Les fonds de « {title} » vous sont versés");
        Assert.Contains(Cents.Format(30_001), payout.TextBody, StringComparison.Ordinal);
        await app.Mailbox.SingleAsync(carrier, $"Remboursement reçu pour « {title} »");
        await app.Mailbox.SingleAsync(AccountsApp.AdminEmail, $"« {title} » est prête à être versée");
    }

    [Fact]
    public async Task Draining_again_sends_nothing_twice_and_leaves_no_message_unsent()
    {
        var arranged = await app.FundedAsync(20_000, 2, 20_000);
        var email = arranged.Lenders[0].Person.Email;

        await app.DrainMailAsync();
        var first = (await app.Mailbox.ToAsync(email)).Count;
        await app.DrainMailAsync();

        Assert.Equal(first, (await app.Mailbox.ToAsync(email)).Count);
        Assert.DoesNotContain(await app.LendingAsync(s => s.GetRequiredService<OutgoingMessages>().ListUnsentAsync(1000)), m => m.CampaignId == arranged.Campaign.Id);
        // Pledge received, payment requested.
        Assert.Equal(2, first);
    }

    [Fact]
    public async Task Late_instalments_are_told_to_the_carrier_and_to_the_moderators()
    {
        var arranged = await app.DisbursedAsync(20_000, 4, 20_000);
        app.App.Clock.Advance(TimeSpan.FromDays(31 + 11));
        await app.RunClockAsync();

        await app.DrainMailAsync();

        var late = await app.Mailbox.SingleAsync(arranged.Carrier.Email, $"Échéance en retard pour « {arranged.Campaign.Title} »");
        Assert.Contains("L'échéance n° 1", late.TextBody, StringComparison.Ordinal);
        Assert.Contains("il reste " + Cents.Format(5_000) + " à payer", late.TextBody, StringComparison.Ordinal);
        await app.Mailbox.SingleAsync(AccountsApp.AdminEmail, $"Échéance en retard : « {arranged.Campaign.Title} »");
    }
}
