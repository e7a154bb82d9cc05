using Microsoft.EntityFrameworkCore;

namespace Plateforme.Lending.Store;

/// <summary>Lets services ask for the provider-neutral context while the pool holds the provider's own type.</summary>
internal sealed class LendingDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<LendingDbContext>
    where TContext : LendingDbContext
{
    public LendingDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<LendingDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken);
}
