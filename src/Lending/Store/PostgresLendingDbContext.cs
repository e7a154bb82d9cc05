using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Store;

/// <summary>
/// The lending tables in PostgreSQL (schema "lending"), with their own migrations under Migrations/Postgres.
/// Writers run at READ COMMITTED and serialise on what they change: SELECT … FOR UPDATE on the campaign row,
/// a transaction-scoped advisory lock on a lender's balance.
/// </summary>
public sealed class PostgresLendingDbContext(DbContextOptions<PostgresLendingDbContext> options)
    : LendingDbContext(options)
{
    public override Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    // Lock and load in one round trip; not composed further, so EF sends the statement as written.
    public override async Task<Campaign?> FindLockedCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await Campaigns.FromSql($"""SELECT * FROM lending."Campaigns" WHERE "Id" = {campaignId} FOR UPDATE""").ToListAsync(cancellationToken))
            .SingleOrDefault();

    public override Task LockLenderAsync(string userId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"lender:" + userId}))", cancellationToken);

    // One round trip and one implicit transaction: the campaign row is locked only while the server runs the batch.
    // Lender first (advisory lock), then the campaign row, as everywhere. The goal and caps are conditions on the
    // row, re-checked by PostgreSQL on the latest version once the lock is granted; the lender's total is read by a
    // statement started after the lender's lock, so it sees their committed pledges. The confirmation message is
    // inserted by the same statement, from the pledge row it returns: a crash cannot keep one without the other.
    public override async Task<bool?> TryRecordPledgeAtOnceAsync(Pledge pledge, OutgoingMessage received, LendingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(options);
        if (pledge.Funding != PledgeFunding.Payment) return null;
        var kind = pledge.Kind.ToString();
        var lenderCap = pledge.Kind == PledgeKind.Loan ? options.MaxLoanPerLenderPerProjectCents : long.MaxValue;
        var inserted = await Database.ExecuteSqlAsync($"""
            SELECT pg_advisory_xact_lock(hashtext({"lender:" + pledge.LenderUserId}));
            WITH counted AS (
                UPDATE lending."Campaigns" SET "PledgedCents" = "PledgedCents" + {pledge.AmountCents}
                WHERE "Id" = {pledge.CampaignId} AND "State" = 'Published' AND "ClosesAt" > {pledge.CreatedAt}
                  AND "PledgedCents" + {pledge.AmountCents} <= "GoalCents"
                  AND "PledgedCents" + {pledge.AmountCents} <= {options.MaxPerProjectCents}
                  AND ({pledge.AmountCents} >= "MinimumPledgeCents" OR "PledgedCents" + {pledge.AmountCents} = "GoalCents")
                  AND ({kind} = 'Loan' OR "AcceptsDonations")
                  AND (SELECT COALESCE(SUM(p."AmountCents"), 0) FROM lending."Pledges" p
                       WHERE p."CampaignId" = {pledge.CampaignId} AND p."LenderUserId" = {pledge.LenderUserId} AND p."Kind" = {kind}
                         AND p."Status" IN ('Pending', 'Collected')) + {pledge.AmountCents} <= {lenderCap}
                RETURNING "Id"),
            pledged AS (
                INSERT INTO lending."Pledges" ("Id", "CampaignId", "LenderUserId", "Kind", "Funding", "AmountCents", "Status", "LenderName",
                    "AddressLine", "PostalCode", "City", "Anonymous", "Message", "CreatedAt", "RemindersSent")
                SELECT {pledge.Id}, {pledge.CampaignId}, {pledge.LenderUserId}, {kind}, {pledge.Funding.ToString()}, {pledge.AmountCents},
                    {pledge.Status.ToString()}, {pledge.LenderName}, {pledge.AddressLine}, {pledge.PostalCode}, {pledge.City}, {pledge.Anonymous},
                    {pledge.Message}, {pledge.CreatedAt.ToUniversalTime()}, 0
                FROM counted
                RETURNING "Id")
            INSERT INTO lending."OutgoingMessages" ("Id", "Kind", "Audience", "RecipientUserId", "CampaignId", "PledgeId", "InstalmentNumber",
                "AmountCents", "DeduplicationKey", "CreatedAt")
            SELECT {received.Id}, {received.Kind.ToString()}, {received.Audience.ToString()}, {received.RecipientUserId}, {received.CampaignId},
                pledged."Id", {received.InstalmentNumber}, {received.AmountCents}, {received.DeduplicationKey}, {received.CreatedAt.ToUniversalTime()}
            FROM pledged
            """, cancellationToken);
        return inserted == 1;
    }

    public override bool IsTransient(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };
}
