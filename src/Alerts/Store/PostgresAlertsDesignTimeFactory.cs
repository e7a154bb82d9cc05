using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Alerts.Store;

/// <summary>For dotnet-ef: builds the PostgreSQL context without a host (migrations never connect).</summary>
internal sealed class PostgresAlertsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAlertsDbContext>
{
    public PostgresAlertsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresAlertsDbContext>();
        options.UseAlertsPostgres("Host=localhost;Database=design_time");
        return new PostgresAlertsDbContext(options.Options);
    }
}
