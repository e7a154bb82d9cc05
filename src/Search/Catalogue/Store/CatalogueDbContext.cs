using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Data;
using Plateforme.Search.Moderation;
using Plateforme.Search.Outbox;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>
/// The catalogue: funding calls, their sources and history, funders, and the outbox feeding the index.
/// Every save that touches a call (or a funder, for the calls naming it) writes outbox rows in the same
/// transaction, so the index can never silently miss a committed change.
/// One subclass per database provider, each with its own migrations.
/// </summary>
public abstract class CatalogueDbContext : DbContext
{
    private bool _notifyOnCommit;

    protected CatalogueDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<FundingCall> FundingCalls => Set<FundingCall>();
    public DbSet<Funder> Funders => Set<Funder>();
    public DbSet<SourceRecord> SourceRecords => Set<SourceRecord>();
    public DbSet<CallChange> CallChanges => Set<CallChange>();
    public DbSet<IndexOutboxEntry> IndexOutbox => Set<IndexOutboxEntry>();
    public DbSet<ModerationRecord> ModerationRecords => Set<ModerationRecord>();
    public DbSet<VocabularyOverride> VocabularyOverrides => Set<VocabularyOverride>();

    /// <summary>Schema "search", history table "__SearchMigrationsHistory"; saves inside a transaction wake the indexer at commit.</summary>
    public static ModuleStore<CatalogueDbContext, SqliteCatalogueDbContext, PostgresCatalogueDbContext> Store { get; } =
        new("search", "__SearchMigrationsHistory", OutboxCommitInterceptor.Instance);

    public DatabaseProvider Provider => Database.ProviderOf();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var callIds = ChangedCallIds();
        var funderSlugs = ChangedFunderSlugs();
        if (funderSlugs.Count > 0) callIds.UnionWith(CallsNaming(funderSlugs).ToList());
        var rows = Enqueue(callIds);
        try
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            AfterSaved(rows);
            return written;
        }
        catch
        {
            Forget(rows);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var callIds = ChangedCallIds();
        var funderSlugs = ChangedFunderSlugs();
        if (funderSlugs.Count > 0) callIds.UnionWith(await CallsNaming(funderSlugs).ToListAsync(cancellationToken).ConfigureAwait(false));
        var rows = Enqueue(callIds);
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            AfterSaved(rows);
            return written;
        }
        catch
        {
            Forget(rows);
            throw;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        modelBuilder.ApplyConfiguration(new FundingCallConfiguration());
        modelBuilder.ApplyConfiguration(new SourceRecordConfiguration());
        modelBuilder.ApplyConfiguration(new CallChangeConfiguration());
        modelBuilder.ApplyConfiguration(new FunderConfiguration());
        modelBuilder.ApplyConfiguration(new IndexOutboxEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ModerationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new VocabularyOverrideConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored states.
        configurationBuilder.Properties<ModerationState>().HaveConversion<string>();
        configurationBuilder.Properties<Recurrence>().HaveConversion<string>();
        configurationBuilder.Properties<CallChangeKind>().HaveConversion<string>();
        configurationBuilder.Properties<ModerationAction>().HaveConversion<string>();
        configurationBuilder.StoreInstantsAsUtc(Database);
    }

    /// <summary>Called by <see cref="OutboxCommitInterceptor"/> when an explicit transaction commits.</summary>
    internal void OnTransactionEnded(bool committed)
    {
        if (_notifyOnCommit && committed) NotifyIndexer();
        _notifyOnCommit = false;
    }

    private HashSet<Guid> ChangedCallIds() =>
        ChangeTracker.Entries<FundingCall>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToHashSet();

    private List<string> ChangedFunderSlugs() =>
        ChangeTracker.Entries<Funder>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Slug)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Stored calls naming one of these funders: their documents show the funder's name.</summary>
    private IQueryable<Guid> CallsNaming(List<string> funderSlugs) =>
        FundingCalls.AsNoTracking().Where(c => c.Funders.Any(f => funderSlugs.Contains(f))).Select(c => c.Id);

    private List<IndexOutboxEntry> Enqueue(HashSet<Guid> callIds)
    {
        if (callIds.Count == 0) return [];
        var now = ApplicationService<TimeProvider>()?.GetUtcNow() ?? TimeProvider.System.GetUtcNow();
        var rows = callIds.Select(id => new IndexOutboxEntry { CallId = id, EnqueuedAt = now }).ToList();
        IndexOutbox.AddRange(rows);
        return rows;
    }

    private void AfterSaved(List<IndexOutboxEntry> rows)
    {
        if (rows.Count == 0) return;
        if (Database.CurrentTransaction is null) NotifyIndexer();
        else _notifyOnCommit = true;
    }

    // A failed save rolled back its transaction: rows left tracked as Added would be written by the next save.
    private void Forget(List<IndexOutboxEntry> rows)
    {
        foreach (var row in rows) Entry(row).State = EntityState.Detached;
    }

    private void NotifyIndexer() => ApplicationService<IndexOutboxSignal>()?.Notify();

    // The context is pooled, so it cannot take services in its constructor; EF keeps the application's
    // provider in its options when the context comes from AddPooledDbContextFactory (absent in tools and some tests).
    private T? ApplicationService<T>()
        where T : class =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<T>();
}
