using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Repayments;

/// <summary>Three lenders (€100, €100, €100.01) lend €300.01 over 3 months, disbursed on 24 December 2026.</summary>
public sealed class RepaymentTests : IAsyncLifetime
{
    private static readonly DateOnly FirstDue = new(2027, 1, 24);
    private LendingFixture _fixture = null!;
    private Campaign _campaign = null!;

    public async Task InitializeAsync()
    {
        _fixture = await LendingFixture.SqliteAsync();
        _campaign = await TestData.DisbursedAsync(_fixture, [10_000, 10_000, 10_001], termMonths: 3);
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_partial_repayment_pays_part_of_the_first_instalment_and_is_shared_pro_rata()
    {
        var result = await Record(5_000, "vir-1", FirstDue);

        Assert.Equal([new InstalmentPayment(1, 5_000)], result.Instalments);
        // Exact shares 1 666.61, 1 666.61 and 1 666.78: the largest remainder (lender 3), then the earlier of the tied two.
        Assert.Equal([1_667L, 1_666L, 1_667L], result.Allocations.Select(a => a.AmountCents));
        var schedule = await _fixture.Repayments.GetScheduleAsync(_campaign.Id);
        Assert.Equal((10_001L, 5_000L), (schedule[0].AmountCents, schedule[0].PaidCents));
        Assert.Equal(CampaignState.Repaying, (await _fixture.Campaigns.FindAsync(_campaign.Id))!.State);
        Assert.Equal(1_667, await _fixture.Balances.GetBalanceAsync("lender-1"));
    }

    [Fact]
    public async Task An_early_repayment_of_several_months_pays_the_instalments_in_order()
    {
        _fixture.SetParisDay(new DateOnly(2027, 1, 2));

        var result = await Record(20_001, "vir-1", new DateOnly(2027, 1, 2));

        Assert.Equal([new InstalmentPayment(1, 10_001), new InstalmentPayment(2, 10_000)], result.Instalments);
        var schedule = await _fixture.Repayments.GetScheduleAsync(_campaign.Id);
        Assert.Equal([InstalmentStatus.Paid, InstalmentStatus.Paid, InstalmentStatus.Upcoming], schedule.Select(i => i.Status));
        Assert.Equal(20_001, result.Allocations.Sum(a => a.AmountCents));
    }

    [Fact]
    public async Task Repaying_everything_at_once_ends_the_loan_and_returns_each_lender_exactly_their_principal()
    {
        var result = await Record(30_001, "vir-1", FirstDue);

        Assert.Equal([10_000L, 10_000L, 10_001L], result.Allocations.Select(a => a.AmountCents));
        Assert.Equal(CampaignState.Repaid, (await _fixture.Campaigns.FindAsync(_campaign.Id))!.State);
        var tooMuch = await Assert.ThrowsAsync<LendingValidationException>(() => Record(1, "vir-2", FirstDue));
        Assert.True(tooMuch.Errors.ContainsKey("State"));
    }

    [Fact]
    public async Task More_than_what_remains_is_refused()
    {
        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => Record(30_002, "vir-1", FirstDue));

        Assert.Equal("Le montant dépasse le capital restant dû (300,01\u00a0€).", refused.Errors["AmountCents"][0]);
    }

    [Fact]
    public async Task A_replayed_repayment_returns_the_first_result()
    {
        var first = await Record(5_000, "vir-1", FirstDue);

        var replay = await Record(5_000, "vir-1", FirstDue);

        Assert.True(replay.Replayed);
        Assert.Equal(first.Repayment.Id, replay.Repayment.Id);
        Assert.Equal(first.Instalments, replay.Instalments);
        Assert.Equal(first.Allocations, replay.Allocations);
        Assert.Equal(5_000, (await _fixture.Repayments.GetScheduleAsync(_campaign.Id)).Sum(i => i.PaidCents));
    }

    [Fact]
    public async Task A_reused_repayment_key_with_another_amount_is_refused()
    {
        await Record(5_000, "vir-1", FirstDue);

        await Assert.ThrowsAsync<IdempotencyConflictException>(() => Record(6_000, "vir-1", FirstDue));

        Assert.Equal(5_000, (await _fixture.Repayments.GetScheduleAsync(_campaign.Id)).Sum(i => i.PaidCents));
    }

