using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Ledger;

public sealed class LedgerTests : IAsyncLifetime
{
    private LendingFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await LendingFixture.SqliteAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private static readonly LedgerPosting Posted = new("test:1", LedgerCode.PledgeCollected, null, [new(LedgerAccounts.Cash, 500), new("campaign:x", -500)]);

    [Fact]
    public async Task A_replayed_key_returns_the_first_transaction()
    {
        using var db = await _fixture.OpenAsync();
        var first = await PostOnceAsync(db);

        var replay = await LedgerWriter.PostAsync(db, Posted, LendingFixture.Start.AddHours(1), default);

        Assert.Equal(first.Id, replay.Id);
        Assert.Equal(1, await db.LedgerTransactions.CountAsync());
    }

    [Fact]
    public async Task A_reused_key_with_other_amounts_is_refused()
    {
        using var db = await _fixture.OpenAsync();
        await PostOnceAsync(db);

        var conflict = await Assert.ThrowsAsync<IdempotencyConflictException>(() => LedgerWriter.PostAsync(db,
            Posted with { Lines = [new(LedgerAccounts.Cash, 600), new("campaign:x", -600)] }, LendingFixture.Start, default));

        Assert.Contains("test:1", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.LedgerTransactions.CountAsync());
    }

    private static async Task<LedgerTransaction> PostOnceAsync(LendingDbContext db)
    {
        var first = await LedgerWriter.PostAsync(db, Posted, LendingFixture.Start, default);
        await db.SaveChangesAsync();
        return first;
    }

    [Fact]
    public async Task An_unbalanced_transaction_is_refused()
    {
        using var db = await _fixture.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => LedgerWriter.PostAsync(db,
            new LedgerPosting("test:2", LedgerCode.Refund, null, [new(LedgerAccounts.Cash, 500), new("campaign:x", -499)]), LendingFixture.Start, default));
    }

    [Fact]
    public async Task The_checker_finds_a_broken_ledger()
    {
        using (var db = await _fixture.OpenAsync())
        {
            var id = Guid.NewGuid();
            db.LedgerTransactions.Add(new LedgerTransaction
            {
                Id = id, IdempotencyKey = "planted", Code = LedgerCode.Allocation, CreatedAt = LendingFixture.Start, Fingerprint = "x",
                Entries = [new LedgerEntry { TransactionId = id, Account = LedgerAccounts.Lender("lender-9"), AmountCents = 100 }],
            });
            await db.SaveChangesAsync();
        }

        var report = await _fixture.Invariants.CheckAsync();

        Assert.False(report.IsHealthy);
        Assert.Contains(report.Violations, v => v.Contains("sums to 100", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("lender:lender-9 has a negative balance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_scenario_keeps_every_invariant_and_balances_are_sums_of_entries()
    {
        var first = await TestData.DisbursedAsync(_fixture, [12_345, 50_000, 20_000, 7_655], termMonths: 7, graceMonths: 1);
        var random = new Random(3);
        long repaid = 0;
        for (var i = 0; repaid < first.PrincipalCents; i++)
        {
            var amount = Math.Min(first.PrincipalCents - repaid, random.NextInt64(1, 20_000));
            await _fixture.Repayments.RecordAsync(new RepaymentReceipt(first.Id, amount, new DateOnly(2027, 2, 1), $"pay-{i}", TestData.Moderator));
            repaid += amount;
            Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
        }

        // Lender 2 re-lends part of its balance, then asks for the rest; a moderator pays it.
        var secondEnd = new DateOnly(2027, 1, 20);
        var second = await TestData.PublishedAsync(_fixture, TestData.Draft() with { EndDate = secondEnd });
        var relent = await _fixture.Pledges.PledgeAsync(TestData.Loan(second.Id, "lender-2", 30_000, funding: PledgeFunding.Balance));
        var overdraw = await Assert.ThrowsAsync<LendingValidationException>(() =>
            _fixture.Pledges.PledgeAsync(TestData.Loan(second.Id, "lender-2", 30_000, funding: PledgeFunding.Balance)));
        var withdrawal = await _fixture.Balances.RequestWithdrawalAsync("lender-2", 20_000, "form-1");
        var replayed = await _fixture.Balances.RequestWithdrawalAsync("lender-2", 20_000, "form-1");
        await Assert.ThrowsAsync<IdempotencyConflictException>(() => _fixture.Balances.RequestWithdrawalAsync("lender-2", 10_000, "form-1"));
        var paid = await _fixture.Balances.MarkWithdrawalPaidAsync(withdrawal.Id, TestData.Moderator, "VIR-OUT-1");

        Assert.Equal(PledgeStatus.Collected, relent.Pledge.Status);
        Assert.Equal("Votre solde disponible est de 200\u00a0€.", overdraw.Errors["AmountCents"][0]);
        Assert.Equal(withdrawal.Id, replayed.Id);
        Assert.Equal(WithdrawalStatus.Paid, paid.Status);
        Assert.Equal(0, await _fixture.Balances.GetBalanceAsync("lender-2"));
        var others = new List<long>();
        foreach (var lender in new[] { "lender-1", "lender-3", "lender-4" }) others.Add(await _fixture.Balances.GetBalanceAsync(lender));
        Assert.Equal([12_345L, 20_000L, 7_655L], others);
        var report = await _fixture.Invariants.CheckAsync();
        Assert.True(report.IsHealthy, string.Join("\n", report.Violations));

        // The second campaign fails: the re-lent money goes back to the balance, not to the bank.
        _fixture.SetParisDay(secondEnd.AddDays(1));
        await _fixture.Clock.RunAsync();
        Assert.Equal(30_000, await _fixture.Balances.GetBalanceAsync("lender-2"));
        Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
    }
}
