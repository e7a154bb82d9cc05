using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>For dotnet-ef: builds the SQLite context without a host (migrations never connect).</summary>
internal sealed class SqliteCatalogueDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogueDbContext>
{
    public SqliteCatalogueDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCatalogueDbContext>();
        options.UseCatalogueSqlite("Data Source=design-time.db");
        return new SqliteCatalogueDbContext(options.Options);
    }
}
