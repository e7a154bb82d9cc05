using Microsoft.EntityFrameworkCore;
using Plateforme.Alerts.Store;

namespace Plateforme.Alerts.Tests.Store;

/// <summary>The migrations of both providers cover the alerts' model: a changed entity without a migration fails here.</summary>
public sealed class AlertsStoreTests
{
    [Fact]
    public void The_SQLite_migrations_cover_the_model()
    {
        var options = new DbContextOptionsBuilder<SqliteAlertsDbContext>();
        options.UseAlertsSqlite("Data Source=:memory:");
        using var db = new SqliteAlertsDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_PostgreSQL_migrations_cover_the_model()
    {
        var options = new DbContextOptionsBuilder<PostgresAlertsDbContext>();
        options.UseAlertsPostgres("Host=127.0.0.1;Database=never_connected");
        using var db = new PostgresAlertsDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
