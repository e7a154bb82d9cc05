using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Plateforme.Data;

namespace Plateforme.Crawler.Store;

/// <summary>
/// The crawler's own tables, in the same database as the catalogue: source definitions, runs, HTTP validators
/// and item presence. One subclass per provider, each with its own migrations and history table.
/// </summary>
public abstract class CrawlerDbContext : DbContext
{
    protected CrawlerDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Schema "crawler", history table "__CrawlerMigrationsHistory".</summary>
    public static ModuleStore<CrawlerDbContext, SqliteCrawlerDbContext, PostgresCrawlerDbContext> Store { get; } =
        new("crawler", "__CrawlerMigrationsHistory");

    public DbSet<StoredSourceDefinition> SourceDefinitions => Set<StoredSourceDefinition>();
    public DbSet<CrawlRun> CrawlRuns => Set<CrawlRun>();
    public DbSet<UrlValidator> UrlValidators => Set<UrlValidator>();
    public DbSet<SourceItemPresence> ItemPresence => Set<SourceItemPresence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        modelBuilder.Entity<StoredSourceDefinition>(source =>
        {
            source.ToTable("CrawlerSources");
            source.HasKey(s => s.SourceId);
            source.Property(s => s.SourceId).HasMaxLength(100);
            source.Property(s => s.Schedule).HasMaxLength(120);
            source.Property(s => s.UpdatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<CrawlRun>(run =>
        {
            run.ToTable("CrawlRuns");
            run.Property(r => r.SourceId).HasMaxLength(100);
            run.Property(r => r.Outcome).HasMaxLength(24);
            run.HasIndex(r => new { r.SourceId, r.StartedAt });
        });
        modelBuilder.Entity<UrlValidator>(validator =>
        {
            validator.ToTable("CrawlerUrlValidators");
            validator.HasKey(v => v.Url);
            validator.Property(v => v.Url).HasMaxLength(2048);
            validator.Property(v => v.ETag).HasMaxLength(400);
        });
        modelBuilder.Entity<SourceItemPresence>(presence =>
        {
            presence.ToTable("CrawlerItemPresence");
            presence.HasKey(p => new { p.SourceId, p.ExternalId });
            presence.Property(p => p.SourceId).HasMaxLength(100);
            presence.Property(p => p.ExternalId).HasMaxLength(400);
            presence.Property(p => p.Url).HasMaxLength(2048);
            presence.HasIndex(p => p.CallId);
            presence.HasIndex(p => new { p.SourceId, p.Url });
        });
        modelBuilder.Entity<Health.Alarms.SourceOwner>(owner =>
        {
            owner.ToTable("CrawlerSourceOwners");
            owner.HasKey(o => o.SourceId);
            owner.Property(o => o.SourceId).HasMaxLength(100);
            owner.HasIndex(o => o.StructureId);
        });
        modelBuilder.Entity<Health.Alarms.SourceAlarm>(alarm =>
        {
            alarm.ToTable("CrawlerSourceAlarms");
            alarm.HasKey(a => a.SourceId);
            alarm.Property(a => a.SourceId).HasMaxLength(100);
            alarm.Property(a => a.State).HasConversion<string>().HasMaxLength(24);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored outcomes.
        configurationBuilder.Properties<CrawlRunOutcome>().HaveConversion<string>();
        if (Database.ProviderOf() == DatabaseProvider.PostgreSql)
        {
            configurationBuilder.StoreInstantsAsUtc(DatabaseProvider.PostgreSql);
        }
        else
        {
            // SQLite has no date-time type; a long keeps the instants comparable and ordered. Not the kit's UTC ticks:
            // existing files hold this encoding (ticks and offset packed together), which UTC ticks would misread.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
