using Microsoft.EntityFrameworkCore;
using Plateforme.Data;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Store;

/// <summary>
/// The experiences' own tables in the platform's database: the sheets and their history.
/// One subclass per provider, each with its own migrations and history table.
/// </summary>
public abstract class ExperiencesDbContext : DbContext
{
    protected ExperiencesDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Schema "experiences", history table "__ExperiencesMigrationsHistory".</summary>
    public static ModuleStore<ExperiencesDbContext, SqliteExperiencesDbContext, PostgresExperiencesDbContext> Store { get; } =
        new("experiences", "__ExperiencesMigrationsHistory");

    public DbSet<Experience> Experiences => Set<Experience>();
    public DbSet<ExperienceRevision> Revisions => Set<ExperienceRevision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        modelBuilder.Entity<Experience>(sheet =>
        {
            sheet.ToTable("Experiences");
            sheet.Property(e => e.Slug).HasMaxLength(200);
            sheet.Property(e => e.Title).HasMaxLength(300);
            sheet.Property(e => e.Summary).HasMaxLength(2000);
            sheet.Property(e => e.TerritoryCode).HasMaxLength(20);
            sheet.Property(e => e.Neighbourhood).HasMaxLength(200);
            sheet.Property(e => e.Themes).HasMaxLength(400);
            sheet.Property(e => e.CarrierName).HasMaxLength(300);
            sheet.Property(e => e.LegalForm).HasMaxLength(200);
            sheet.Property(e => e.Period).HasMaxLength(100);
            sheet.Property(e => e.ContributorStructure).HasMaxLength(300);
            sheet.Property(e => e.Source).HasMaxLength(1000);
            sheet.Property(e => e.SeedKey).HasMaxLength(100);
            sheet.Property(e => e.ModerationNote).HasMaxLength(2000);
            sheet.Property(e => e.Innovation).HasMaxLength(40);
            sheet.Property(e => e.Carrier).HasMaxLength(40);
            sheet.Property(e => e.State).HasMaxLength(16);
            sheet.Property(e => e.Version).IsConcurrencyToken();
            sheet.Ignore(e => e.ThemeSlugs);
            sheet.HasIndex(e => e.Slug).IsUnique();
            sheet.HasIndex(e => e.SeedKey).IsUnique();
            sheet.HasIndex(e => e.State);
            sheet.HasIndex(e => e.OrganisationId);
            sheet.HasMany<ExperienceRevision>().WithOne().HasForeignKey(r => r.ExperienceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ExperienceRevision>(revision =>
        {
            revision.ToTable("ExperienceRevisions");
            revision.Property(r => r.Kind).HasMaxLength(16);
            revision.HasIndex(r => new { r.ExperienceId, r.At });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored sheets.
        configurationBuilder.Properties<ExperienceState>().HaveConversion<string>();
        configurationBuilder.Properties<InnovationCategory>().HaveConversion<string>();
        configurationBuilder.Properties<CarrierType>().HaveConversion<string>();
        configurationBuilder.Properties<RevisionKind>().HaveConversion<string>();
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
