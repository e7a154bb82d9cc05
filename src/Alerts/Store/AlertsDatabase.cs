using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Alerts.Store;

/// <summary>How the alerts store connects to each provider: shared by AddAlerts, the design-time factories and tests.</summary>
public static class AlertsDatabase
{
    /// <summary>PostgreSQL schema holding the alerts' tables.</summary>
    public const string PostgresSchema = "alerts";

    /// <summary>Our own history table, apart from the other modules' in the same database.</summary>
    public const string MigrationsHistoryTable = "__AlertsMigrationsHistory";

    public static DbContextOptionsBuilder UseAlertsSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(SqliteConnectionSetup.Instance);
        return options;
    }

    public static DbContextOptionsBuilder UseAlertsPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema));
        return options;
    }
}
