using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Supporters;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A carrier's message to supporters reaches each of them by e-mail, once per person.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class SupporterMessageMailTests(AccountsApp app)
{
    [Fact]
    public async Task Each_lender_and_donor_gets_the_message_once_and_those_who_withdrew_do_not()
    {
        var arranged = await app.CollectingAsync(100_000, 6, 10_000, 20_000);
        var campaignId = arranged.Campaign.Id;
        var title = arranged.Campaign.Title;
        var lenderAndDonor = arranged.Lenders[0].Person;
        var donor = await app.NewPersonAsync("Diane Donatrice");
        var withdrawn = await app.NewPersonAsync("Xavier Parti");
        await app.PledgedAsync(LendingArrange.Donation(campaignId, lenderAndDonor.Id, 2_000));
        await app.PledgedAsync(LendingArrange.Donation(campaignId, donor.Id, 1_500));
        var leaving = await app.PledgedAsync(LendingArrange.Loan(campaignId, withdrawn.Id, 5_000, withdrawn.Name));
        await app.LendingAsync(s => s.GetRequiredService<PledgeService>().WithdrawAsync(leaving.Pledge.Id, withdrawn.Id));
        const string text = "Merci à vous !\nLes travaux commencent lundi, venez {nous} voir.";

        await app.LendingAsync(s => s.GetRequiredService<SupporterMessageService>().PostAsync(campaignId, arranged.Carrier.Id, text));
        await app.DrainMailAsync();
        await app.DrainMailAsync();

        var subject = $"Un message du porteur de « {title} »";
        foreach (var supporter in new[] { lenderAndDonor, arranged.Lenders[1].Person, donor })
        {
            var mail = await app.Mailbox.SingleAsync(supporter.Email, subject);
            Assert.Contains("Merci à vous !\nLes travaux commencent lundi, venez {nous} voir.", (mail.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains($"Bonjour {supporter.Name}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("venez {nous} voir.", System.Net.WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await app.Mailbox.ToAsync(withdrawn.Email), m => m.Subject == subject);
        Assert.DoesNotContain(await app.Mailbox.ToAsync(arranged.Carrier.Email), m => m.Subject == subject);
    }
}
