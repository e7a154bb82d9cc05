using Plateforme.Data;

namespace Plateforme.Alerts.Store;

internal sealed class SqliteAlertsDesignTimeFactory()
    : DesignTimeContextFactory<SqliteAlertsDbContext>(AlertsDbContext.Store.Configure, DatabaseProvider.Sqlite);
