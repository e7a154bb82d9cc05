using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in the platform's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteAlertsDbContext(DbContextOptions<SqliteAlertsDbContext> options) : AlertsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: UTC ticks keep the instants comparable and ordered in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
