using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Store;

/// <summary>ETag and Last-Modified per URL in the crawler store, so conditional GETs survive restarts.</summary>
public sealed class EfValidatorStore(IDbContextFactory<CrawlerDbContext> contexts, TimeProvider clock) : IValidatorStore
{
    public async ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var key = url.AbsoluteUri;
            var row = await db.UrlValidators.AsNoTracking().SingleOrDefaultAsync(v => v.Url == key, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new CacheValidators(row.ETag, row.LastModified);
        }
    }

    public async ValueTask SaveAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        var key = url.AbsoluteUri;
        if (key.Length > 2048) return;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.UrlValidators.SingleOrDefaultAsync(v => v.Url == key, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new UrlValidator { Url = key };
                db.UrlValidators.Add(row);
            }

            row.ETag = validators.ETag is { Length: <= 400 } etag ? etag : null;
            row.LastModified = validators.LastModified;
            row.SavedAt = clock.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Two runs saved the same URL at once: either value is as good, the next crawl refreshes it.
            }
        }
    }
}
