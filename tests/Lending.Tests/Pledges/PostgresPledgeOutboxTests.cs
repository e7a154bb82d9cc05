using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Concurrency;
using Plateforme.Lending.Tests.Support;
using Plateforme.Testing;

namespace Plateforme.Lending.Tests.Pledges;

/// <summary>
/// A pledge and its confirmation e-mail on PostgreSQL: a paid pledge (the one-statement path) and a pledge re-lent from
/// the balance (the checked path, with ledger rows). A trigger makes the second of the two inserts wait on an advisory
/// lock the test holds, once the first row is visible to it; the test then kills that server process
/// (pg_terminate_backend), as a crash would, between the two writes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPledgeOutboxTests(ThrowawayPostgres postgres)
{
    private const long CrashLock = 7_305_001;

    // Whichever of the pledge and its e-mail is inserted second waits (EF may order the checked path's inserts either way).
    private const string CrashPoint = """
        CREATE FUNCTION lending.crash_point() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'OutgoingMessages' THEN
                IF NEW."Kind" = 'PledgeReceived' AND EXISTS (SELECT 1 FROM lending."Pledges" WHERE "Id" = NEW."PledgeId") THEN
                    PERFORM pg_advisory_xact_lock(7305001);
                END IF;
            ELSIF EXISTS (SELECT 1 FROM lending."OutgoingMessages" WHERE "Kind" = 'PledgeReceived' AND "PledgeId" = NEW."Id") THEN
                PERFORM pg_advisory_xact_lock(7305001);
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER crash_point BEFORE INSERT ON lending."OutgoingMessages" FOR EACH ROW EXECUTE FUNCTION lending.crash_point();
        CREATE TRIGGER crash_point BEFORE INSERT ON lending."Pledges" FOR EACH ROW EXECUTE FUNCTION lending.crash_point();
        """;

    private const string NoCrashPoint = """
        DROP TRIGGER crash_point ON lending."OutgoingMessages";
        DROP TRIGGER crash_point ON lending."Pledges";
        """;

    [Fact]
    public async Task A_server_process_killed_between_the_pledge_and_its_email_keeps_neither_on_postgresql()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var fixture = await LendingFixture.PostgresAsync(connectionString);
        var campaign = await TestData.PublishedAsync(fixture);
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync(CrashPoint);
        await using var holder = await OpenAsync(connectionString);
        await ExecuteAsync(holder, $"SELECT pg_advisory_lock({CrashLock})");

        var pledging = fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-crash", 50_000));
        var pid = await WaitForBlockedPledgeAsync(holder, pledging);
        await ExecuteAsync(holder, $"SELECT pg_terminate_backend({pid})");
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => pledging);
        await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({CrashLock})");

        await PledgeOutboxChecks.AssertNothingKeptAsync(fixture, campaign.Id, "lender-crash");
        await ExecuteAsync(holder, NoCrashPoint);
        var retried = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-crash", 50_000));
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, retried.Pledge);
    }

    [Fact]
    public async Task A_server_process_killed_between_a_relent_pledge_and_its_email_keeps_neither_nor_its_ledger_rows_on_postgresql()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var fixture = await LendingFixture.PostgresAsync(connectionString);
        var campaignId = await PledgeOutboxChecks.CampaignForBalanceAsync(fixture);
        var relend = TestData.Loan(campaignId, PledgeOutboxChecks.BalanceLender, 5_000, funding: PledgeFunding.Balance);
        using (var db = await fixture.OpenAsync()) await db.Database.ExecuteSqlRawAsync(CrashPoint);
        await using var holder = await OpenAsync(connectionString);
        await ExecuteAsync(holder, $"SELECT pg_advisory_lock({CrashLock})");

        var pledging = fixture.Pledges.PledgeAsync(relend);
        var pid = await WaitForBlockedPledgeAsync(holder, pledging);
        await ExecuteAsync(holder, $"SELECT pg_terminate_backend({pid})");
        await Assert.ThrowsAnyAsync<Exception>(() => pledging);
        await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({CrashLock})");

        await PledgeOutboxChecks.AssertNothingKeptAsync(fixture, campaignId, PledgeOutboxChecks.BalanceLender);
        Assert.Equal(10_000, await fixture.Balances.GetBalanceAsync(PledgeOutboxChecks.BalanceLender));
        await ExecuteAsync(holder, NoCrashPoint);
        var retried = await fixture.Pledges.PledgeAsync(relend);
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, retried.Pledge);
        Assert.Equal(5_000, await fixture.Balances.GetBalanceAsync(PledgeOutboxChecks.BalanceLender));
    }

    [Fact]
    public async Task A_pledge_has_its_email_exactly_once_on_postgresql()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        var campaign = await TestData.PublishedAsync(fixture);

        var loan = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 50_000));
        var donation = await fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 2_000));
        var refused = await Record.ExceptionAsync(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 999)));

        Assert.NotNull(refused);
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, loan.Pledge);
        await PledgeOutboxChecks.AssertRecordedOnceAsync(fixture, donation.Pledge);
        await PledgeOutboxChecks.AssertNothingKeptAsync(fixture, campaign.Id, "lender-2", expectedCountedCents: 52_000);
    }

    // The pledge's server process waiting on the crash lock the holder has, seen from the holder; the pledge must not finish first.
    private static async Task<int> WaitForBlockedPledgeAsync(NpgsqlConnection holder, Task pledging)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.False(pledging.IsCompleted, "The pledge finished without reaching the crash point: " + pledging.Exception?.GetBaseException().Message);
            await using var find = new NpgsqlCommand("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event = 'advisory' AND pg_backend_pid() = ANY(pg_blocking_pids(pid))
                """, holder);
            if (await find.ExecuteScalarAsync() is int pid) return pid;
            await Task.Delay(20);
        }

        throw new TimeoutException("The pledge never reached the crash point.");
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
