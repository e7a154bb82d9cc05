using Microsoft.EntityFrameworkCore;

namespace Plateforme.Data;

internal static class ContextActivator
{
    // Every module context has one constructor taking its typed options, as pooling requires.
    public static TContext Create<TContext>(DbContextOptions<TContext> options)
        where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options)!;
}
