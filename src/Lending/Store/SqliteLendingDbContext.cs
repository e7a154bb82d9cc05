using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Plateforme.Lending.Campaigns;

namespace Plateforme.Lending.Store;

/// <summary>
/// The lending tables in a SQLite file (WAL), with their own migrations under Migrations/Sqlite. SQLite has one
/// writer at a time: a write transaction starts with BEGIN IMMEDIATE, which takes the write lock at once, so
/// every check-then-insert runs alone and the row locks below are not needed.
/// </summary>
public sealed class SqliteLendingDbContext(DbContextOptions<SqliteLendingDbContext> options)
    : LendingDbContext(options)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    // Microsoft.Data.Sqlite begins a Serializable, non-deferred transaction with BEGIN IMMEDIATE.
    public override Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

    public override Task<Campaign?> FindLockedCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);

    public override Task LockLenderAsync(string userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public override bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || exception.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };
}
