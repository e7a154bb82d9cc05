using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Lending.Store;

/// <summary>For dotnet-ef: builds the SQLite context without a host (migrations never connect).</summary>
internal sealed class SqliteLendingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLendingDbContext>
{
    public SqliteLendingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteLendingDbContext>();
        options.UseLendingSqlite("Data Source=design-time.db");
        return new SqliteLendingDbContext(options.Options);
    }
}
