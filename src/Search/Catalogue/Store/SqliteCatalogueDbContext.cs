using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in a SQLite file (WAL), with its own migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Provider);
    }
}
