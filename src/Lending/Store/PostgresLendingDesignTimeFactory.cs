using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Lending.Store;

/// <summary>For dotnet-ef: builds the PostgreSQL context without a host (migrations never connect).</summary>
internal sealed class PostgresLendingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLendingDbContext>
{
    public PostgresLendingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresLendingDbContext>();
        options.UseLendingPostgres("Host=localhost;Database=plateforme_design");
        return new PostgresLendingDbContext(options.Options);
    }
}
