using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Clock;

public sealed class CampaignClockTests : IAsyncLifetime
{
    private LendingFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await LendingFixture.SqliteAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Nothing_closes_before_the_end_of_the_end_date_in_Paris()
    {
        var campaign = await TestData.PublishedAsync(_fixture);
        _fixture.SetParisDay(TestData.EndDate, hour: 23);

        var report = await _fixture.Clock.RunAsync();

        Assert.Equal(ClockReportNone, report);
        Assert.Equal(CampaignState.Published, (await _fixture.Campaigns.FindAsync(campaign.Id))!.State);
    }

    [Fact]
    public async Task Goal_reached_funds_the_campaign_and_asks_each_lender_to_pay()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 30_000));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_000));
        await _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 10_000));
        _fixture.SetParisDay(TestData.EndDate.AddDays(1), hour: 0);

        var report = await _fixture.Clock.CloseDueCampaignsAsync();
        var again = await _fixture.Clock.CloseDueCampaignsAsync();

        Assert.Equal(1, report.Funded);
        Assert.Equal(0, again.Funded);
        var funded = (await _fixture.Campaigns.FindAsync(campaign.Id))!;
        Assert.Equal(CampaignState.Funded, funded.State);
        Assert.Equal(_fixture.Time.GetUtcNow().AddDays(14), funded.CollectionDeadline);
        var messages = await _fixture.Messages.ListUnsentAsync();
        Assert.Equal(2, messages.Count(m => m.Kind == OutgoingMessageKind.PaymentRequested));
        Assert.Contains(messages, m => m.Kind == OutgoingMessageKind.CampaignFunded && m.RecipientUserId == TestData.Carrier);
    }

    [Fact]
    public async Task Goal_missed_fails_the_campaign_collects_nothing_and_returns_donations()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 100_000));
        var loan = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_000))).Pledge;
        var donation = (await _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 10_000))).Pledge;
        await _fixture.Pledges.ConfirmPaymentAsync(donation.Id, TestData.Moderator, PaymentMethod.Transfer);
        _fixture.SetParisDay(TestData.EndDate.AddDays(1));

        var report = await _fixture.Clock.RunAsync();

        Assert.Equal(1, report.Failed);
        Assert.Equal(CampaignState.Failed, (await _fixture.Campaigns.FindAsync(campaign.Id))!.State);
        var pledges = await _fixture.Pledges.ListForCampaignAsync(campaign.Id);
        Assert.Equal(PledgeStatus.Cancelled, pledges.Single(p => p.Id == loan.Id).Status);
        Assert.Equal(PledgeStatus.Refunded, pledges.Single(p => p.Id == donation.Id).Status);
        using var db = await _fixture.OpenAsync();
        Assert.Equal(0, await db.LedgerEntries.Where(e => e.Account == LedgerAccounts.Campaign(campaign.Id)).SumAsync(e => e.AmountCents));
        Assert.Equal(0, await db.LedgerEntries.Where(e => e.Account == LedgerAccounts.Cash).SumAsync(e => e.AmountCents));
        Assert.Equal(2, (await _fixture.Messages.ListUnsentAsync()).Count(m => m.Kind == OutgoingMessageKind.CampaignFailed && m.PledgeId != null));
    }

    [Fact]
    public async Task Unpaid_pledges_get_reminders_then_are_cancelled_and_the_campaign_fails_below_its_goal()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 30_000));
        var paid = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_000))).Pledge;
        var unpaid = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 10_000))).Pledge;
        _fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await _fixture.Clock.RunAsync();
        await _fixture.Pledges.ConfirmPaymentAsync(paid.Id, TestData.Moderator, PaymentMethod.Transfer, "VIR 1");

        var reminders = 0;
        for (var day = 1; day < 14; day++)
        {
            _fixture.Time.Advance(TimeSpan.FromDays(1));
            reminders += (await _fixture.Clock.RunAsync()).RemindersQueued;
        }

        _fixture.Time.Advance(TimeSpan.FromDays(1));
        var closing = await _fixture.Clock.RunAsync();

        Assert.Equal(4, reminders);
        Assert.Equal((1, 1), (closing.PledgesCancelledUnpaid, closing.FailedAfterCollection));
        Assert.Equal(CampaignState.Failed, (await _fixture.Campaigns.FindAsync(campaign.Id))!.State);
        var pledges = await _fixture.Pledges.ListForCampaignAsync(campaign.Id);
        Assert.Equal(PledgeStatus.Refunded, pledges.Single(p => p.Id == paid.Id).Status);
        Assert.Equal(PledgeStatus.Cancelled, pledges.Single(p => p.Id == unpaid.Id).Status);
        var messages = await _fixture.Messages.ListUnsentAsync(500);
        Assert.Equal(4, messages.Count(m => m.Kind == OutgoingMessageKind.PaymentReminder && m.PledgeId == unpaid.Id));
        Assert.Contains(messages, m => m.Kind == OutgoingMessageKind.PledgeCancelledUnpaid && m.PledgeId == unpaid.Id);
        Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task All_payments_confirmed_in_the_window_lead_to_disbursement_and_a_schedule()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 30_000, termMonths: 6, graceMonths: 2));
        var loan = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_001))).Pledge;
        var donation = (await _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 9_999))).Pledge;
        _fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await _fixture.Clock.RunAsync();
        await _fixture.Pledges.ConfirmPaymentAsync(loan.Id, TestData.Moderator, PaymentMethod.Transfer);
        await _fixture.Pledges.ConfirmPaymentAsync(donation.Id, TestData.Moderator, PaymentMethod.Cheque);

        var disbursement = await _fixture.Loans.DisburseAsync(campaign.Id, TestData.Moderator);

        Assert.Contains(await _fixture.Messages.ListUnsentAsync(), m => m.Kind == OutgoingMessageKind.ReadyToDisburse && m.Audience == MessageAudience.Moderators);
        Assert.Equal((20_001, 9_999), (disbursement.PrincipalCents, disbursement.DonationsCents));
        Assert.Equal(PaymentOutcome.ManualActionRequired, disbursement.Payout.Outcome);
        Assert.Equal([3_334L, 3_334L, 3_334L, 3_333L, 3_333L, 3_333L], disbursement.Schedule.Select(i => i.AmountCents));
        Assert.Equal(new DateOnly(2027, 3, 24), disbursement.Schedule[0].DueDate);
        Assert.Equal(CampaignState.Disbursed, (await _fixture.Campaigns.FindAsync(campaign.Id))!.State);
        Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task Keep_what_is_raised_funds_a_campaign_above_the_minimum_goal()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 100_000, mode: FundingMode.KeepWhatIsRaised));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 25_000));
        _fixture.SetParisDay(TestData.EndDate.AddDays(1));

        var report = await _fixture.Clock.RunAsync();

        Assert.Equal(1, report.Funded);
    }

    private static readonly Lending.Clock.ClockReport ClockReportNone = Lending.Clock.ClockReport.Empty;
}
