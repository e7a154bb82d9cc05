using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Data;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue's tables without the rest of the search module: AddSearch and the crawler both call it.</summary>
public static class CatalogueStoreRegistration
{
    /// <summary>
    /// <c>IDbContextFactory&lt;CatalogueDbContext&gt;</c>, a scoped <see cref="CatalogueDbContext"/> and
    /// <c>DatabaseMigrator&lt;CatalogueDbContext&gt;</c> in the "Database" of <paramref name="configuration"/>.
    /// Idempotent. Without AddSearch there is no index in the process: the indexer of the process that has one
    /// finds the outbox rows on its next poll.
    /// </summary>
    public static IServiceCollection AddCatalogueStore(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services.AddModuleStore(CatalogueDbContext.Store, configuration, contentRoot);
}
