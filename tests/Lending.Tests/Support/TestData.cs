using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Tests.Support;

/// <summary>Builders of valid requests; tests change only what they are about.</summary>
public static class TestData
{
    public const string Carrier = "user-carrier";
    public const string Moderator = "user-moderator";

    /// <summary>23 November 2026 is the fixture's first day; the campaign ends 30 days later.</summary>
    public static readonly DateOnly EndDate = new(2026, 12, 23);

    public static CampaignDraft Draft(long goalCents = 300_000, int termMonths = 12, int graceMonths = 0, bool donations = true, FundingMode mode = FundingMode.AllOrNothing) =>
        new(Carrier, "Une épicerie solidaire à Roubaix", "<p>Nous ouvrons une <strong>épicerie</strong> solidaire.</p>", "alimentation",
            "commune:59512", goalCents, EndDate, termMonths, graceMonths, donations, mode);

    public static PledgeRequest Loan(Guid campaignId, string lender, long amountCents, bool anonymous = false, PledgeFunding funding = PledgeFunding.Payment) =>
        new(campaignId, lender, PledgeKind.Loan, amountCents, "Camille " + lender, "12 rue des Tisserands", "59100", "Roubaix", anonymous, "Bon courage !", funding);

    public static PledgeRequest Donation(Guid campaignId, string donor, long amountCents) =>
        new(campaignId, donor, PledgeKind.Donation, amountCents, "Dominique " + donor);

    /// <summary>A campaign created, submitted and published by the moderator.</summary>
    public static async Task<Campaign> PublishedAsync(LendingFixture fixture, CampaignDraft? draft = null)
    {
        var campaign = await fixture.Campaigns.CreateDraftAsync(draft ?? Draft());
        await fixture.Campaigns.SubmitAsync(campaign.Id, Carrier);
        return await fixture.Campaigns.PublishAsync(campaign.Id, Moderator);
    }

    /// <summary>A published campaign filled by loans of the given amounts (lender-1, lender-2, …), all paid, closed and disbursed.</summary>
    public static async Task<Campaign> DisbursedAsync(LendingFixture fixture, IReadOnlyList<long> loans, int termMonths = 12, int graceMonths = 0)
    {
        var campaign = await PublishedAsync(fixture, Draft(goalCents: loans.Sum(), termMonths: termMonths, graceMonths: graceMonths));
        var pledges = new List<Pledge>();
        for (var i = 0; i < loans.Count; i++)
        {
            pledges.Add((await fixture.Pledges.PledgeAsync(Loan(campaign.Id, $"lender-{i + 1}", loans[i]))).Pledge);
            fixture.Time.Advance(TimeSpan.FromSeconds(1));
        }

        fixture.SetParisDay(EndDate.AddDays(1));
        await fixture.Clock.RunAsync();
        foreach (var pledge in pledges) await fixture.Pledges.ConfirmPaymentAsync(pledge.Id, Moderator, Payments.PaymentMethod.Transfer, "VIR-" + pledge.Id);
        await fixture.Loans.DisburseAsync(campaign.Id, Moderator);
        return (await fixture.Campaigns.FindAsync(campaign.Id))!;
    }
}
