using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Pledges;

/// <summary>
/// A pledge and its confirmation e-mail on a SQLite file. The failure is injected by a trigger that aborts the
/// second of the two inserts of one pledge (its row, its e-mail) once the first is visible to it: between the two writes.
/// </summary>
public sealed class SqlitePledgeOutboxTests
{
    // EF chooses the order of the two inserts: the crash comes with the second one, whichever it is.
    private const string CrashPoint = """
        CREATE TRIGGER crash_point BEFORE INSERT ON OutgoingMessages
        WHEN NEW.Kind = 'PledgeReceived' AND EXISTS (SELECT 1 FROM Pledges WHERE Id = NEW.PledgeId)
        BEGIN SELECT RAISE(ABORT, 'crash between the pledge and its e-mail'); END;
        CREATE TRIGGER crash_point_reversed BEFORE INSERT ON Pledges
        WHEN EXISTS (SELECT 1 FROM OutgoingMessages WHERE Kind = 'PledgeReceived' AND PledgeId = NEW.Id)
        BEGIN SELECT RAISE(ABORT, 'crash between the pledge and its e-mail'); END;
        """;

    [Fact]
    public async Task A_failure_between_the_pledge_and_its_email_keeps_neither_on_sqlite()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var campaign = await TestData.PublishedAsync(fixture);
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync(CrashPoint);

        var crash = await Assert.ThrowsAsync<DbUpdateException>(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-crash", 50_000)));

        Assert.Contains("crash between the pledge and its e-mail", crash.InnerException?.Message, StringComparison.Ordinal);
        await PledgeOutboxChecks.AssertNothingKeptAsync(fixture, campaign.Id, "lender-crash");
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync("DROP TRIGGER crash_point; DROP TRIGGER crash_point_reversed;");
        var retried = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-crash", 50_000));
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, retried.Pledge);
    }

    [Fact]
    public async Task A_failure_between_a_relent_pledge_and_its_email_keeps_neither_nor_its_ledger_rows_on_sqlite()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var campaignId = await PledgeOutboxChecks.CampaignForBalanceAsync(fixture);
        var relend = TestData.Loan(campaignId, PledgeOutboxChecks.BalanceLender, 5_000, funding: PledgeFunding.Balance);
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync(CrashPoint);

        await Assert.ThrowsAsync<DbUpdateException>(() => fixture.Pledges.PledgeAsync(relend));

        await PledgeOutboxChecks.AssertNothingKeptAsync(fixture, campaignId, PledgeOutboxChecks.BalanceLender);
        Assert.Equal(10_000, await fixture.Balances.GetBalanceAsync(PledgeOutboxChecks.BalanceLender));
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync("DROP TRIGGER crash_point; DROP TRIGGER crash_point_reversed;");
        var retried = await fixture.Pledges.PledgeAsync(relend);
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, retried.Pledge);
        Assert.Equal(5_000, await fixture.Balances.GetBalanceAsync(PledgeOutboxChecks.BalanceLender));
    }

    [Fact]
    public async Task A_pledge_has_its_email_exactly_once_on_sqlite()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var campaign = await TestData.PublishedAsync(fixture);

        var loan = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 50_000));
        var donation = await fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 2_000));

        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, loan.Pledge);
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, donation.Pledge);
    }
}
