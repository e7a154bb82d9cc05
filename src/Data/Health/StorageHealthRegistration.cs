using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Plateforme.Data.Health;

public static class StorageHealthRegistration
{
    /// <summary>Adds <see cref="StorageHealthCheck"/> ("storage", tag ready) for the configured database.</summary>
    public static IHealthChecksBuilder AddStorageCheck(this IHealthChecksBuilder checks, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var database = DatabaseOptions.Read(configuration);
        return checks.AddCheck(StorageHealthCheck.Name, new StorageHealthCheck(database, contentRoot), tags: ["ready"]);
    }
}
