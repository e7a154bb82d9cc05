using Plateforme.Data;

namespace Plateforme.Alerts.Store;

internal sealed class PostgresAlertsDesignTimeFactory()
    : DesignTimeContextFactory<PostgresAlertsDbContext>(AlertsDbContext.Store.Configure, DatabaseProvider.PostgreSql);
