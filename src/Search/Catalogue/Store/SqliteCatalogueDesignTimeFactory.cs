using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>For dotnet-ef: builds the SQLite context without a host (migrations never connect).</summary>
internal sealed class SqliteCatalogueDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogueDbContext>
{
    public SqliteCatalogueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCatalogueDbContext>().UseCatalogueSqlite("Data Source=design-time.db").Options);
}
