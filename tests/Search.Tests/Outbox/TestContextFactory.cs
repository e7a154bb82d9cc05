using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>What dependency injection gives the background services, without a host.</summary>
internal sealed class TestContextFactory(CatalogueDatabaseProvider provider, string connectionString) : IDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext() => CatalogueDatabase.CreateContext(provider, connectionString);
}
