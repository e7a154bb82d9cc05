using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Arranges campaigns and pledges through the lending services, as the pages under test would have.</summary>
public static class LendingArrange
{
    public const string ModeratorId = "moderateur-des-tests";

    /// <summary>The end date of the campaigns: 48 days after the test clock's 23 November 2026.</summary>
    public static readonly DateOnly EndDate = new(2027, 1, 10);

    /// <summary>Creates an account (its display name is what pages show) and returns its user id.</summary>
    public static async Task<string> NewCarrierAsync(this AccountsApp app, string displayName)
    {
        var email = AccountFlows.NewEmail("porteur");
        using var visitor = await app.SignedInMemberAsync(email, displayName);
        return await app.WithStoreAsync(async services =>
            (await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email))!.Id.ToString());
    }

    public static CampaignDraft Draft(string carrierId, string title, long goalCents = 500_000) => new(
        carrierId, title, "<p>Un atelier de réparation de vélos au cœur du quartier.</p><script>alert('x')</script>",
        "mobilite", "com:59350", goalCents, EndDate, TermMonths: 24, GraceMonths: 3);

    public static async Task<Campaign> PublishedAsync(this AccountsApp app, CampaignDraft draft) =>
        await app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(draft);
            await campaigns.SubmitAsync(created.Id, draft.CarrierUserId);
            return await campaigns.PublishAsync(created.Id, ModeratorId);
        });

    public static async Task<Campaign> DraftedAsync(this AccountsApp app, CampaignDraft draft) =>
        await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(draft));

    public static Task<PledgeReceipt> PledgedAsync(this AccountsApp app, PledgeRequest request) =>
        app.WithStoreAsync(services => services.GetRequiredService<PledgeService>().PledgeAsync(request));

    public static PledgeRequest Loan(Guid campaignId, string lenderId, long cents, string name, bool anonymous = false, string? message = null) =>
        new(campaignId, lenderId, PledgeKind.Loan, cents, name, "3 rue des Lilas", "59350", "Lille", anonymous, message);

    public static PledgeRequest Donation(Guid campaignId, string donorId, long cents, bool anonymous = false, string? message = null) =>
        new(campaignId, donorId, PledgeKind.Donation, cents, Anonymous: anonymous, Message: message);

    /// <summary>French formatting puts (narrow) non-breaking spaces in amounts; tests compare plain spaces.</summary>
    public static string Plain(string? text) =>
        string.Join(' ', (text ?? "").Replace('\u202f', ' ').Replace('\u00a0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
