using Microsoft.EntityFrameworkCore;

namespace Plateforme.Data;

internal sealed class ContextsOutsideDi<TContext>(Func<TContext> create) : IDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext() => create();
}
