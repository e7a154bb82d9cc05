using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Plateforme.Lending.Campaigns;

namespace Plateforme.Lending.Store;

/// <summary>
/// The lending tables in PostgreSQL (schema "lending"), with their own migrations under Migrations/Postgres.
/// Writers run at READ COMMITTED and serialise on what they change: SELECT … FOR UPDATE on the campaign row,
/// a transaction-scoped advisory lock on a lender's balance.
/// </summary>
public sealed class PostgresLendingDbContext(DbContextOptions<PostgresLendingDbContext> options)
    : LendingDbContext(options)
{
    public override LendingDatabaseProvider Provider => LendingDatabaseProvider.PostgreSql;

    public override Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    // Lock and load in one round trip; not composed further, so EF sends the statement as written.
    public override async Task<Campaign?> FindLockedCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await Campaigns.FromSql($"""SELECT * FROM lending."Campaigns" WHERE "Id" = {campaignId} FOR UPDATE""").ToListAsync(cancellationToken))
            .SingleOrDefault();

    public override Task LockLenderAsync(string userId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"lender:" + userId}))", cancellationToken);

    public override bool IsTransient(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Each module owns its tables in the one database: a schema keeps them apart.
        modelBuilder.HasDefaultSchema(LendingDatabase.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes timestamptz only from UTC values.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
    }
}
