using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Accounts.Store;

/// <summary>For dotnet-ef: builds the context without a host (migrations never connect).</summary>
internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAccountsDbContext>();
        options.UseAccountsSqlite("Data Source=design-time.db");
        return new SqliteAccountsDbContext(options.Options);
    }
}
