using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>
/// "crawler-database": the crawler database answers and its migrations are all applied (pending ones: degraded). The
/// description names the provider only, never the connection string.
/// </summary>
public sealed class CrawlerDatabaseHealthCheck(IDbContextFactory<CrawlerDbContext> contexts) : IHealthCheck
{
    public const string Name = "crawler-database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var provider = db.Database.ProviderName?.Split('.')[^1] ?? "unknown";
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
                var data = new Dictionary<string, object> { ["provider"] = provider, ["pendingMigrations"] = pending };
                return pending == 0
                    ? HealthCheckResult.Healthy($"{provider}: reachable, schema up to date", data)
                    : HealthCheckResult.Degraded($"{provider}: {pending} migrations not applied yet", data: data);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The crawler database does not answer.", exception);
        }
    }
}
