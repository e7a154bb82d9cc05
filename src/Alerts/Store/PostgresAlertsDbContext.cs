using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in PostgreSQL (schema "alerts"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresAlertsDbContext(DbContextOptions<PostgresAlertsDbContext> options) : AlertsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Store.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(DatabaseProvider.PostgreSql);
    }
}
