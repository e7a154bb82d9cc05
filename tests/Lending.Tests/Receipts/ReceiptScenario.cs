using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Receipts;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Receipts;

/// <summary>The receipt behaviours, run on SQLite and on PostgreSQL by their two test classes.</summary>
internal static class ReceiptScenario
{
    public static readonly string CarrierIssuer = ReceiptIssuerKeys.Of(null, TestData.Carrier);

    public static ReceiptIssuerDraft Eligible(bool eligible = true) => new(
        CarrierIssuer, eligible, "Les Amis de l'Épicerie", "3 place de la Liberté, 59100 Roubaix",
        "Favoriser l'accès de tous à une alimentation de qualité", "Association loi 1901 reconnue d'intérêt général",
        "Claire Martin", "Présidente");

    public static PledgeRequest Donation(Guid campaignId, string donor, long cents) =>
        new(campaignId, donor, PledgeKind.Donation, cents, "Dominique " + donor, "8 rue Pierre Motte", "59100", "Roubaix");

    public static async Task<Pledge> CollectedDonationAsync(LendingFixture fixture, Guid campaignId, string donor, long cents, PaymentMethod method = PaymentMethod.Transfer)
    {
        var pledge = (await fixture.Pledges.PledgeAsync(Donation(campaignId, donor, cents))).Pledge;
        return await fixture.Pledges.ConfirmPaymentAsync(pledge.Id, TestData.Moderator, method, "REF-" + donor);
    }

    public static async Task A_collected_donation_gets_a_receipt_with_every_mention(LendingFixture fixture)
    {
        var receipts = fixture.Services.GetRequiredService<ReceiptService>();
        await receipts.SaveIssuerAsync(Eligible(), TestData.Moderator);
        var campaign = await TestData.PublishedAsync(fixture);

        var pledge = await CollectedDonationAsync(fixture, campaign.Id, "donor-1", 12_345, PaymentMethod.Cheque);

        var receipt = Assert.Single(await receipts.ListForDonorAsync("donor-1"));
        Assert.Equal(("2026-000001", pledge.Id, 12_345L), (receipt.Number, receipt.PledgeId, receipt.AmountCents));
        Assert.Equal(("Dominique donor-1", "8 rue Pierre Motte, 59100 Roubaix"), (receipt.DonorName, receipt.DonorAddress));
        Assert.Equal(("Les Amis de l'Épicerie", "3 place de la Liberté, 59100 Roubaix"), (receipt.IssuerName, receipt.IssuerAddress));
        Assert.Equal(("Claire Martin", "Présidente", "chèque"), (receipt.SignerName, receipt.SignerRole, receipt.PaymentMeans));
        Assert.Equal(new DateOnly(2026, 11, 23), receipt.DonatedOn);
        Assert.False(receipt.IsCancelled);
    }

    public static async Task Loans_and_donations_to_a_non_eligible_carrier_get_no_receipt(LendingFixture fixture)
    {
        var receipts = fixture.Services.GetRequiredService<ReceiptService>();
        await receipts.SaveIssuerAsync(Eligible(eligible: false), TestData.Moderator);
        var campaign = await TestData.PublishedAsync(fixture);

        await CollectedDonationAsync(fixture, campaign.Id, "donor-1", 5_000);
        var loan = (await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 10_000))).Pledge;
        await fixture.Pledges.ConfirmPaymentAsync(loan.Id, TestData.Moderator, PaymentMethod.Transfer);

        Assert.Empty(await receipts.ListForIssuerAsync(CarrierIssuer));
        Assert.Null(await receipts.FindEligibleIssuerOfCampaignAsync(campaign.Id));
    }

    public static async Task A_refund_cancels_the_receipt_and_its_number_is_never_reused(LendingFixture fixture)
    {
        var receipts = fixture.Services.GetRequiredService<ReceiptService>();
        await receipts.SaveIssuerAsync(Eligible(), TestData.Moderator);
        var cancelled = await TestData.PublishedAsync(fixture);
        var running = await TestData.PublishedAsync(fixture);
        await CollectedDonationAsync(fixture, cancelled.Id, "donor-1", 5_000);
        await CollectedDonationAsync(fixture, running.Id, "donor-2", 6_000);

        await fixture.Campaigns.CancelAsync(cancelled.Id, TestData.Moderator, "Le local n'est plus disponible");
        await CollectedDonationAsync(fixture, running.Id, "donor-3", 7_000);

        var register = await receipts.ListForIssuerAsync(CarrierIssuer, 2026);
        Assert.Equal(["2026-000001", "2026-000002", "2026-000003"], register.Select(r => r.Number));
        Assert.Equal([true, false, false], register.Select(r => r.IsCancelled));
        Assert.StartsWith("Don remboursé", register[0].CancelReason, StringComparison.Ordinal);
        Assert.Null(await receipts.GetAnnualSummaryAsync("donor-1", CarrierIssuer, 2026));
    }

    public static async Task The_annual_summary_adds_up_a_donors_valid_receipts_of_the_year(LendingFixture fixture)
    {
        var receipts = fixture.Services.GetRequiredService<ReceiptService>();
        await receipts.SaveIssuerAsync(Eligible(), TestData.Moderator);
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 1_000_000));
        await CollectedDonationAsync(fixture, campaign.Id, "donor-1", 2_500);
        await CollectedDonationAsync(fixture, campaign.Id, "donor-2", 9_900);
        await CollectedDonationAsync(fixture, campaign.Id, "donor-1", 7_501);

        var summary = await receipts.GetAnnualSummaryAsync("donor-1", CarrierIssuer, 2026);

        Assert.NotNull(summary);
        Assert.Equal(10_001, summary.TotalCents);
        Assert.Equal(["2026-000001", "2026-000003"], summary.Receipts.Select(r => r.Number));
    }

    /// <summary>
    /// 100 donations to four campaigns of one issuer, confirmed all at once: the campaigns' locks do not queue them,
    /// only the issuer's counter row does. Numbers must be 1 to 100, each once.
    /// </summary>
    public static async Task Hundred_concurrent_donations_are_numbered_without_gap_or_duplicate(LendingFixture fixture)
    {
        var receipts = fixture.Services.GetRequiredService<ReceiptService>();
        await receipts.SaveIssuerAsync(Eligible(), TestData.Moderator);
        var campaigns = new List<Campaign>();
        for (var i = 0; i < 4; i++) campaigns.Add(await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 1_000_000)));
        var pledges = new List<Pledge>();
        for (var i = 0; i < 100; i++)
        {
            pledges.Add((await fixture.Pledges.PledgeAsync(Donation(campaigns[i % 4].Id, $"donor-{i}", 1_000 + i))).Pledge);
        }

        using var start = new SemaphoreSlim(0);
        var confirmations = pledges.Select(p => Task.Run(async () =>
        {
            await start.WaitAsync();
            await fixture.Pledges.ConfirmPaymentAsync(p.Id, TestData.Moderator, PaymentMethod.Card);
        })).ToList();
        start.Release(confirmations.Count);
        await Task.WhenAll(confirmations);

        var register = await receipts.ListForIssuerAsync(CarrierIssuer, 2026);
        Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), register.Select(r => r.Sequence));
        Assert.Equal(100, register.Select(r => r.Number).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(100, register.Select(r => r.PledgeId).Distinct().Count());
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }
}
