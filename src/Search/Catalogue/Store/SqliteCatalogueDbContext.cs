using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in a SQLite file (WAL), with its own migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: EF would store text it cannot order or compare. UTC ticks can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
