using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Takes campaigns through their life with the lending services and the test clock, for the dashboard tests.</summary>
public static class DashboardArrange
{
    public const string ModeratorId = "moderateur-des-tableaux";

    /// <summary>A confirmed, signed-in member and their user id.</summary>
    public static async Task<(AccountClient Visitor, string UserId)> MemberAsync(this AccountsApp app, string displayName)
    {
        var email = AccountFlows.NewEmail("membre");
        var visitor = await app.SignedInMemberAsync(email, displayName);
        var id = await app.WithStoreAsync(async services =>
            (await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email))!.Id.ToString());
        return (visitor, id);
    }

    public static DateOnly Today(this AccountsApp app) => ParisCalendar.Today(app.App.Clock);

    /// <summary>A draft ending tomorrow (by the test clock), so a test can let its end date pass.</summary>
    public static CampaignDraft DraftEndingTomorrow(this AccountsApp app, string carrierId, string title, long goalCents, int termMonths = 3, int graceMonths = 0) =>
        new(carrierId, title, "<p>Une épicerie solidaire ouverte à tout le quartier.</p>", "alimentation", "com:59350", goalCents,
            app.Today().AddDays(1), termMonths, graceMonths);

    public static Task<Campaign> PublishAsync(this AccountsApp app, CampaignDraft draft) =>
        app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(draft);
            await campaigns.SubmitAsync(created.Id, draft.CarrierUserId);
            return await campaigns.PublishAsync(created.Id, ModeratorId);
        });

    public static Task<Pledge> LendAsync(this AccountsApp app, Guid campaignId, string lenderId, long cents, string name = "Jeanne Dupont") =>
        app.WithStoreAsync(async services => (await services.GetRequiredService<PledgeService>().PledgeAsync(
            new PledgeRequest(campaignId, lenderId, PledgeKind.Loan, cents, name, "3 rue des Lilas", "59000", "Lille"))).Pledge);

    /// <summary>Lets the end date pass, confirms every pending payment and pays the loan out to the carrier.</summary>
    public static Task<Disbursement> CloseAndDisburseAsync(this AccountsApp app, Guid campaignId) =>
        app.WithStoreAsync(async services =>
        {
            app.App.Clock.Advance(TimeSpan.FromDays(2));
            await services.GetRequiredService<CampaignClock>().RunAsync();
            var pledges = services.GetRequiredService<PledgeService>();
            foreach (var pledge in (await pledges.ListForCampaignAsync(campaignId)).Where(p => p.Status == PledgeStatus.Pending))
            {
                await pledges.ConfirmPaymentAsync(pledge.Id, ModeratorId, PaymentMethod.Transfer, "VIR-" + pledge.Id.ToString("N")[..8]);
            }
            return await services.GetRequiredService<LoanService>().DisburseAsync(campaignId, ModeratorId);
        });

    public static Task<RepaymentResult> RepayAsync(this AccountsApp app, Guid campaignId, long cents) =>
        app.WithStoreAsync(services => services.GetRequiredService<RepaymentService>().RecordAsync(
            new RepaymentReceipt(campaignId, cents, app.Today(), "remboursement-" + Guid.NewGuid().ToString("N"), ModeratorId)));
}
