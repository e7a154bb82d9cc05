using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in the platform's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteAlertsDbContext(DbContextOptions<SqliteAlertsDbContext> options) : AlertsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(DatabaseProvider.Sqlite);
    }
}
