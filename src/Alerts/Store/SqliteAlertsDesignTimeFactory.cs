using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Alerts.Store;

/// <summary>For dotnet-ef: builds the SQLite context without a host (migrations never connect).</summary>
internal sealed class SqliteAlertsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAlertsDbContext>
{
    public SqliteAlertsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAlertsDbContext>();
        options.UseAlertsSqlite("Data Source=design-time.db");
        return new SqliteAlertsDbContext(options.Options);
    }
}
