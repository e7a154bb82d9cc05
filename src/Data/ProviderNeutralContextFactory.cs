using Microsoft.EntityFrameworkCore;

namespace Plateforme.Data;

/// <summary>Lets services ask for the provider-neutral context while the pool holds the provider's own type.</summary>
internal sealed class ProviderNeutralContextFactory<TBase, TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<TBase>
    where TBase : DbContext
    where TContext : TBase
{
    public TBase CreateDbContext() => pool.CreateDbContext();

    public async Task<TBase> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
