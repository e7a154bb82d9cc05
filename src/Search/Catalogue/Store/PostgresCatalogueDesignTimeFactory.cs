using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>For dotnet-ef: builds the PostgreSQL context without a host (migrations never connect).</summary>
internal sealed class PostgresCatalogueDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogueDbContext>
{
    public PostgresCatalogueDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCatalogueDbContext>();
        options.UseCataloguePostgres("Host=localhost;Database=plateforme_design");
        return new PostgresCatalogueDbContext(options.Options);
    }
}
