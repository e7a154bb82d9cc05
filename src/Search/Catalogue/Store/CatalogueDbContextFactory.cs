using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>Lets services ask for the provider-neutral context while the pool holds the provider's own type.</summary>
internal sealed class CatalogueDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<CatalogueDbContext>
    where TContext : CatalogueDbContext
{
    public CatalogueDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<CatalogueDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
