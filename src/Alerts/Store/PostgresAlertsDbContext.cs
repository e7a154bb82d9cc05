using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Store;

/// <summary>The alerts' tables in PostgreSQL (schema "alerts"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresAlertsDbContext(DbContextOptions<PostgresAlertsDbContext> options) : AlertsDbContext(options);
