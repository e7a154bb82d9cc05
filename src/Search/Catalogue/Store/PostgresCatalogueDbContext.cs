using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in PostgreSQL (schema "search"), with its own migrations under Migrations/Postgres.</summary>
public sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Each module owns its tables in the one database: a schema keeps them apart.
        modelBuilder.HasDefaultSchema(Store.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Provider);
    }
}