    [Fact]
    public async Task An_instalment_is_late_only_after_ten_days_and_never_once_paid()
    {
        _fixture.SetParisDay(FirstDue.AddDays(10));
        var onDayTen = await _fixture.Clock.FlagLateInstalmentsAsync();
        _fixture.SetParisDay(FirstDue.AddDays(11));
        var onDayEleven = await _fixture.Clock.FlagLateInstalmentsAsync();
        var statusLate = (await _fixture.Repayments.GetScheduleAsync(_campaign.Id))[0].Status;
        await Record(10_001, "vir-1", FirstDue.AddDays(11));

        Assert.Equal(0, onDayTen.InstalmentsFlaggedLate);
        Assert.Equal(1, onDayEleven.InstalmentsFlaggedLate);
        Assert.Equal(InstalmentStatus.Late, statusLate);
        Assert.Equal(InstalmentStatus.Paid, (await _fixture.Repayments.GetScheduleAsync(_campaign.Id))[0].Status);
        var messages = await _fixture.Messages.ListUnsentAsync(500);
        Assert.Contains(messages, m => m.Kind == OutgoingMessageKind.InstalmentLate && m.RecipientUserId == TestData.Carrier && m.InstalmentNumber == 1);
        Assert.Contains(messages, m => m.Kind == OutgoingMessageKind.InstalmentLate && m.Audience == MessageAudience.Moderators);
    }

    [Fact]
    public async Task Three_missed_instalments_open_a_default_procedure_and_a_moderator_can_reschedule()
    {
        _fixture.SetParisDay(new DateOnly(2027, 3, 25));
        var twoMissed = await _fixture.Clock.RunAsync();
        _fixture.SetParisDay(new DateOnly(2027, 4, 4));
        var thirdMissed = await _fixture.Clock.RunAsync();
        await Record(1_000, "vir-1", new DateOnly(2027, 4, 4));

        var schedule = await _fixture.Loans.RescheduleAsync(_campaign.Id, TestData.Moderator, 6, new DateOnly(2027, 5, 10), "Accord avec le porteur");

        Assert.Equal((2, 0), (twoMissed.InstalmentsFlaggedLate, twoMissed.DefaultProceduresOpened));
        Assert.Equal((1, 1), (thirdMissed.InstalmentsFlaggedLate, thirdMissed.DefaultProceduresOpened));
        Assert.Equal(29_001, schedule.Sum(i => i.AmountCents));
        Assert.Equal(Enumerable.Range(4, 6), schedule.Select(i => i.Number));
        Assert.Equal(new DateOnly(2027, 5, 10), schedule[0].DueDate);
        var stored = await _fixture.Repayments.GetScheduleAsync(_campaign.Id);
        Assert.Equal(30_001, stored.Sum(i => i.AmountCents));
        Assert.Null((await _fixture.Campaigns.FindAsync(_campaign.Id))!.DefaultProcedureOpenedAt);
    }

    [Fact]
    public async Task A_declared_default_writes_off_what_remains_and_lenders_keep_what_they_received()
    {
        await Record(7_000, "vir-1", FirstDue);
        _fixture.SetParisDay(new DateOnly(2027, 4, 5));
        await _fixture.Clock.RunAsync();

        var defaulted = await _fixture.Loans.DeclareDefaultAsync(_campaign.Id, TestData.Moderator, "Liquidation judiciaire");

        Assert.Equal(CampaignState.Defaulted, defaulted.State);
        Assert.Equal(7_000, await SumOfLenderBalances());
        Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
        Assert.Contains(await _fixture.Messages.ListUnsentAsync(500), m => m.Kind == OutgoingMessageKind.LoanDefaulted && m.RecipientUserId == "lender-2");
    }

    [Fact]
    public async Task Without_a_default_procedure_a_moderator_cannot_reschedule_nor_declare_a_default()
    {
        var reschedule = await Assert.ThrowsAsync<LendingValidationException>(() =>
            _fixture.Loans.RescheduleAsync(_campaign.Id, TestData.Moderator, 6, new DateOnly(2027, 5, 10), "essai"));
        var declare = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Loans.DeclareDefaultAsync(_campaign.Id, TestData.Moderator, "essai"));

        Assert.True(reschedule.Errors.ContainsKey("State"));
        Assert.True(declare.Errors.ContainsKey("State"));
    }

    private async Task<long> SumOfLenderBalances()
    {
        long sum = 0;
        foreach (var lender in new[] { "lender-1", "lender-2", "lender-3" }) sum += await _fixture.Balances.GetBalanceAsync(lender);
        return sum;
    }

    private Task<RepaymentResult> Record(long cents, string key, DateOnly receivedOn) =>
        _fixture.Repayments.RecordAsync(new RepaymentReceipt(_campaign.Id, cents, receivedOn, key, TestData.Moderator, "Virement"));
}
