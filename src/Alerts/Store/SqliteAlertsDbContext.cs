using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in the platform's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteAlertsDbContext(DbContextOptions<SqliteAlertsDbContext> options) : AlertsDbContext(options);
