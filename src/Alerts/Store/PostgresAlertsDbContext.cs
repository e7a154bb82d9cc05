using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in PostgreSQL (schema "alerts"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresAlertsDbContext(DbContextOptions<PostgresAlertsDbContext> options) : AlertsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(AlertsDatabase.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes timestamptz only from UTC values.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
