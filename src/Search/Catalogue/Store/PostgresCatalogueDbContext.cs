using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in PostgreSQL (schema "search"), with its own migrations under Migrations/Postgres.</summary>
public sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.PostgreSql;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Each module owns its tables in the one database: a schema keeps them apart.
        modelBuilder.HasDefaultSchema(CatalogueDatabase.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes timestamptz only from UTC values; callers may hand us Paris times.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
    }
}
