using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Accounts.Store;

namespace Plateforme.Accounts.Health;

/// <summary>
/// "accounts-database": the accounts database answers and its migrations are all applied (pending ones: degraded).
/// The description names the provider only, never the connection string. Made per health run, with its own context.
/// </summary>
public sealed class AccountsDatabaseHealthCheck(AccountsDbContext db) : IHealthCheck
{
    public const string Name = "accounts-database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var provider = db.Provider.ToString();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            var data = new Dictionary<string, object> { ["provider"] = provider, ["pendingMigrations"] = pending };
            return pending == 0
                ? HealthCheckResult.Healthy($"{provider}: reachable, schema up to date", data)
                : HealthCheckResult.Degraded($"{provider}: {pending} migrations not applied yet", data: data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The accounts database does not answer.", exception);
        }
    }
}
