using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Plateforme.Data.Health;

/// <summary>One line per module: its tables' check under "<c>{module}-database</c>", tagged "ready" and the module.</summary>
public static class DatabaseHealthRegistration
{
    public static IHealthChecksBuilder AddDatabaseCheck<TContext>(this IHealthChecksBuilder checks, string module)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.AddCheck<DatabaseHealthCheck<TContext>>($"{module}-database", tags: ["ready", module]);
    }
}
