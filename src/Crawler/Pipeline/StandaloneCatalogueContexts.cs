using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Catalogue contexts for a crawler host without the search module (the standalone worker): same database,
/// no index in this process; the web process's indexer finds the outbox rows on its next poll.
/// </summary>
internal sealed class StandaloneCatalogueContexts(CatalogueDatabaseProvider provider, string connectionString, IServiceProvider services)
    : IDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext() => CatalogueDatabase.CreateContext(provider, connectionString, services);
}
