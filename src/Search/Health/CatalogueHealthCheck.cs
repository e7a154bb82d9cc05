using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Health;

/// <summary>
/// "database": the catalogue answers, with its counts and the outbox backlog. A backlog whose oldest row
/// waits for more than a minute means the indexer is stuck: degraded.
/// </summary>
public sealed class CatalogueHealthCheck(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var calls = await db.FundingCalls.CountAsync(cancellationToken).ConfigureAwait(false);
                var published = await db.FundingCalls.CountAsync(c => c.State == ModerationState.Published, cancellationToken).ConfigureAwait(false);
                var backlog = await db.IndexOutbox.CountAsync(cancellationToken).ConfigureAwait(false);
                // The indexer may empty the outbox between the count and this read: none left is no stuck row.
                var oldest = backlog == 0
                    ? null
                    : await db.IndexOutbox.OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.EnqueuedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                var data = new Dictionary<string, object>
                {
                    ["provider"] = db.Provider.ToString(),
                    ["calls"] = calls,
                    ["publishedCalls"] = published,
                    ["outboxBacklog"] = backlog,
                };
                if (oldest is { } enqueued && clock.GetUtcNow() - enqueued > StuckAfter)
                {
                    return HealthCheckResult.Degraded($"Outbox rows wait since {enqueued:O}: is the indexer running?", data: data);
                }

                return HealthCheckResult.Healthy($"{db.Provider}: {published}/{calls} calls published, {backlog} to index", data);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The catalogue database does not answer.", exception);
        }
    }
}
