using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Accounts.Store;

/// <summary>For dotnet-ef: builds the context without a host (migrations never connect).</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresAccountsDbContext>();
        options.UseAccountsPostgres("Host=localhost;Database=design_time");
        return new PostgresAccountsDbContext(options.Options);
    }
}
