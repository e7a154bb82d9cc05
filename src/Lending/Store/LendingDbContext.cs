using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Plateforme.Data;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;

namespace Plateforme.Lending.Store;

/// <summary>
/// The lending module's tables. One subclass per provider, each with its own migrations, and each with its own way
/// of serialising the writes that must never race (a pledge against the goal, a balance against its spending).
/// </summary>
public abstract class LendingDbContext : DbContext
{
    protected LendingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignStateChange> CampaignStateChanges => Set<CampaignStateChange>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<Instalment> Instalments => Set<Instalment>();
    public DbSet<Repayment> Repayments => Set<Repayment>();
    public DbSet<WithdrawalRequest> WithdrawalRequests => Set<WithdrawalRequest>();
    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();

    /// <summary>Schema "lending", history table "__LendingMigrationsHistory".</summary>
    public static ModuleStore<LendingDbContext, SqliteLendingDbContext, PostgresLendingDbContext> Store { get; } =
        new("lending", "__LendingMigrationsHistory");

    public DatabaseProvider Provider => Database.ProviderOf();

    /// <summary>Starts the transaction in which the locks below are taken.</summary>
    public abstract Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Loads the campaign (tracked) and holds it until the transaction ends: pledges, closing and repayments of one
    /// campaign queue here. Null when it does not exist.
    /// </summary>
    public abstract Task<Campaign?> FindLockedCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a lender (their balance, their total per campaign) until the transaction ends. Take it before the
    /// campaign's lock, never after, so the hot campaign lock is held as briefly as possible and locks never cross.
    /// </summary>
    public abstract Task LockLenderAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a pledge paid through the provider in one statement that checks the campaign's state, goal, caps and
    /// the lender's total and inserts it with its confirmation message (<paramref name="received"/>, a new
    /// deduplication key), outside any explicit transaction: both rows or neither. True when recorded, false when
    /// refused (the caller then runs the checked path, which says why), null when this provider has no such statement.
    /// </summary>
    public virtual Task<bool?> TryRecordPledgeAtOnceAsync(Pledge pledge, OutgoingMessage received, LendingOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<bool?>(null);

    /// <summary>Whether a failed transaction may succeed when run again (a deadlock, a serialisation failure, a busy file).</summary>
    public abstract bool IsTransient(Exception exception);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        LendingModel.Configure(modelBuilder);
        Accompaniments.AccompanimentModel.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored states.
        configurationBuilder.Properties<CampaignState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<FundingMode>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PledgeKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PledgeStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PledgeFunding>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<WithdrawalStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LedgerCode>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<OutgoingMessageKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MessageAudience>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Payments.Operations.PaymentOperationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<Payments.Operations.PaymentOperationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
