using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plateforme.Data.Health;

/// <summary>
/// A module's tables answer and all their migrations are applied (pending ones: degraded, the node still serves).
/// The description names the provider only, never the connection string.
/// </summary>
public sealed class DatabaseHealthCheck<TContext>(IDbContextFactory<TContext> contexts) : IHealthCheck
    where TContext : DbContext
{
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
            return HealthCheckResult.Unhealthy($"The {typeof(TContext).Name} tables do not answer.", exception);
        }
    }
}
