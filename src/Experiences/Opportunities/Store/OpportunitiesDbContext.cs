using Microsoft.EntityFrameworkCore;
using Plateforme.Data;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Opportunities.Store;

/// <summary>
/// The opportunity files' own tables (schema "opportunities"): teams' working files are private and live apart from
/// the published base of experiences, with their own migrations and history table.
/// </summary>
public abstract class OpportunitiesDbContext : DbContext
{
    protected OpportunitiesDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Schema "opportunities", history table "__OpportunitiesMigrationsHistory".</summary>
    public static ModuleStore<OpportunitiesDbContext, SqliteOpportunitiesDbContext, PostgresOpportunitiesDbContext> Store { get; } =
        new("opportunities", "__OpportunitiesMigrationsHistory");

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityChange> Changes => Set<OpportunityChange>();
    public DbSet<OpportunityPin> Pins => Set<OpportunityPin>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        modelBuilder.Entity<Opportunity>(file =>
        {
            file.ToTable("Opportunities");
            file.Property(o => o.TeamKind).HasMaxLength(16);
            file.Property(o => o.TeamName).HasMaxLength(300);
            file.Property(o => o.Title).HasMaxLength(200);
            file.Property(o => o.Status).HasMaxLength(16);
            file.Property(o => o.Kind).HasMaxLength(32);
            file.Property(o => o.SpottedBy).HasMaxLength(200);
            file.Property(o => o.CollectivityRoles).HasMaxLength(200);
            file.Property(o => o.CarryingMode).HasMaxLength(16);
            file.Property(o => o.Themes).HasMaxLength(600);
            file.Property(o => o.TerritoryCode).HasMaxLength(20);
            file.Property(o => o.Carrier).HasMaxLength(40);
            file.Property(o => o.Version).IsConcurrencyToken();
            file.Ignore(o => o.ThemeSlugs);
            file.Ignore(o => o.SpottingMethods);
            file.Ignore(o => o.Roles);
            file.HasIndex(o => new { o.TeamKind, o.TeamId });
            file.HasMany<OpportunityChange>().WithOne().HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.Cascade);
            file.HasMany<OpportunityPin>().WithOne().HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OpportunityChange>(change =>
        {
            change.ToTable("OpportunityChanges");
            change.Property(c => c.Kind).HasMaxLength(32);
            change.Property(c => c.UserName).HasMaxLength(300);
            change.Property(c => c.Detail).HasMaxLength(1000);
            change.Property(c => c.Target).HasMaxLength(400);
            change.Ignore(c => c.Fields);
            change.HasIndex(c => new { c.OpportunityId, c.At });
        });
        modelBuilder.Entity<OpportunityPin>(pin =>
        {
            pin.ToTable("OpportunityPins");
            pin.Property(p => p.Kind).HasMaxLength(16);
            pin.Property(p => p.Slug).HasMaxLength(300);
            pin.Property(p => p.Title).HasMaxLength(400);
            pin.Property(p => p.Reasons).HasMaxLength(2000);
            // A call or a sheet is kept once per file: pinning twice is a no-op.
            pin.HasIndex(p => new { p.OpportunityId, p.Kind, p.TargetId }).IsUnique();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored files.
        configurationBuilder.Properties<TeamKind>().HaveConversion<string>();
        configurationBuilder.Properties<OpportunityStatus>().HaveConversion<string>();
        configurationBuilder.Properties<OpportunityKind>().HaveConversion<string>();
        configurationBuilder.Properties<CarryingMode>().HaveConversion<string>();
        configurationBuilder.Properties<CarrierType>().HaveConversion<string>();
        configurationBuilder.Properties<ChangeKind>().HaveConversion<string>();
        configurationBuilder.Properties<PinKind>().HaveConversion<string>();
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
