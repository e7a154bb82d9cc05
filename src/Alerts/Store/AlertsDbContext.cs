using Microsoft.EntityFrameworkCore;
using Plateforme.Alerts.Applications;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Data;

namespace Plateforme.Alerts.Store;

/// <summary>
/// The alerts' own tables, in the platform's database beside the catalogue: alerts, composed digests and the calls
/// each alert was given. One subclass per provider, each with its own migrations and history table.
/// </summary>
public abstract class AlertsDbContext : DbContext
{
    protected AlertsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Schema "alerts", history table "__AlertsMigrationsHistory".</summary>
    public static ModuleStore<AlertsDbContext, SqliteAlertsDbContext, PostgresAlertsDbContext> Store { get; } =
        new("alerts", "__AlertsMigrationsHistory");

    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertDigest> Digests => Set<AlertDigest>();
    public DbSet<DigestCall> DigestCalls => Set<DigestCall>();
    public DbSet<CallApplication> Applications => Set<CallApplication>();
    public DbSet<ApplicationReminder> Reminders => Set<ApplicationReminder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Store.ConfigureModel(modelBuilder, Database);
        modelBuilder.Entity<Alert>(alert =>
        {
            alert.ToTable("Alerts");
            alert.Property(a => a.Email).HasMaxLength(320);
            alert.Property(a => a.Query).HasMaxLength(4000);
            alert.Property(a => a.Description).HasMaxLength(1000);
            alert.Property(a => a.SiteUrl).HasMaxLength(300);
            alert.Property(a => a.ConfirmationTokenHash).HasMaxLength(64);
            alert.Property(a => a.UnsubscribeToken).HasMaxLength(64);
            alert.Property(a => a.Frequency).HasMaxLength(16);
            alert.Property(a => a.State).HasMaxLength(16);
            alert.Property(a => a.Version).IsConcurrencyToken();
            alert.HasIndex(a => a.Email);
            alert.HasIndex(a => a.UserId);
            alert.HasIndex(a => a.ConfirmationTokenHash).IsUnique();
            alert.HasIndex(a => a.UnsubscribeToken).IsUnique();
            alert.HasMany<AlertDigest>().WithOne().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AlertDigest>(digest =>
        {
            digest.ToTable("AlertDigests");
            digest.HasIndex(d => d.SentAt);
            digest.HasMany(d => d.Calls).WithOne().HasForeignKey(c => c.DigestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DigestCall>(call =>
        {
            call.ToTable("AlertDigestCalls");
            call.HasKey(c => new { c.AlertId, c.CallId, c.WindowKey });
            call.Property(c => c.Slug).HasMaxLength(300);
            call.Property(c => c.Title).HasMaxLength(1000);
            call.Property(c => c.Funders).HasMaxLength(1000);
            call.HasIndex(c => c.DigestId);
        });
        ApplicationModel.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Strings, not numbers: a reordered enum must not silently change stored alerts.
        configurationBuilder.Properties<AlertFrequency>().HaveConversion<string>();
        configurationBuilder.Properties<AlertState>().HaveConversion<string>();
        configurationBuilder.Properties<ApplicationStatus>().HaveConversion<string>();
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
