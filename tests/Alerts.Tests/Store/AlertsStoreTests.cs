using Microsoft.EntityFrameworkCore;
using Plateforme.Alerts.Store;
using Plateforme.Data;

namespace Plateforme.Alerts.Tests.Store;

/// <summary>The migrations of both providers cover the alerts' model: a changed entity without a migration fails here.</summary>
public sealed class AlertsStoreTests
{
    [Fact]
    public void The_SQLite_migrations_cover_the_model()
    {
        using var db = AlertsDbContext.Store.CreateContext(DatabaseProvider.Sqlite, "Data Source=:memory:");

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_PostgreSQL_migrations_cover_the_model()
    {
        using var db = AlertsDbContext.Store.CreateContext(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=never_connected");

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
