using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Store;

/// <summary>Lets services ask for the provider-neutral context while the pool holds the provider's own type.</summary>
internal sealed class AlertsDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<AlertsDbContext>
    where TContext : AlertsDbContext
{
    public AlertsDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<AlertsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
