using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// A moderator's form posted from a page left open after the campaign moved on (another moderator acted) is
/// answered with the lending module's French refusal, never a 400.
/// </summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class StaleModerationFormTests(AccountsApp app)
{
    [Fact]
    public async Task A_disbursement_posted_after_another_moderator_paid_the_campaign_out_is_refused_in_french()
    {
        var arranged = await app.FundedAsync(20_000, 4, 20_000);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        var pledge = arranged.Lenders[0].Pledge;
        await app.LendingAsync(s => s.GetRequiredService<PledgeService>().ConfirmPaymentAsync(pledge.Id, LendingArrange.ModeratorId, PaymentMethod.Transfer, "VIR 1"));
        var stale = await moderator.FormValuesAsync(url, "[data-testid=disburse-form]");
        await app.LendingAsync(s => s.GetRequiredService<LoanService>().DisburseAsync(arranged.Campaign.Id, LendingArrange.ModeratorId));

        var posted = await moderator.PostAsync(url, stale);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Cette action n'est pas possible : la campagne est à l'état « versée ».", posted.Message);
    }

    [Fact]
    public async Task An_extension_posted_after_the_end_date_was_already_extended_is_refused_in_french()
    {
        var arranged = await app.CollectingAsync(50_000, 6, 10_000);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        var stale = await moderator.FormValuesAsync(url, "[data-testid=extend-form]");
        stale["EndDate"] = Iso(arranged.Campaign.EndDate.AddDays(5));
        stale["Reason"] = "Demande du porteur";
        await app.LendingAsync(s => s.GetRequiredService<CampaignService>()
            .ExtendEndDateAsync(arranged.Campaign.Id, LendingArrange.ModeratorId, arranged.Campaign.EndDate.AddDays(10), "Autre modérateur"));

        var posted = await moderator.PostAsync(url, stale);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("La date de fin a déjà été prolongée une fois.", posted.Message);
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.Equal(arranged.Campaign.EndDate.AddDays(10), campaign!.EndDate);
    }
}
