using Microsoft.EntityFrameworkCore;

namespace Plateforme.Crawler.Store;

/// <summary>Lets services ask for the provider-neutral context while the pool holds the provider's own type.</summary>
internal sealed class CrawlerDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<CrawlerDbContext>
    where TContext : CrawlerDbContext
{
    public CrawlerDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<CrawlerDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
