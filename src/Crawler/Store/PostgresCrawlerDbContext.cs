using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Crawler.Store;

/// <summary>The crawler's tables in PostgreSQL (schema "crawler"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresCrawlerDbContext(DbContextOptions<PostgresCrawlerDbContext> options) : CrawlerDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Store.PostgresSchema);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(DatabaseProvider.PostgreSql);
    }
}
